# Santé et services communautaires. Flux : flows/health.yaml
# Seulement les numéros de téléphone confirmés dans le content brief. Les numéros mis de côté
# sont listés dans docs/content-review-notes.md.

health-menu =
    Soins de santé, y compris des services que vous pouvez utiliser sans carte santé (OHIP) ni papiers.
    Choisissez un sujet :
health-toronto-btn = Toronto
health-vancouver-btn = Vancouver
health-montreal-btn = Montréal
health-pep-btn = 💊 PPE (PEP) : sous 72 heures
health-assault-btn = Soins après agression sexuelle
health-mental-btn = Santé mentale
health-harm-btn = Réduction des méfaits

health-toronto =
    Toronto, sans carte santé :
    • Hassle Free Clinic : gratuit, pas besoin de carte santé, tests VIH anonymes. Certaines personnes du personnel parlent cantonais, mandarin, taïwanais, japonais, français et espagnol. hasslefreeclinic.org
    • Immigrant Women's Health Centre : gratuit, pas besoin de papiers, médecins femmes. Chinois, vietnamien, tagalog, espagnol, portugais, ourdou/hindi et italien. 416-323-9986
    • Sexual Health Infoline Ontario : gratuit et anonyme, en plusieurs langues. Peut vous orienter pour la PrEP et la PPE (PEP). 416-392-2437 ou 1-800-668-2437

health-toronto-2 =
    Autres services à Toronto :
    • Les centres de santé communautaires (Community Health Centres) peuvent servir les personnes sans OHIP. Demandez à { $org } de vous aider à en trouver un.
    • HQ Toronto : PrEP et PPE (PEP) pour les personnes trans et non binaires, et pour les hommes qui ont des relations sexuelles avec des hommes. Le dépistage est gratuit. Si vous n'avez pas d'assurance maladie, apportez une pièce d'identité avec photo. hqtoronto.ca
    • Women's College Hospital : soins après une agression sexuelle, 24/7 (voir plus bas).

health-vancouver =
    Vancouver et Colombie-Britannique (BC) :
    • BCCDC SmartSexResource : options gratuites pour la plupart des services de santé sexuelle, même si vous n'avez pas de statut. 604-707-5603 ou 1-888-488-7444, ou appelez HealthLink BC au 811. smartsexresource.com
    • La PrEP est gratuite en Colombie-Britannique pour les personnes admissibles.
    • SWAN Vancouver : travail de proximité (outreach) et matériel pour le sexe sécuritaire dans les commerces de massage. Lignes d'appel ou de texto pour de l'aide juridique et en immigration, des interprètes pour les rendez-vous de santé, et les signalements de mauvais clients (bad date). swanvancouver.ca

health-vancouver-2 =
    La police à Vancouver :
    • Les lignes directrices du service de police de Vancouver sur le travail du sexe (Sex Work Enforcement Guidelines, 2013) disent que la police doit faire passer la sécurité des travailleuses du sexe en premier.
    • Les plaintes contre la police vont au bureau du commissaire aux plaintes contre la police (Office of the Police Complaint Commissioner).

health-montreal =
    Montréal :
    • Stella, l'amie de Maimie : par et pour les travailleuses du sexe. Clinique d'infirmières et liste de mauvais clients. chezstella.org
    • Médecins du Monde : une clinique gratuite pour les personnes migrantes à statut précaire. medecinsdumonde.ca

health-pep =
    PPE (PEP) : un médicament qui peut empêcher le VIH après une exposition possible (par exemple, un condom qui a brisé).
    • Commencez la PPE dans les 72 heures. Le plus tôt est le mieux, idéalement dans les 2 heures.
    • Ontario : Sexual Health Infoline Ontario peut vous orienter : 416-392-2437 ou 1-800-668-2437.
    • Toronto : HQ Toronto, pour les personnes trans et non binaires et les hommes qui ont des relations sexuelles avec des hommes. hqtoronto.ca
    • Après une agression sexuelle : Women's College Hospital, 24/7 : 416-323-6040.
    • Colombie-Britannique : appelez HealthLink BC au 811.

    La PrEP (prise avant l'exposition) est gratuite en Colombie-Britannique pour les personnes admissibles. En Ontario, elle peut coûter cher : demandez à l'Infoline comment y avoir accès.

health-assault =
    Soins après une agression sexuelle :
    • Women's College Hospital, Sexual Assault/Domestic Violence Care Centre, Toronto : ouvert 24/7, sans rendez-vous, à partir de 16 ans, jusqu'à 30 jours après. 416-323-6040, 76 Grenville St.
    • Les soins médicaux sont séparés de la police. Vous pouvez recevoir des soins sans faire de signalement à la police.
    • Les preuves peuvent être gardées pendant que vous décidez quoi faire.
    • La PPE (PEP) pour prévenir le VIH doit commencer dans les 72 heures.

health-mental =
    Santé mentale. Vous n'avez pas à vivre cela sans soutien :
    • { $org } offre du soutien émotionnel : { $hotline }
    • Ontario Mental Health Helpline, 24/7 : 1-866-531-2600
    • 988, ligne de crise 24/7 : appelez le 988
    • Distress Centres (Toronto) : 416-408-4357

health-harm =
    Réduction des méfaits (harm reduction) :
    • La naloxone (naloxone) renverse les surdoses d'opioïdes. Elle est gratuite dans les pharmacies participantes de l'Ontario, sans ordonnance et sans carte santé.

    Si quelqu'un est en danger maintenant, appelez le 911. Attention : un contact avec la police peut faire intervenir l'ASFC (CBSA, l'immigration).
