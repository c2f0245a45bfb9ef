# Callback requests in the staff group (src/app/callback-cards.ts). Required in the default locale only.
# Cards never show the phone number, except while a reveal is running (docs/callbacks.md).
# Never put a name, username or chat id in these.

staff-callback-topic-name = 📞 Callbacks
staff-callback-card =
    📞 Call back { $request }
    Status: { $status }
    When: { $when } (asked { $asked })
    Language: { $language }
    Voicemail OK: { $voicemail }
    May say "{ $org }": { $sayorg }
    Code word: { $code }
    Attempts so far: { $attempts }
    Chat: { $channel }
staff-callback-reminder = ⏰ Reminder: this request is still waiting for someone to claim it.
staff-callback-reposted = { $request } is still unclaimed: posted again below.
staff-callback-status-open = open, not claimed yet
staff-callback-status-claimed = claimed by { $supporter }
staff-callback-status-done = done ✅ ({ $supporter })
staff-callback-status-cancelled-person = cancelled by the person
staff-callback-status-cancelled-staff = cancelled by staff
staff-callback-code-yes = yes (comes with the number)
staff-callback-code-none = none
staff-callback-revealed =
    ☎️ { $phone } · code word: { $code }
    Visible to the whole group until { $until }, then removed. Note it down now.
staff-callback-direct =
    📞 Call back { $request } (you claimed it)
    Number: { $phone }
    Code word: { $code }
    When: { $when } (asked { $asked })
    Language: { $language }
    Voicemail OK: { $voicemail }
    May say "{ $org }": { $sayorg }

    Only you got this number. Delete this message after the call, and mark the card ✅ Done or 📵 No answer.
staff-callback-claim-btn = 🙋 Claim
staff-callback-show-btn = 📞 Number again
staff-callback-done-btn = ✅ Done
staff-callback-no-answer-btn = 📵 No answer
staff-callback-cancel-btn = ✖️ Cancel request
staff-callback-sent-privately = The number is in your private chat with the bot.
staff-callback-shown-on-card = The bot cannot message you privately, so the number is on the card for { $minutes } min. Open the bot and press Start to get numbers privately.
staff-callback-taken = Someone else has already claimed this request.
staff-callback-closed = This request is already closed.
staff-callback-not-yours = Only the supporter who claimed this request can see the number.
staff-callback-claim-first = Claim the request first.
