# Contact avec la police et arrestation. Flux : flows/police.yaml
# Écrans juridiques : l'avertissement, les sources et la date sont ajoutés automatiquement.

police-menu =
    Contact avec la police et arrestation.
    La Charte (Charter) protège toutes les personnes au Canada. Choisissez un sujet :
police-rights-btn = Vos droits
police-talk-btn = Quoi dire, quoi ne pas dire
police-search-btn = Fouilles, identité et téléphone
police-door-btn = Qui est à la porte?
police-arrest-btn = 🚨 Après une arrestation

police-rights =
    Vos droits face à la police (Charte canadienne des droits et libertés, Canadian Charter of Rights and Freedoms) :
    • Vous avez le droit de ne pas subir de fouille abusive, ni de saisie abusive de vos affaires (unreasonable search or seizure, s. 8).
    • Vous avez le droit de ne pas subir de détention arbitraire (arbitrary detention), c'est-à-dire une détention sans raison légale (s. 9).
    • Si on vous arrête ou vous détient, vous avez le droit de savoir pourquoi, tout de suite (s. 10(a)).
    • Vous avez droit à un avocat sans délai, et on doit vous informer de ce droit (s. 10(b)).
    • Vous pouvez choisir de ne pas répondre aux questions de la police (s. 7). La police peut continuer à poser des questions. Vous pouvez continuer à dire non.

police-rights-2 =
    Avoir un avocat :
    • La police a le devoir de vous dire que l'aide juridique (Legal Aid) et les avocats de garde (duty counsel, avocats gratuits) existent, de vous laisser appeler, et d'arrêter de vous questionner jusqu'à ce que vous ayez eu une vraie chance de parler à un avocat.
    • En Ontario, dites : "I want to speak to duty counsel." (Je veux parler à un avocat de garde.) La police appelle alors la ligne Brydges (Brydges line) d'Aide juridique Ontario (Legal Aid Ontario). Elle répond 24/7, l'appel est gratuit et confidentiel, et il n'y a pas de critère de revenu.
    • Au tribunal ou devant un tribunal administratif (tribunal), vous avez droit à un interprète (interpreter) (s. 14).

police-talk =
    Quoi dire, quoi ne pas dire :
    • Gardez votre calme et parlez poliment.
    • Demandez : "Am I being detained, or am I free to go?" (Est-ce que vous me détenez, ou est-ce que je peux partir?) Si vous pouvez partir, vous avez le droit de partir.
    • Vous pouvez dire : "I want to remain silent. I want to speak to a lawyer." (Je veux garder le silence. Je veux parler à un avocat.)
    • Tout ce que vous dites peut compter comme une déclaration (statement). Elle peut être utilisée contre vous, vos collègues ou vos clients, et on peut vous obliger à témoigner.
    • Ne donnez pas un faux nom. Cela peut mener à une accusation d'entrave (obstruction). Dans la plupart des interpellations, vous n'avez pas à répondre aux autres questions.

police-talk-2 =
    Attention à ces questions :
    La police demande souvent si quelqu'un contrôle votre argent ou répond à votre téléphone. Après ce genre de questions, certaines personnes membres de { $org } ont été arrêtées ou remises à l'ASFC (CBSA, l'immigration).

    Vous pouvez dire : "I want to remain silent. I want to speak to a lawyer." (Je veux garder le silence. Je veux parler à un avocat.)

police-search =
    Fouilles, identité et téléphone :
    • Vous pouvez refuser une fouille, et vous pouvez retirer un « oui » plus tard. Une fouille que vous acceptez (consent search) est valide seulement si vous avez accepté librement et en sachant à quoi vous disiez oui.
    • Si l'arrestation est légale, la police peut vous fouiller pour chercher des preuves de l'infraction ou pour la sécurité.
    • Pendant une courte détention pour enquête (investigative detention), la police peut faire une fouille par palpation (pat-down) pour la sécurité.
    • Il n'y a pas d'obligation générale d'avoir une pièce d'identité sur soi. Vous devez en montrer une dans certaines situations réglementées, par exemple quand vous conduisez.
    • La police a déjà pris des téléphones et des économies à des travailleuses. Une travailleuse a perdu 10 000 $.

police-door =
    Qui est à la porte?
    • La police applique le Code criminel (Criminal Code) et peut vous arrêter. Elle partage souvent des informations avec l'ASFC (CBSA) : selon un rapport de 2015, la police de Toronto a contacté l'ASFC plus de 3 200 fois en huit mois.
    • Les agents municipaux (bylaw officers) font respecter les règles de permis de la ville (par exemple les permis de massage et de soins holistiques (holistic)) et peuvent donner des amendes.
    • Les agents de l'ASFC (CBSA) appliquent la loi sur l'immigration. Ils peuvent détenir une personne qu'ils croient interdite de territoire (inadmissible), par exemple s'ils pensent qu'elle ne viendra pas à une audience, ou si son identité est incertaine.

    Des descentes conjointes (joint raids) des agents municipaux, de la police et de l'ASFC ont mené à l'arrestation et à l'expulsion de travailleuses.

police-door-2 =
    Agents municipaux (bylaw officers), Ontario :
    • Ils peuvent entrer dans un local commercial pour l'inspecter à des heures raisonnables.
    • Une pièce utilisée comme logement, c'est différent. Ils ont besoin de votre accord ou d'un mandat (warrant) pour y entrer.
    • Refuser qu'un agent municipal entre chez vous n'est pas de l'entrave (obstruction). Toronto a le même genre de règle.

    Si c'est la police, voir Police > « Vos droits ». Si c'est l'ASFC (CBSA), touchez le bouton ci-dessous.

police-arrest =
    Après une arrestation :
    • Demandez un avocat. En Ontario, dites : "I want to speak to duty counsel." (Je veux parler à un avocat de garde.) Vous pouvez choisir de garder le silence.
    • Si la police ne vous libère pas, on doit vous amener devant un juge (justice) sans délai déraisonnable (dans les 24 heures si un juge est disponible).
    • Les avocats de garde (duty counsel, avocats gratuits au tribunal) peuvent vous aider à votre audience de mise en liberté sous caution (bail hearing).
    • Dites à votre avocat quel est votre statut d'immigration. Une condamnation (conviction) peut avoir un effet sur ce statut.

    Si vous êtes en danger maintenant, appelez le 911. Attention : un contact avec la police peut faire intervenir l'ASFC (CBSA, l'immigration).
    • { $org } : { $hotline }
    • Aide juridique Ontario (Legal Aid Ontario) : 416-979-1446 ou 1-800-668-8258

police-arrest-2 =
    Après une arrestation (suite) :
    • Pour certaines infractions, comme communiquer dans un lieu public (communicating, s. 213), la police libère souvent la personne avec une citation à comparaître (appearance notice) : un papier qui vous dit quand aller au tribunal.
    • Aide juridique Ontario peut payer un avocat si une condamnation risque d'avoir de graves conséquences sur votre immigration.
    • { $org } offre du soutien juridique et peut vous aider à trouver un avocat.
