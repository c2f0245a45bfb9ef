# Immigration et ASFC (Agence des services frontaliers du Canada, CBSA). Flux : flows/immigration.yaml
# Écrans juridiques : l'avertissement, les sources et la date sont ajoutés automatiquement.

immigration-menu =
    Immigration et ASFC (CBSA, Agence des services frontaliers du Canada).
    Ce bot ne demande jamais votre statut. Choisissez un sujet :
immigration-ban-btn = Interdiction : secteur du sexe
immigration-detained-btn = 🚨 Si l'ASFC vous détient
immigration-removal-btn = Mesures de renvoi expliquées
immigration-charges-btn = Accusations criminelles, statut
immigration-refugee-btn = Demande d'asile

immigration-ban =
    L'interdiction de travail pour les résidents temporaires :
    • Si vous êtes résident temporaire (temporary resident) et que vous avez le droit de travailler, vous ne devez pas accepter ni prolonger un emploi chez un employeur qui offre régulièrement du striptease, de la danse érotique, des services d'escorte ou des massages érotiques (IRPR 183(1)(b.1)).
    • Cela vise les visiteurs, les étudiants et les travailleurs, peu importe comment vous avez le droit de travailler, y compris avec un permis de travail ouvert (open work permit) et le travail hors campus.
    • Aucun permis de travail n'est donné pour ces employeurs. Votre permis peut l'indiquer comme condition (IRPR 185(b)).
    • Ces règles s'appliquent depuis le 31 décembre 2013.

immigration-ban-2 =
    Ce que cela peut vouloir dire pour vous :
    • Ne pas respecter ces règles peut mener à une arrestation, une détention et une expulsion (deportation).
    • L'immunité en droit criminel pour la vente de vos propres services (immunity, Code criminel s. 286.5) ne vous protège pas contre la loi sur l'immigration.
    • { $org } dit que l'interdiction est aussi appliquée aux demandeurs d'asile et aux personnes parrainées, et qu'elle a servi à leur retirer leur statut.

    Si vous avez des questions sur votre situation à vous, parlez à un avocat en immigration ou à { $org }.

immigration-detained =
    Si l'ASFC (CBSA) vous détient :
    • Vous avez droit à un avocat. Vous pouvez en payer un, ou demander l'aide juridique (legal aid).
    • Ne mentez pas aux agents. Mentir (fausses déclarations, misrepresentation) peut mener à une interdiction de 5 ans au Canada.
    • Vous avez droit à des contrôles de la détention (detention reviews) à la Section de l'immigration (Immigration Division) : dans les 48 heures ou sans délai après, puis dans les 7 jours, puis au moins tous les 30 jours.
    • La CISR (IRB) fournit un interprète à l'audience.

    Si vous êtes en danger maintenant, appelez le 911. Attention : un contact avec la police peut faire intervenir l'ASFC (CBSA, l'immigration).
    • { $org } : { $hotline }
    • Aide juridique Ontario (Legal Aid Ontario) : 416-979-1446 ou 1-800-668-8258

immigration-detained-2 =
    Si l'ASFC vous détient (suite) :
    • Dans les centres de surveillance de l'ASFC (holding centres), les appels locaux sont gratuits, y compris vers les avocats et les consulats. La Croix-Rouge, le HCR (UNHCR) et des groupes d'aide aux réfugiés y font des visites.
    • Votre consulat (consulate) : les agents doivent vous dire que vous pouvez faire prévenir votre consulat. Ils le contactent seulement si vous le demandez.
    • Si vous avez peur du gouvernement de votre pays, parlez à un avocat avant de demander votre consulat.
    • Vous pouvez demander un contrôle de la détention plus tôt s'il y a des faits nouveaux.
    • Lors des questions de routine à la frontière, le droit à un avocat s'applique en général seulement une fois que l'on vous détient.

immigration-removal =
    Rapport A44 et mesures de renvoi (removal orders) :
    • Rapport A44 (A44 report) : si un agent pense que vous n'avez pas le droit de rester au Canada (interdiction de territoire, inadmissible), il peut écrire un rapport (IRPA s. 44(1)).
    • Ensuite, un délégué du ministre (Minister's delegate, un agent qui agit pour le ministre) prend une mesure de renvoi, ou envoie votre dossier à une audience de la Section de l'immigration (Immigration Division).
    • Vous pouvez demander à l'ASFC de reporter (defer) votre renvoi, ou demander un sursis (stay) à la Cour fédérale (Federal Court). Le temps est court : trouvez vite un avocat.

immigration-removal-2 =
    Trois types de mesures de renvoi :
    • Mesure d'interdiction de séjour (departure order) : vous devez quitter le Canada dans les 30 jours. Sinon, elle devient une mesure d'expulsion (deportation order).
    • Mesure d'exclusion (exclusion order) : vous ne pouvez pas revenir pendant 1 an (5 ans pour fausses déclarations) sauf si vous obtenez une permission, appelée ARC (autorisation de retour au Canada, Authorization to Return to Canada). Travailler sans autorisation mène en général à une mesure d'exclusion.
    • Mesure d'expulsion (deportation order) : vous ne pouvez jamais revenir, sauf si vous obtenez une ARC.

immigration-charges =
    Accusations criminelles et statut d'immigration :
    • Une personne résidente permanente (permanent resident) peut perdre son statut pour « grande criminalité » (serious criminality) : une condamnation pour une infraction dont la peine maximale est de 10 ans ou plus, ou une peine de plus de 6 mois.
    • Une personne étrangère (foreign national, ni citoyenne ni résidente permanente) peut devenir interdite de territoire (inadmissible) après une condamnation pour toute infraction punissable par mise en accusation (indictable offence) ou hybride (hybrid offence), ou pour deux infractions punissables par procédure sommaire (summary offences).
    • Exemple : l'avantage matériel (material benefit, s. 286.2) a une peine maximale de 10 ans.
    • Dites tôt votre statut d'immigration à votre avocat. Aide juridique Ontario peut payer un avocat si les conséquences sur l'immigration risquent d'être graves.

immigration-refugee =
    Demandeurs d'asile (refugee claimants) :
    • Trouvez tôt un avocat en droit des réfugiés. Aide juridique Ontario : 416-979-1446 ou 1-800-668-8258.
    • N'acceptez jamais l'aide de quelqu'un qui vous dit de mentir ou de signer des formulaires vides.
    • Le Programme fédéral de santé intérimaire (PFSI, Interim Federal Health Program, IFHP) couvre les soins de santé des demandeurs d'asile qui n'ont pas d'assurance maladie provinciale.
    • L'interdiction de travail dans le secteur du sexe s'applique aussi à votre permis de travail. { $org } dit qu'elle a été utilisée contre des demandeurs d'asile.
