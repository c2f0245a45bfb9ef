# Sécurité. Flux : flows/safety.yaml
# Le bot NE recueille PAS de signalements de mauvais clients. Il renvoie seulement vers des groupes de pairs.

safety-menu =
    Conseils de sécurité de groupes dirigés par des travailleuses du sexe.
    La violence n'est jamais de votre faute. Choisissez un sujet :
safety-tips-btn = Conseils de sécurité
safety-after-btn = 🚨 Après un vol ou une agression
safety-bad-date-btn = Listes de mauvais clients

safety-tips =
    Conseils pour planifier votre sécurité :
    • Écoutez votre instinct. La violence n'est jamais de votre faute, même si vous n'avez pas suivi un conseil.
    • Utilisez un numéro séparé pour le travail : un deuxième numéro de téléphone ou une application.
    • Appel de sécurité (safe call) : dites à une personne de confiance où a lieu le rendez-vous, et donnez des nouvelles avant et après.
    • Vérification (screening) : gardez le numéro du client et vérifiez-le dans les listes de mauvais clients.
    • Entendez-vous d'abord sur le prix et les services, et faites-vous payer d'avance.

safety-tips-2 =
    Autres conseils :
    • Sachez où sont les sorties, et ne laissez pas le client les bloquer.
    • Gardez un contact en composition rapide et un sifflet ou une alarme près de vous.
    • Évitez de porter des colliers ou des foulards pendant le travail.
    • Envoyez par texto la plaque d'immatriculation du client à une personne de confiance.
    • Travaillez avec des amies quand c'est possible (voir « Ce qui est légal pour vous » plus bas).

safety-after =
    Après un vol ou une agression :
    • D'abord, allez dans un endroit sûr. Ensuite, appelez { $org }.
    • Les soins médicaux sont séparés de la police. Vous pouvez recevoir des soins sans faire de signalement.
    • Après une agression sexuelle : Women's College Hospital, 24/7 : 416-323-6040. La PPE (PEP, pour prévenir le VIH) doit commencer dans les 72 heures.
    • Il n'y a pas de délai pour signaler une infraction sexuelle (sexual offence) à la police. Vous pouvez décider plus tard.
    • Avant d'aller à la police, parlez à { $org } ou à un avocat (voir Suite).

    Si vous êtes en danger maintenant, appelez le 911. Attention : un contact avec la police peut faire intervenir l'ASFC (CBSA, l'immigration).
    • { $org } : { $hotline }
    • Aide juridique Ontario (Legal Aid Ontario) : 416-979-1446 ou 1-800-668-8258

safety-after-2 =
    Vous pensez aller à la police?
    • La police de Toronto dit que les travailleuses qui signalent avoir subi du tort au travail ne seront pas arrêtées, et que le signalement n'aura pas d'effet sur leur statut. Elle dit aussi que des agents peuvent poser des questions sur le statut dans certains cas.
    • Mais certaines personnes membres de { $org } ont été arrêtées ou expulsées après un contact avec la police. Selon un rapport de 2015, la police de Toronto a contacté l'ASFC (CBSA) des milliers de fois.
    • Le choix vous appartient. Parlez d'abord à { $org } ou à un avocat.

    Vous pouvez aussi avertir les autres travailleuses avec une liste de mauvais clients (voir Sécurité).

safety-bad-date =
    Listes de mauvais clients :
    Un « mauvais client » (bad date), c'est quelqu'un qui est impoli, vole, refuse de payer, vous menace ou est violent. Des groupes de pairs tiennent des listes pour que les travailleuses puissent s'avertir entre elles.

    Ce bot ne recueille pas de signalements. Merci de ne pas envoyer de détails ici.

    Où partager ou vérifier un avertissement :
    • Montréal : la liste de mauvais clients de Stella. chezstella.org
    • Vancouver : SWAN, par téléphone ou texto. swanvancouver.ca
    • Colombie-Britannique : BC BDAR, un système de signalement des mauvais clients dans toute la province. bcbdar.org
    • Toronto : demandez à { $org } : { $hotline }

safety-bad-date-2 =
    Quoi noter pour un signalement :
    • Date, heure et lieu
    • À quoi ressemblaient la personne et la voiture
    • Plaque d'immatriculation
    • Numéro de téléphone
    • Ce qui s'est passé
