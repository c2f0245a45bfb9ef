-- Hand-off cases. The id is the case number staff see. No message text is
-- ever stored: only counts, and (while open) the ids needed for threading.
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'waiting', 'claimed', 'closed')),
  channel TEXT NOT NULL,
  locale TEXT NOT NULL,
  from_screen TEXT,
  thread_id INTEGER,
  card_message_id INTEGER,
  claimed_by TEXT,
  opened_at INTEGER NOT NULL,
  claimed_at INTEGER,
  closed_at INTEGER,
  reminded_at INTEGER,
  messages_in INTEGER NOT NULL DEFAULT 0,
  messages_out INTEGER NOT NULL DEFAULT 0
);
-- One open case per person, whatever arrives at once.
CREATE UNIQUE INDEX cases_one_open ON cases (contact_id) WHERE status != 'closed';
CREATE UNIQUE INDEX cases_thread ON cases (thread_id) WHERE status != 'closed' AND thread_id IS NOT NULL;
CREATE INDEX cases_status ON cases (status, opened_at);
