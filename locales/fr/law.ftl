# Droit criminel sur le travail du sexe et permis de Toronto. Flux : flows/law.yaml
# Écrans juridiques : l'avertissement, les sources et la date sont ajoutés automatiquement.

law-menu =
    Le droit criminel sur le travail du sexe au Canada (les lois en vigueur depuis le 6 décembre 2014).
    Choisissez un sujet :
law-legal-btn = Ce qui est légal pour vous
law-not-legal-btn = Ce qui est contre la loi
law-third-btn = Clients et tierces personnes
law-licensing-btn = Permis municipaux (Toronto)

law-legal =
    Ce qui est légal pour vous :
    • Vendre vos propres services sexuels n'est pas un crime.
    • Immunité (immunity, s. 286.5) : on ne doit pas vous poursuivre pour en avoir tiré profit, pour de la publicité ou pour de l'aide, quand l'infraction concerne vos propres services.
    • La Cour suprême du Canada (R v Kloubakov, 2025) a dit que la loi vous permet toujours de travailler à l'intérieur dans un lieu fixe, d'engager un chauffeur ou un garde du corps, et de travailler avec d'autres travailleuses en partageant les frais.

    ⚠️ Cette immunité existe seulement en droit criminel. Elle ne vous protège pas contre la loi sur l'immigration.

law-not-legal =
    Ce qui est contre la loi, aussi pour les travailleuses :
    • s. 213(1.1) : communiquer pour offrir ou fournir des services sexuels dans un lieu public, ou un lieu que les gens peuvent voir, qui est dans ou à côté d'un terrain d'école, d'un terrain de jeu ou d'une garderie.
    • s. 213(1) : dans un lieu public, arrêter ou bloquer la circulation (voitures ou personnes) pour offrir ou acheter des services sexuels. Cela s'applique aux travailleuses et aux clients.

    Si on vous accuse, vous gardez tous vos droits face à la police. Une condamnation peut avoir un effet sur votre statut d'immigration.

law-third =
    Clients et tierces personnes :
    • Acheter des services sexuels, ou communiquer avec quelqu'un pour en acheter, est un crime partout (s. 286.1). Les amendes minimales commencent à 500 $.
    • Avantage matériel (material benefit, s. 286.2) : recevoir de l'argent du travail du sexe de quelqu'un d'autre, avec certaines exceptions, par exemple une situation de vie commune légitime, une obligation légale ou morale, ou des services vendus au public.
    • Proxénétisme (procuring, s. 286.3) : amener quelqu'un à vendre des services sexuels, ou le contrôler.
    • Faire la publicité des services sexuels de quelqu'un d'autre (advertising, s. 286.4).

    La Cour suprême du Canada a maintenu les infractions d'avantage matériel et de proxénétisme en 2025. Un tribunal de l'Ontario a maintenu la loi en 2023.

law-licensing =
    Permis à Toronto (Code municipal, chapitre 545, Municipal Code, Chapter 545) :
    • Les salons de massage corporel (body-rub parlours) et les personnes qui y donnent ces massages (body-rubbers) ont besoin d'un permis. Ces personnes ont besoin d'un certificat médical (medical certificate). Les salons sont permis seulement dans certaines zones.
    • Les centres holistiques (holistic centres) et les praticiennes et praticiens holistiques (holistic practitioners) ont besoin d'un autre permis.
    • En 2018, le conseil municipal a arrêté de donner de nouveaux permis holistiques aux membres de cinq associations.
    • Les agents municipaux (bylaw officers) font respecter ces règles et peuvent donner des amendes.

law-licensing-2 =
    Portes verrouillées dans les centres holistiques :
    • Les centres holistiques peuvent verrouiller leurs portes seulement quand un client est à l'intérieur, et doivent afficher l'heure où la porte sera déverrouillée.
    • { $org } a compté 40 travailleuses qui se sont fait voler entre décembre 2019 et mars 2020. Le Toronto Star a relié ces vols en partie à cette règle.

    Pour savoir ce que les agents municipaux peuvent faire ou non, voir « Qui est à la porte? »
