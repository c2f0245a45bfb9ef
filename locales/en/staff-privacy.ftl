# Staff-facing privacy texts (the staff group). Required in the default locale only.
# Never put a name, username, phone number or chat id in these.

staff-case-forgotten = The person used "Delete my data": this case is closed and the bot no longer knows who they were. What was written here stays in this topic until you delete the topic.
staff-banned = Case { $case }: this person's messages are no longer passed on (they are told peer supporters can't be reached through the chat). Send /unban in this topic to undo it.
staff-unbanned = Case { $case }: this person's messages are passed on again.
staff-relay-cut = ✂️ (cut: the message was longer than { $max } characters)
