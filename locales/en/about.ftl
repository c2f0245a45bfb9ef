# About the organisation and how to reach it. Flow: flows/about.yaml
# The organisation's phone, email and website come from flows/settings.yaml.

about-menu =
    About { $org } and how to reach it.
    Choose a topic:
about-org-btn = What is { $org }?
# Also used on crisis screens (after an arrest, detention, assault).
about-contact-btn = 📞 Contact { $org }
about-groups-btn = Other groups that can help

about-org =
    { $org }: Asian and Migrant Sex Workers Support Network.
    • Started in 2014 by sex workers, social workers, and legal and health professionals.
    • Led by migrant sex workers and based on peer support. Half of its committee are current or former sex workers.
    • Supports more than 5,000 Asian and migrant sex workers.
    • Believes sex work is work. Sex workers have the right to safety, dignity, equality and justice. Migrant workers should be treated like all other workers, whatever their status.

about-org-2 =
    What { $org } does:
    • Outreach and a hotline
    • Emotional, social, health and legal support
    • Emergency and crisis support after violence, arrest or detention
    • Know-your-rights workshops, English classes and translated bylaw information
    • Counselling and health referrals
    • Leadership training, research, public education and advocacy
    Its support is trauma-informed and rooted in the community's cultures.

about-org-3 =
    { $org }'s calls for justice:
    • Decriminalize sex work.
    • Sex work is work: end the immigration bans.
    • Rights, not rescue.
    • Sex work is not trafficking.
    • Fight racism.
    • No police at workplaces.
    • Status for all.
    • Access to services without fear.

    Partners include Migrant Sex Workers Project, Maggie's, HIV Legal Network, STRUT and No One Is Illegal.

about-contact =
    Contact { $org }:
    • Phone: { $hotline }
    • Email: { $email }
    • Website: { $website }

    Legal Aid Ontario (duty counsel and legal aid): 416-979-1446 or 1-800-668-8258

    If you are in danger now, call 911. Be aware: contact with police can lead to CBSA (immigration) getting involved.

about-groups =
    Other groups that can help:
    • HALCO: free legal help for people living with HIV in Ontario, including immigration. 416-340-7790 or 1-888-705-8889
    • HIV Legal Network: wrote "The Carceral Web" with { $org }. hivlegalnetwork.ca
    • Maggie's Toronto, run by and for sex workers. maggiesto.org
    • Migrant Sex Workers Project: migrantsexworkersproject.com
    • SWAN Vancouver: swanvancouver.ca
    • Stella, Montreal: chezstella.org
