# Callback requests: the `callback` node's form (src/engine/nodes/callback.ts) and
# what the app tells people about their request (src/app/callbacks.ts).
# Variables for every message: { $org } { $hotline } { $email } { $website }
# Button labels (…-btn, callback-yes/no, callback-when-*, callback-field-*) stay within 32 characters.

main-callback = 📞 Ask for a call back
handoff-callback-btn = 📞 Ask for a call back instead

## The form, one question at a time

callback-intro = A peer supporter from { $org } can call you. A few short questions, one at a time. You can cancel at any time.
callback-ask-phone =
    What number should we call? For example: 416 555 0123
    For a number outside Canada, start with + and the country code, for example +86 139 1234 5678.
# Only on WhatsApp, when the chat itself has a phone number.
callback-ask-phone-chat = Or tap the button to use the number of this WhatsApp chat: { $number }
callback-use-chat-btn = 📱 Use this WhatsApp number
callback-phone-invalid =
    Sorry, that doesn't look like a phone number I can use. Please write the number with its area code, for example: 416 555 0123
    For a number outside Canada, start with + and the country code.
callback-phone-letters = Please write the phone number with digits only, no letters or words. For example: 416 555 0123
callback-confirm-phone = We will call { $number }. Is that right?
callback-right-btn = ✅ Yes, that's right
callback-change-btn = ✏️ Change it
callback-ask-language = Which language would you like for the call?
callback-ask-when = When is a good time for the call?
callback-when-today-morning = Today, morning
callback-when-today-afternoon = Today, afternoon
callback-when-today-evening = Today, evening
callback-when-tomorrow-morning = Tomorrow, morning
callback-when-tomorrow-afternoon = Tomorrow, afternoon
callback-when-tomorrow-evening = Tomorrow, evening
callback-when-any = Any time
callback-ask-voicemail = If you don't answer, is it safe for us to leave a voicemail?
callback-ask-org = Is it safe for the caller to say they are from { $org }? If not, they will not say the name.
callback-yes = ✅ Yes
callback-no = 🚫 No
callback-ask-code =
    You can choose a code word. The caller will say it first, so you know the call is from us.
    Write one or two words, or tap Skip.
callback-skip-btn = ⏭️ Skip
callback-code-invalid = Please write one or two short words (30 characters at most) that the caller can say. Emoji cannot be said on the phone.
callback-confirm-code = Your code word: { $code }. Is that right?
callback-code-none = none
# { $language }, { $when }, { $voicemail }, { $sayorg } and { $code } are filled in from the answers.
callback-summary =
    Please check your request:
    📞 Number: { $number }
    🗣️ Language: { $language }
    🕒 When: { $when }
    📨 Voicemail OK: { $voicemail }
    🏷️ Caller may say { $org }: { $sayorg }
    🔑 Code word: { $code }
callback-send-btn = ✅ Send my request
callback-edit-btn = ✏️ Change an answer
callback-cancel-btn = ✖️ Cancel
callback-edit-which = Which answer do you want to change?
callback-field-phone = 📞 Number
callback-field-language = 🗣️ Language
callback-field-when = 🕒 When
callback-field-voicemail = 📨 Voicemail
callback-field-org = 🏷️ Saying our name
callback-field-code = 🔑 Code word
callback-summary-btn = ↩️ Back to the summary
callback-cancelled = OK, nothing was sent. Your answers were deleted.
callback-unavailable = Sorry, call back requests cannot be taken through this chat right now. You can call { $org }: { $hotline }

## A pending request (shown instead of the form)

callback-pending =
    You have asked for a call back:
    🕒 { $when }
    📞 Number ending in { $last }
    Status: { $status }
callback-status-open = waiting for a peer supporter
callback-status-claimed = a peer supporter will call you
callback-withdraw-btn = ✖️ Cancel my request
callback-withdraw-confirm = Do you want to cancel your call back request?
callback-withdraw-yes = Yes, cancel it
callback-withdraw-no = No, keep it
callback-kept = OK, your request stays.

## Messages about a request

callback-sent =
    Thank you, your request has been sent. A peer supporter from { $org } will call you ({ $when }).
    To see or cancel it, choose 📞 Ask for a call back in the menu.
callback-withdrawn = Your call back request has been cancelled and will be deleted.
callback-already-closed = This request is already closed.
callback-done = Your call back request is complete. If you need anything else, you can write here or ask for a call back again.
callback-missed = A peer supporter tried to call you but could not reach you. They will try again. You can cancel the request from the menu.
callback-cancelled-by-staff = Your call back request was closed by a peer supporter. If you still want a call, you can ask again from the menu, or call { $org }: { $hotline }
