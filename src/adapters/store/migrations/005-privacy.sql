-- Privacy (docs/threat-model.md): "clear this chat", disappearing messages, staff /ban.

-- Ids of the messages in a person's chat (the bot's, and on Telegram the
-- person's own), kept only so "clear this chat" and disappearing messages can
-- delete them. Telegram lets bots delete messages for 48 hours, so rows older
-- than that are purged. `ref` is AES-256-GCM(message id): WhatsApp ids embed
-- the phone number. Deleted with the contact ("forget me").
CREATE TABLE chat_messages (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  ref BLOB NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX chat_messages_contact ON chat_messages (contact_id, sent_at);
CREATE INDEX chat_messages_sent ON chat_messages (sent_at);

-- Disappearing messages: each message in the chat is deleted this many minutes after it was sent; NULL = off.
ALTER TABLE contacts ADD COLUMN disappear_minutes INTEGER;
-- Set by a peer supporter's /ban in a case topic: the person's messages are no longer relayed; NULL = not banned.
ALTER TABLE contacts ADD COLUMN banned_at INTEGER;
