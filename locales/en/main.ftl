# System messages: language picker, main menu, help, navigation, fallbacks,
# keywords and Telegram command descriptions.
# Variables for every message: { $org } { $hotline } { $email } { $website }

## Language

# This language's own name, shown on the language picker.
language-name = English
language-prompt = Choose your language · 请选择语言

## Main menu

main-menu =
    Free information for people who do sex work or massage work in Canada, from { $org }, a peer-led support network.

    This bot never asks your name, immigration status or workplace.

    Choose a topic:
main-police = 👮 Police contact & arrest
main-immigration = 🛂 Immigration & CBSA
main-law = ⚖️ Criminal law
main-health = 🩺 Health: no health card needed
main-safety = 🛡️ Safety
main-about = ℹ️ About & contact
main-language = 🌐 Language · 语言

## Help

help =
    How to use this bot:
    • Tap a button to open a topic. On WhatsApp, reply with the number of your choice.
    • ⬅️ Back goes one screen back. 🏠 Main menu goes to the start.
    • Type /menu for the main menu, /language to change the language, and /help to see this screen again.

    Your privacy:
    • This bot never asks your name, immigration status, address or workplace. Please don't send them.
    • You can delete this chat from your phone at any time.

    The information here is general. For your own situation, talk to { $org } or a lawyer.

## Navigation and fallbacks

nav-back = ⬅️ Back
nav-home = 🏠 Main menu
more = More ➡️
selected-mark = ✓
fallback-not-understood = Sorry, I didn't understand that. Please use the buttons (on WhatsApp, reply with a number), or type /menu to see the main menu.
fallback-unsupported = Sorry, I can only read text and button taps. Please don't send photos or documents with personal information, such as ID cards.

# Added under every legal screen. Uses exactly { $sources } and { $date }.
legal-footer =
    General information, not legal advice. Laws change — talk to a lawyer.
    Sources: { $sources }
    Last checked: { $date }

## WhatsApp (numbered replies instead of buttons)

# Must contain the digits 0 (Back) and 9 (Main menu).
whatsapp-reply-hint = Reply with a number. 0 Back · 9 Main menu
whatsapp-reply-hint-home = Reply with a number.

## Keywords a person might type (comma-separated, lower case)

keywords-menu = menu, main menu, main, home, 菜单, 主菜单
keywords-back = back, go back, return, previous
keywords-language = language, languages, lang, english, chinese, 中文, 语言
keywords-help = help, how, instructions
keywords-stop = stop, unsubscribe

## Telegram command list (60 characters or fewer)

command-start = Start and show the main menu
command-menu = Main menu
command-language = Change the language
command-help = How to use this bot

## Talk to a peer supporter (hand-off)

main-handoff = 💬 Talk to a peer supporter
handoff-btn = 💬 Talk to a peer supporter
handoff-intro = Connecting you with a peer supporter…
handoff-opened =
    A peer supporter from { $org } will answer here soon. Everything you write now goes to them.

    You don't have to give your name. To end this chat, send /end.
handoff-queued =
    Your message will reach a peer supporter when the next shift starts. Write what you want them to know; they will answer here.

    To end this chat, send /end.
handoff-unavailable = Sorry, peer supporters cannot be reached through this chat right now. You can call { $org }: { $hotline }
handoff-off-hours =
    Peer supporters are not on shift right now. Their hours:
    { $hours }

    You can leave a message that they will see when the next shift starts, or call { $org }: { $hotline }
handoff-leave-message-btn = ✉️ Leave a message
handoff-joined = A peer supporter has joined the chat.
handoff-still-waiting =
    You are still in line (number { $position }). A peer supporter will answer as soon as they can.
    If you prefer, call { $org }: { $hotline }. To end this chat, send /end.
handoff-confirm-end = Do you want to end the chat with the peer supporter?
handoff-end-yes = Yes, end the chat
handoff-end-no = No, keep chatting
handoff-continuing = OK, the chat continues.
handoff-ended = The chat has ended. You can come back any time.
handoff-no-chat = You are not chatting with a peer supporter right now, so there is no chat to end.
handoff-closed-by-staff = The peer supporter has ended the chat. You can come back any time.
handoff-menu-paused = You are chatting with a peer supporter, so the menu is paused. To end the chat, send /end.
handoff-cannot-relay = Sorry, stickers and locations cannot be passed on. Please write in words. Don't share your location unless you choose to.

## More menu

main-more = ➕ More: about, language, help
more-menu = More options:
more-help = ❓ How to use this bot
