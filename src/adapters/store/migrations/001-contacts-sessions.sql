-- Contacts: one row per person per channel. No identifier in plaintext:
-- `lookup` is HMAC-SHA256(channel id), `address` is AES-256-GCM(channel id).
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  channel TEXT NOT NULL,
  lookup BLOB NOT NULL,
  address BLOB NOT NULL,
  locale TEXT,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  unreachable_at INTEGER,
  UNIQUE (channel, lookup)
);
CREATE INDEX contacts_last_seen ON contacts (last_seen_at);

-- Engine state, encrypted (forms may hold answers such as a phone number).
CREATE TABLE sessions (
  contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Platform update ids already handled, so a re-delivered update is not handled twice.
CREATE TABLE processed_updates (
  channel TEXT NOT NULL,
  update_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (channel, update_id)
);
CREATE INDEX processed_updates_at ON processed_updates (at);

-- Facts about the store itself (the DATA_KEY fingerprint).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
