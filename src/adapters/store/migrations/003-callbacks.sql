-- Callback requests. The phone number and the code word are encrypted with
-- DATA_KEY (AES-256-GCM, as identities are); the person is named only by
-- contact id, and the supporter who claimed a request by display name plus a
-- keyed hash of their id. Done and cancelled requests are deleted after
-- CALLBACK_RETENTION_DAYS (Callbacks.purge); a contact's requests go with them.
CREATE TABLE callbacks (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'done', 'cancelled')),
  channel TEXT NOT NULL,
  locale TEXT NOT NULL,
  language TEXT NOT NULL,
  slot TEXT NOT NULL,
  voicemail INTEGER NOT NULL,
  say_org INTEGER NOT NULL,
  phone BLOB NOT NULL,
  code_word BLOB,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT,
  claimed_by_key BLOB,
  thread_id INTEGER,
  card_message_id INTEGER,
  created_at INTEGER NOT NULL,
  claimed_at INTEGER,
  last_attempt_at INTEGER,
  closed_at INTEGER,
  closed_by TEXT CHECK (closed_by IN ('person', 'staff')),
  reveal_until INTEGER,
  remind_at INTEGER
);
-- One pending request per person, whatever arrives at once.
CREATE UNIQUE INDEX callbacks_one_pending ON callbacks (contact_id) WHERE status IN ('open', 'claimed');
CREATE INDEX callbacks_status ON callbacks (status, remind_at);
CREATE INDEX callbacks_closed ON callbacks (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX callbacks_reveal ON callbacks (reveal_until) WHERE reveal_until IS NOT NULL;

-- Topics of the staff group that a feature creates once and reuses (e.g. "Callbacks"), by name.
CREATE TABLE staff_topics (
  name TEXT PRIMARY KEY,
  thread_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
