# Health and community services. Flow: flows/health.yaml
# Only phone numbers confirmed in the content brief. Held-back numbers are
# listed in docs/content-review-notes.md.

health-menu =
    Health care, including services you can use without a health card (OHIP) or papers.
    Choose a topic:
health-toronto-btn = Toronto
health-vancouver-btn = Vancouver
health-montreal-btn = Montreal
health-pep-btn = 💊 PEP: within 72 hours
health-assault-btn = Care after sexual assault
health-mental-btn = Mental health
health-harm-btn = Harm reduction

health-toronto =
    Toronto, no health card needed:
    • Hassle Free Clinic: free, no health card needed, anonymous HIV tests. Some staff speak Cantonese, Mandarin, Taiwanese, Japanese, French and Spanish. hasslefreeclinic.org
    • Immigrant Women's Health Centre: free, no papers needed, women doctors. Chinese, Vietnamese, Tagalog, Spanish, Portuguese, Urdu/Hindi and Italian. 416-323-9986
    • Sexual Health Infoline Ontario: free and anonymous, in several languages. Can refer you for PrEP and PEP. 416-392-2437 or 1-800-668-2437

health-toronto-2 =
    More in Toronto:
    • Community Health Centres can serve people without OHIP. Ask { $org } for help finding one.
    • HQ Toronto: PrEP and PEP for trans and non-binary people and for men who have sex with men. Testing is free. If you have no health insurance, bring photo ID. hqtoronto.ca
    • Women's College Hospital: care after sexual assault, 24/7 (see below).

health-vancouver =
    Vancouver and BC:
    • BCCDC SmartSexResource: free options for most sexual health services, even if you have no status. 604-707-5603 or 1-888-488-7444, or call HealthLink BC at 811. smartsexresource.com
    • PrEP is free in BC for people who are eligible.
    • SWAN Vancouver: outreach and safer-sex supplies for massage businesses. Call or text lines for legal and immigration help, translators for health appointments, and bad-date reports. swanvancouver.ca

health-vancouver-2 =
    Police in Vancouver:
    • The Vancouver Police Department's Sex Work Enforcement Guidelines (2013) say police should put sex workers' safety first.
    • Complaints about police go to the Office of the Police Complaint Commissioner.

health-montreal =
    Montreal:
    • Stella, l'amie de Maimie: run by and for sex workers. Nurse clinic and a bad-client list. chezstella.org
    • Médecins du Monde: a free clinic for migrants with precarious status. medecinsdumonde.ca

health-pep =
    PEP: medicine that can stop HIV after a possible exposure (for example, a broken condom).
    • Start PEP within 72 hours. Sooner is better, ideally within 2 hours.
    • Ontario: Sexual Health Infoline Ontario can refer you: 416-392-2437 or 1-800-668-2437.
    • Toronto: HQ Toronto, for trans and non-binary people and men who have sex with men. hqtoronto.ca
    • After sexual assault: Women's College Hospital, 24/7: 416-323-6040.
    • BC: call HealthLink BC at 811.

    PrEP (taken before exposure) is free in BC for eligible people. In Ontario it can be costly; ask the infoline about access.

health-assault =
    Care after sexual assault:
    • Women's College Hospital, Sexual Assault/Domestic Violence Care Centre, Toronto: open 24/7, no appointment, ages 16 and up, up to 30 days after. 416-323-6040, 76 Grenville St.
    • Medical care is separate from police. You can get care without reporting to police.
    • Evidence can be kept while you decide what to do.
    • PEP to prevent HIV must start within 72 hours.

health-mental =
    Mental health. You don't have to go through it alone:
    • { $org } offers emotional support: { $hotline }
    • Ontario Mental Health Helpline, 24/7: 1-866-531-2600
    • 988, 24/7 crisis line: call 988
    • Distress Centres (Toronto): 416-408-4357

health-harm =
    Harm reduction:
    • Naloxone reverses opioid overdoses. It is free at participating Ontario pharmacies, with no prescription and no health card needed.

    If someone is in danger now, call 911. Be aware: contact with police can lead to CBSA (immigration) getting involved.
