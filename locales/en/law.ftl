# Criminal law on sex work and Toronto licensing. Flow: flows/law.yaml
# Legal screens: the disclaimer, sources and date are added automatically.

law-menu =
    Criminal law on sex work in Canada (the laws in force since 6 December 2014).
    Choose a topic:
law-legal-btn = What is legal for you
law-not-legal-btn = What is against the law
law-third-btn = Clients and third parties
law-licensing-btn = Municipal licensing (Toronto)

law-legal =
    What is legal for you:
    • Selling your own sexual services is not a crime.
    • Immunity (s. 286.5): you are not to be prosecuted for benefiting from, advertising, or helping with offences about your own services.
    • The Supreme Court of Canada (R v Kloubakov, 2025) said the law still lets you work indoors from a fixed place, hire a driver or a bodyguard, and work together with other workers and share costs.

    ⚠️ This immunity is only in criminal law. It does not protect you from immigration law.

law-not-legal =
    What is against the law for workers too:
    • s. 213(1.1): talking to offer or provide sexual services in a public place, or a place people can see, that is in or next to a school ground, playground or daycare centre.
    • s. 213(1): in a public place, stopping or blocking traffic (cars or people) to offer or buy sexual services. This applies to workers and clients.

    If you are charged, you still have all your rights with police. A conviction can affect your immigration status.

law-third =
    Clients and third parties:
    • Buying sexual services, or talking to someone to buy them, is a crime anywhere (s. 286.1). Minimum fines start at $500.
    • Material benefit (s. 286.2): getting money from someone else's sex work, with some exceptions, for example a legitimate living arrangement, a legal or moral obligation, or services sold to the public.
    • Procuring (s. 286.3): getting someone to sell sexual services, or controlling them.
    • Advertising someone else's sexual services (s. 286.4).

    The Supreme Court of Canada upheld the material benefit and procuring offences in 2025. An Ontario court upheld the law in 2023.

law-licensing =
    Toronto licences (Municipal Code, Chapter 545):
    • Body-rub parlours and body-rubbers need a licence. Body-rubbers need a medical certificate. Parlours are only allowed in some zones.
    • Holistic centres and holistic practitioners need a different licence.
    • In 2018 City Council stopped giving new holistic licences to members of five associations.
    • Bylaw officers enforce these rules and can give fines.

law-licensing-2 =
    Locked doors at holistic centres:
    • Holistic centres may lock their doors only while a client is inside, and must post the time the door will be unlocked.
    • { $org } counted 40 workers robbed between December 2019 and March 2020. The Toronto Star linked the robberies partly to this rule.

    To know what bylaw officers may and may not do, see "Who is at the door?"
