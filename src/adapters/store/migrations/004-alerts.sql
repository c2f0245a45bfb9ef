-- Safety alerts (docs/alerts.md).

-- Who gets alerts for which regions. A stopped subscription keeps its regions
-- so START resumes it; it is deleted after ALERT_RETENTION_DAYS, and with the
-- contact ("forget me").
CREATE TABLE alert_subscriptions (
  contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
  regions TEXT NOT NULL DEFAULT '[]',          -- JSON array of region ids; [] = everywhere
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX alert_subscriptions_active ON alert_subscriptions (active, updated_at);

-- Alerts. The texts are staff-written and sanitised, kept only until the alert
-- is done or cancelled. Staff appear as the composer's display name and as
-- keyed hashes of the approvers' ids, never as ids or names of approvers.
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'sending', 'done', 'cancelled')),
  category TEXT NOT NULL CHECK (category IN ('bad_client', 'police', 'health', 'scam', 'other')),
  regions TEXT NOT NULL DEFAULT '[]',          -- JSON array of region ids; [] = every subscriber
  source_text TEXT,                            -- NULL once done or cancelled
  translations TEXT NOT NULL DEFAULT '{}',     -- JSON { locale: text }; emptied once done or cancelled
  created_by TEXT NOT NULL,
  approvals TEXT NOT NULL DEFAULT '[]',        -- JSON array of keyed hashes, each staff member once
  thread_id INTEGER,
  card_message_id INTEGER,
  created_at INTEGER NOT NULL,
  approved_at INTEGER,
  finished_at INTEGER,
  recipients INTEGER NOT NULL DEFAULT 0,
  sent_count INTEGER,
  failed_count INTEGER,
  unsubscribed_count INTEGER
);
CREATE INDEX alerts_status ON alerts (status, created_at);
CREATE INDEX alerts_card ON alerts (card_message_id);

-- The durable outbox: one row per recipient, no text. `sending` is set before
-- a send and settled after it, so a crash leaves only in-flight rows unsure.
CREATE TABLE alert_deliveries (
  alert_id INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'unsubscribed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL DEFAULT 0,          -- a failed send waits until then before its next attempt
  updated_at INTEGER NOT NULL,
  UNIQUE (alert_id, contact_id)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (state, next_at);
CREATE INDEX alert_deliveries_updated ON alert_deliveries (updated_at);
