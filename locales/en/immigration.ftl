# Immigration and CBSA (Canada Border Services Agency). Flow: flows/immigration.yaml
# Legal screens: the disclaimer, sources and date are added automatically.

immigration-menu =
    Immigration and CBSA (Canada Border Services Agency).
    This bot never asks about your status. Choose a topic:
immigration-ban-btn = Work ban: sex-related business
immigration-detained-btn = 🚨 If CBSA detains you
immigration-removal-btn = Removal orders explained
immigration-charges-btn = Criminal charges and status
immigration-refugee-btn = Refugee claimants

immigration-ban =
    The work ban for temporary residents:
    • If you are a temporary resident who is allowed to work, you must not take or extend a job with an employer that regularly offers striptease, erotic dance, escort services or erotic massage (IRPR 183(1)(b.1)).
    • This covers visitors, students and workers, however you are allowed to work, including open work permits and off-campus work.
    • Work permits are not given for these employers. Permits can list it as a condition (IRPR 185(b)).
    • These rules started on 31 December 2013.

immigration-ban-2 =
    What this can mean for you:
    • Breaking these rules can lead to arrest, detention and deportation.
    • The criminal-law immunity for selling your own services (Criminal Code s. 286.5) does not protect you from immigration law.
    • { $org } says the ban is also applied to refugee claimants and sponsored people, and has been used to take away status.

    If you have questions about your own situation, talk to an immigration lawyer or { $org }.

immigration-detained =
    If CBSA detains you:
    • You have the right to a lawyer. You can pay for one, or ask for legal aid.
    • Do not lie to officers. Lying (misrepresentation) can lead to a 5-year ban from Canada.
    • You have the right to detention reviews (Immigration Division): within 48 hours or without delay after that, then within 7 days, then at least every 30 days.
    • The IRB provides an interpreter at the hearing.

    If you are in danger now, call 911. Be aware: contact with police can lead to CBSA (immigration) getting involved.
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 or 1-800-668-8258

immigration-detained-2 =
    If CBSA detains you (continued):
    • In CBSA holding centres, local calls are free, including calls to lawyers and consulates. The Red Cross, UNHCR and refugee groups visit.
    • Your consulate: officers must tell you that you can have your consulate told. They contact it only if you ask.
    • If you fear your home government, talk to a lawyer before you ask for your consulate.
    • You can ask for an earlier detention review if there are new facts.
    • In routine questioning at the border, the right to a lawyer usually applies only once you are detained.

immigration-removal =
    A44 report and removal orders:
    • A44 report: if an officer believes you are inadmissible (not allowed to stay in Canada), they can write a report (IRPA s. 44(1)).
    • Then a Minister's delegate (an officer acting for the minister) either makes a removal order or sends your case to a hearing at the Immigration Division.
    • You can ask CBSA to defer (delay) your removal, or ask the Federal Court for a stay. Time is short: get a lawyer fast.

immigration-removal-2 =
    Three kinds of removal order:
    • Departure order: you must leave Canada within 30 days. If you don't, it becomes a deportation order.
    • Exclusion order: you cannot come back for 1 year (5 years for misrepresentation) unless you get permission, called an ARC (Authorization to Return to Canada). Working without authorization usually leads to an exclusion order.
    • Deportation order: you cannot ever come back unless you get an ARC.

immigration-charges =
    Criminal charges and immigration status:
    • A permanent resident can lose status for "serious criminality": a conviction for an offence with a maximum sentence of 10 years or more, or a sentence of more than 6 months.
    • A foreign national (not a citizen or permanent resident) can become inadmissible after a conviction for any indictable or hybrid offence, or for two summary offences.
    • Example: material benefit (s. 286.2) has a maximum of 10 years.
    • Tell your lawyer about your immigration status early. Legal Aid Ontario may pay for a lawyer if the immigration consequences could be serious.

immigration-refugee =
    Refugee claimants:
    • Get a refugee lawyer early. Legal Aid Ontario: 416-979-1446 or 1-800-668-8258.
    • Never accept help from anyone who tells you to lie or to sign blank forms.
    • The Interim Federal Health Program (IFHP) covers health care for refugee claimants who have no provincial health insurance.
    • The work ban on sex-related businesses still applies to your work permit. { $org } says it has been used against refugee claimants.
