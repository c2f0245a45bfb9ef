# Privacy: delete my data, clear this chat, disappearing messages, "slow down".
# Variables for every message: { $org } { $hotline } { $email } { $website }

## The privacy screen (More → Privacy)

privacy-btn = 🔒 Privacy & deleting
privacy-intro =
    Your privacy:
    • 🧹 Clear this chat: the bot deletes the messages in this chat (those from the last 48 hours).
    • ⏱️ Disappearing messages: each message is deleted a while after it is sent.
    • 🗑️ Delete my data: the bot forgets everything it keeps about you.

    The bot keeps only your language, where you are in the menus and, encrypted, the id of this chat. It never stores what you write to a peer supporter.
privacy-clear-btn = 🧹 Clear this chat
privacy-disappear-btn = ⏱️ Disappearing messages
privacy-forget-btn = 🗑️ Delete my data
# { $after } is one of the durations below.
privacy-disappear-status-on = ⏱️ Disappearing messages: on. Each message is deleted { $after } after it is sent.
privacy-disappear-status-off = ⏱️ Disappearing messages: off.
privacy-disappear-prompt = Delete each message in this chat automatically after:
privacy-disappear-off-btn = Off
privacy-after-5m = 5 minutes
privacy-after-1h = 1 hour
privacy-after-24h = 24 hours

## Delete my data (/forget)

privacy-forget-confirm =
    Delete all your data?

    The bot will forget you: your language, your place in the menus, any callback request or alert subscription, and any chat with a peer supporter (it will end). It also deletes the messages in this chat where it can.

    This cannot be undone.
privacy-forget-yes = 🗑️ Yes, delete everything
privacy-forget-no = No, keep it
privacy-forget-cancelled = OK, nothing was deleted.
privacy-forgotten =
    Your data has been deleted. The bot no longer knows who you are; if you write again, it starts fresh.
    To remove this chat from your phone too, delete it in your app.

## Clear this chat (/clear)

privacy-cleared =
    🧹 Chat cleared. The bot cannot delete messages older than 48 hours: delete the chat in Telegram to remove everything.
    Send /menu to start again.
privacy-cleared-whatsapp =
    🧹 The bot deleted its messages in this chat. WhatsApp does not let it delete yours: open this chat's menu and choose "Clear chat".
    Send menu to start again.
privacy-clear-unavailable = This chat can't be cleared from here. Delete it in your app instead.

## Too many messages

privacy-slow-down = You are sending messages very fast. Please wait { $minutes } min: until then, the bot won't read what you send.

## Telegram command list (60 characters or fewer)

command-clear = Delete this chat
