# Police contact and arrest. Flow: flows/police.yaml
# Legal screens: the disclaimer, sources and date are added automatically.

police-menu =
    Police contact and arrest.
    The Charter protects everyone in Canada. Choose a topic:
police-rights-btn = Your rights
police-talk-btn = What to say and not say
police-search-btn = Searches, ID and your phone
police-door-btn = Who is at the door?
police-arrest-btn = 🚨 After an arrest

police-rights =
    Your rights with police (Canadian Charter of Rights and Freedoms):
    • You have the right not to be searched unreasonably, and not to have your things taken unreasonably (s. 8).
    • You have the right not to be detained arbitrarily, meaning held without a legal reason (s. 9).
    • If you are arrested or held, you have the right to be told why, right away (s. 10(a)).
    • You have the right to a lawyer without delay, and to be told about this right (s. 10(b)).
    • You can choose not to answer police questions (s. 7). Police may keep asking. You can keep saying no.

police-rights-2 =
    Getting a lawyer:
    • Police have a duty to tell you that Legal Aid and duty counsel (free lawyers) exist, to let you call, and to stop questioning you until you have had a fair chance to talk to a lawyer.
    • In Ontario, say: "I want to speak to duty counsel." Police then call Legal Aid Ontario's Brydges line. It answers 24/7, the call is free and private, and there is no income test.
    • In court or at a tribunal, you have the right to an interpreter (s. 14).

police-talk =
    What to say and not say:
    • Stay calm and polite.
    • Ask: "Am I being detained, or am I free to go?" If you are free to go, you may leave.
    • You can say: "I want to remain silent. I want to speak to a lawyer."
    • Anything you say can count as a statement. It can be used against you, your co-workers or your clients, and you may be ordered to testify.
    • Do not give a false name. That can lead to an obstruction charge. In most stops you do not have to answer other questions.

police-talk-2 =
    Watch for these questions:
    Police often ask whether someone controls your money or answers your phone. After questions like these, some { $org } members were arrested or handed over to CBSA (immigration).

    You can say: "I want to remain silent. I want to speak to a lawyer."

police-search =
    Searches, ID and your phone:
    • You can say no to a search, and you can take back a "yes" later. A search you agree to is only valid if you agreed freely and knew what you were agreeing to.
    • If the arrest is lawful, police may search you for evidence of the offence or for safety.
    • In a short investigative stop, police may pat you down for safety.
    • There is no general duty to carry ID. You must show ID in some regulated situations, for example when driving.
    • Police have taken workers' phones and savings. One worker lost $10,000.

police-door =
    Who is at the door?
    • Police enforce the Criminal Code and can arrest you. They often share information with CBSA: a 2015 report found that Toronto Police contacted CBSA more than 3,200 times in eight months.
    • Bylaw officers enforce city licence rules (for example, massage and holistic licences) and can give fines.
    • CBSA officers enforce immigration law. They can detain people they believe are inadmissible, for example when they think the person may not come to a hearing, or the person's identity is in doubt.

    Joint raids by bylaw officers, police and CBSA have led to workers being arrested and deported.

police-door-2 =
    Bylaw officers (Ontario):
    • They may enter business premises to inspect at reasonable times.
    • A room used as a home is different. They need your consent or a warrant to enter it.
    • Saying no to a bylaw officer entering your home is not obstruction. Toronto has the same kind of rule.

    If it is the police, see Police > "Your rights". If it is CBSA, tap below.

police-arrest =
    After an arrest:
    • Ask for a lawyer. In Ontario, say: "I want to speak to duty counsel." You can choose to stay silent.
    • If police do not release you, you must be brought before a justice without unreasonable delay (within 24 hours if one is available).
    • Duty counsel (free lawyers at court) can help at your bail hearing.
    • Tell your lawyer about your immigration status. A conviction can affect it.

    If you are in danger now, call 911. Be aware: contact with police can lead to CBSA (immigration) getting involved.
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 or 1-800-668-8258

police-arrest-2 =
    After an arrest (continued):
    • For some offences, such as communicating in a public place (s. 213), police often release people with an appearance notice: a paper that tells you when to go to court.
    • Legal Aid Ontario may pay for a lawyer if a conviction could bring serious immigration consequences.
    • { $org } offers legal support and can help you find a lawyer.
