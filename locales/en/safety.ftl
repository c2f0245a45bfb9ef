# Safety. Flow: flows/safety.yaml
# The bot does NOT collect bad-date reports. It points to peer groups only.

safety-menu =
    Safety tips from groups led by sex workers.
    Violence is never your fault. Choose a topic:
safety-tips-btn = Safety planning tips
safety-after-btn = 🚨 After a robbery or assault
safety-bad-date-btn = Bad-date warning lists

safety-tips =
    Safety planning tips:
    • Trust your gut. Violence is never your fault, even if you didn't follow a tip.
    • Use a separate work number: a second phone number or an app.
    • Safe call: tell a trusted friend where the booking is, and check in before and after.
    • Screening: keep the client's number and check it against bad-date lists.
    • Agree on the price and services first, and get paid upfront.

safety-tips-2 =
    More tips:
    • Know where the exits are, and don't let the client block them.
    • Keep a speed-dial contact and a whistle or alarm close to you.
    • Avoid wearing necklaces or scarves while you work.
    • Text the client's car plate to a friend.
    • Work with friends when you can (see "What is legal for you" below).

safety-after =
    After a robbery or assault:
    • First, get to a safe place. Then call { $org }.
    • Medical care is separate from police. You can get care without reporting.
    • After sexual assault: Women's College Hospital, 24/7: 416-323-6040. PEP (to prevent HIV) must start within 72 hours.
    • There is no time limit to report a sexual offence to police. You can decide later.
    • Before going to police, talk to { $org } or a lawyer (see More).

    If you are in danger now, call 911. Be aware: contact with police can lead to CBSA (immigration) getting involved.
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 or 1-800-668-8258

safety-after-2 =
    Thinking about going to police?
    • Toronto Police say workers who report being harmed at work will not be arrested, and that reporting will not affect their status. They also say officers may ask about status in some cases.
    • But { $org } members have been arrested or deported after contact with police. A 2015 report found Toronto Police contacted CBSA thousands of times.
    • The choice is yours. Talk to { $org } or a lawyer first.

    You can also warn other workers through a bad-date list (see Safety).

safety-bad-date =
    Bad-date warning lists:
    A "bad date" is someone who is rude, steals, refuses to pay, threatens you or is violent. Peer groups keep lists so workers can warn each other.

    This bot does not collect reports. Please don't send details here.

    Where to share or check a warning:
    • Montreal: Stella's bad-client list. chezstella.org
    • Vancouver: SWAN, by phone or text. swanvancouver.ca
    • BC: BC BDAR, a province-wide bad-date system. bcbdar.org
    • Toronto: ask { $org }: { $hotline }

safety-bad-date-2 =
    What to write down for a report:
    • Date, time and place
    • What the person and the car looked like
    • Licence plate
    • Phone number
    • What happened
