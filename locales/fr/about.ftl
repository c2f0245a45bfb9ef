# À propos de l'organisme et comment le joindre. Flux : flows/about.yaml
# Le téléphone, le courriel et le site web de l'organisme viennent de flows/settings.yaml.

about-menu =
    À propos de { $org } et comment le joindre.
    Choisissez un sujet :
about-org-btn = Qu'est-ce que { $org }?
# Aussi utilisé sur les écrans de crise (après une arrestation, une détention, une agression).
about-contact-btn = 📞 Contacter { $org }
about-groups-btn = Autres groupes d'aide

about-org =
    { $org } : Asian and Migrant Sex Workers Support Network (réseau de soutien aux travailleuses du sexe asiatiques et migrantes).
    • Créé en 2014 par des travailleuses du sexe, des travailleurs sociaux, et des professionnels du droit et de la santé.
    • Dirigé par des travailleuses du sexe migrantes et basé sur le soutien entre pairs. La moitié de son comité est formée de travailleuses du sexe actuelles ou anciennes.
    • Soutient plus de 5 000 travailleuses du sexe asiatiques et migrantes.
    • Croit que le travail du sexe est un travail. Les travailleuses du sexe ont droit à la sécurité, à la dignité, à l'égalité et à la justice. Les travailleuses et travailleurs migrants doivent être traités comme tous les autres, quel que soit leur statut.

about-org-2 =
    Ce que fait { $org } :
    • Travail de proximité (outreach) et ligne d'aide (hotline)
    • Soutien émotionnel, social, de santé et juridique
    • Soutien d'urgence et de crise après de la violence, une arrestation ou une détention
    • Ateliers pour connaître vos droits, cours d'anglais et informations traduites sur les règlements municipaux
    • Counseling et orientation vers des services de santé
    • Formation au leadership, recherche, éducation du public et défense des droits
    Son soutien tient compte des traumatismes (trauma-informed) et prend racine dans les cultures de la communauté.

about-org-3 =
    Les revendications de { $org } pour la justice :
    • Décriminaliser le travail du sexe.
    • Le travail du sexe est un travail : fin des interdictions en immigration.
    • Des droits, pas du sauvetage.
    • Le travail du sexe n'est pas de la traite.
    • Combattre le racisme.
    • Pas de police sur les lieux de travail.
    • Un statut pour tout le monde.
    • Accès aux services sans peur.

    Les partenaires incluent Migrant Sex Workers Project, Maggie's, HIV Legal Network, STRUT et No One Is Illegal.

about-contact =
    Contacter { $org } :
    • Téléphone : { $hotline }
    • Courriel : { $email }
    • Site web : { $website }

    Aide juridique Ontario (Legal Aid Ontario : avocats de garde et aide juridique) : 416-979-1446 ou 1-800-668-8258

    Si vous êtes en danger maintenant, appelez le 911. Attention : un contact avec la police peut faire intervenir l'ASFC (CBSA, l'immigration).

about-groups =
    Autres groupes qui peuvent aider :
    • HALCO : aide juridique gratuite pour les personnes vivant avec le VIH en Ontario, y compris en immigration. 416-340-7790 ou 1-888-705-8889
    • HIV Legal Network : a écrit « The Carceral Web » avec { $org }. hivlegalnetwork.ca
    • Maggie's Toronto, par et pour les travailleuses du sexe. maggiesto.org
    • Migrant Sex Workers Project : migrantsexworkersproject.com
    • SWAN Vancouver : swanvancouver.ca
    • Stella, Montréal : chezstella.org
