# Staff-facing texts (the staff group). Required in the default locale only.
# Never put a name, username, phone number or chat id in these.

staff-topic-name = { $case } · { $language } · { $channel }
staff-case-card =
    Case { $case }
    Language: { $language }
    Channel: { $channel }
    Came from: { $screen }
    Waited: { $waited } min
    Status: { $status }
    Peer supporter: { $supporter }

    Reply in this topic to answer. /close ends the chat.
staff-claim-btn = 🙋 Claim
staff-case-summary = Case { $case } closed ({ $by }). Duration: { $minutes } min. Messages in: { $in }, out: { $out }. Nothing was stored.
staff-not-a-case = This topic is not an open case.
staff-already-claimed = Someone else has already claimed this case.
staff-whatsapp-pairing = WhatsApp needs pairing: someone with the bot's phone must scan the QR code shown in the server's terminal (or use the pairing code). See docs/deploy.md.
staff-whatsapp-logged-out = WhatsApp logged out: the bot's phone must be paired again. Until then WhatsApp users get no answers. See docs/deploy.md.
