import type { CallbackSlot } from './form.js';
import type { CallbackRequest, CallbackSecrets, CallbackStatus, CallbackStore, NewCallback } from './port.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import type { IdentityCipher } from '../../adapters/store/identity-cipher.js';
import type { Database } from '../../adapters/store/sqlite.js';

interface CallbackRow {
  id: number;
  contact_id: number;
  status: CallbackStatus;
  channel: ChannelName;
  locale: string;
  language: string;
  slot: CallbackSlot;
  voicemail: number;
  say_org: number;
  phone: Buffer;
  code_word: Buffer | null;
  attempts: number;
  claimed_by: string | null;
  claimed_by_key: Buffer | null;
  thread_id: number | null;
  card_message_id: number | null;
  created_at: number;
  claimed_at: number | null;
  last_attempt_at: number | null;
  closed_at: number | null;
  closed_by: 'person' | 'staff' | null;
  reveal_until: number | null;
  remind_at: number | null;
}

const toRequest = (r: CallbackRow): CallbackRequest => ({
  id: r.id,
  contactId: r.contact_id,
  status: r.status,
  channel: r.channel,
  locale: r.locale,
  language: r.language,
  slot: r.slot,
  voicemail: r.voicemail === 1,
  sayOrg: r.say_org === 1,
  hasCode: r.code_word !== null,
  attempts: r.attempts,
  claimedBy: r.claimed_by,
  threadId: r.thread_id,
  cardMessageId: r.card_message_id,
  createdAt: r.created_at,
  claimedAt: r.claimed_at,
  lastAttemptAt: r.last_attempt_at,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  revealUntil: r.reveal_until,
  remindAt: r.remind_at,
});

const PENDING = "status IN ('open', 'claimed')";
/** The lookup namespace of staff ids: a keyed hash tells "the same supporter" without keeping their id. */
const STAFF_NAMESPACE = 'staff-callback';

/**
 * CallbacksRepo can be used to keep callback requests in SQLite with the phone
 * number and code word encrypted (tests/features/callbacks/callbacks-repo.test.ts scans
 * the file and its WAL for them).
 */
export class CallbacksRepo implements CallbackStore {
  constructor(
    private readonly db: Database,
    private readonly cipher: IdentityCipher,
  ) {}

  create(input: NewCallback) {
    return this.db.transaction(async (tx) => {
      const existing = await tx.get<CallbackRow>(`SELECT * FROM callbacks WHERE contact_id = ? AND ${PENDING}`, [
        input.contactId,
      ]);
      if (existing) return { request: toRequest(existing), created: false };
      const { lastID } = await tx.run(
        `INSERT INTO callbacks (contact_id, status, channel, locale, language, slot, voicemail, say_org, phone, code_word, created_at, remind_at)
         VALUES (?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          input.contactId,
          input.channel,
          input.locale,
          input.language,
          input.slot,
          input.voicemail ? 1 : 0,
          input.sayOrg ? 1 : 0,
          this.cipher.encrypt(JSON.stringify({ e164: input.phone.e164, display: input.phone.display })),
          input.code === null ? null : this.cipher.encrypt(input.code),
          input.now,
          input.remindAt,
        ],
      );
      const row = await tx.get<CallbackRow>('SELECT * FROM callbacks WHERE id = ?', [lastID]);
      return { request: toRequest(row!), created: true };
    });
  }

  async get(id: number) {
    const row = await this.db.get<CallbackRow>('SELECT * FROM callbacks WHERE id = ?', [id]);
    return row && toRequest(row);
  }

  async pendingFor(contactId: number) {
    const row = await this.db.get<CallbackRow>(`SELECT * FROM callbacks WHERE contact_id = ? AND ${PENDING}`, [
      contactId,
    ]);
    return row && toRequest(row);
  }

  async secrets(id: number): Promise<CallbackSecrets | undefined> {
    const row = await this.db.get<Pick<CallbackRow, 'phone' | 'code_word'>>(
      'SELECT phone, code_word FROM callbacks WHERE id = ?',
      [id],
    );
    if (!row) return undefined;
    const phone = JSON.parse(this.cipher.decrypt(row.phone)) as CallbackSecrets['phone'];
    return { phone, code: row.code_word ? this.cipher.decrypt(row.code_word) : null };
  }

  async setCard(id: number, threadId: number, cardMessageId: number) {
    await this.db.run('UPDATE callbacks SET thread_id = ?, card_message_id = ? WHERE id = ?', [
      threadId,
      cardMessageId,
      id,
    ]);
  }

  claim(id: number, staff: { id: string; name: string }, now: number) {
    return this.update(
      id,
      "status = 'claimed', claimed_by = ?, claimed_by_key = ?, claimed_at = ? WHERE id = ? AND status = 'open'",
      [staff.name, this.staffKey(staff.id), now, id],
    );
  }

  async isClaimer(id: number, staffUserId: string) {
    const row = await this.db.get<{ key: Buffer | null }>(
      "SELECT claimed_by_key AS key FROM callbacks WHERE id = ? AND status = 'claimed'",
      [id],
    );
    return !!row?.key && row.key.equals(this.staffKey(staffUserId));
  }

  async setReveal(id: number, until: number | null) {
    await this.db.run('UPDATE callbacks SET reveal_until = ? WHERE id = ?', [until, id]);
  }

  noAnswer(id: number, now: number, remindAt: number) {
    return this.update(
      id,
      "status = 'open', attempts = attempts + 1, last_attempt_at = ?, claimed_by = NULL, claimed_by_key = NULL, reveal_until = NULL, remind_at = ? WHERE id = ? AND status = 'claimed'",
      [now, remindAt, id],
    );
  }

  close(
    id: number,
    status: 'done' | 'cancelled',
    input: { from: readonly CallbackStatus[]; by: 'person' | 'staff'; now: number },
  ) {
    const from = input.from.filter((s) => s === 'open' || s === 'claimed');
    if (!from.length) return Promise.resolve(undefined);
    return this.update(
      id,
      `status = ?, closed_at = ?, closed_by = ?, reveal_until = NULL, remind_at = NULL WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`,
      [status, input.now, input.by, id, ...from],
    );
  }

  async setRemindAt(id: number, at: number) {
    await this.db.run('UPDATE callbacks SET remind_at = ? WHERE id = ?', [at, id]);
  }

  async revealsDue(now: number) {
    return (
      await this.db.all<CallbackRow>(
        'SELECT * FROM callbacks WHERE reveal_until IS NOT NULL AND reveal_until <= ? ORDER BY reveal_until',
        [now],
      )
    ).map(toRequest);
  }

  async remindersDue(now: number) {
    return (
      await this.db.all<CallbackRow>(
        "SELECT * FROM callbacks WHERE status = 'open' AND remind_at IS NOT NULL AND remind_at <= ? AND card_message_id IS NOT NULL ORDER BY created_at, id",
        [now],
      )
    ).map(toRequest);
  }

  async unposted() {
    return (
      await this.db.all<CallbackRow>(
        `SELECT * FROM callbacks WHERE ${PENDING} AND card_message_id IS NULL ORDER BY created_at, id`,
      )
    ).map(toRequest);
  }

  async purge(closedBefore: number) {
    const { changes } = await this.db.run(
      "DELETE FROM callbacks WHERE status IN ('done', 'cancelled') AND closed_at <= ?",
      [closedBefore],
    );
    return changes;
  }

  async topic(name: string) {
    return (
      (await this.db.get<{ thread_id: number }>('SELECT thread_id FROM staff_topics WHERE name = ?', [name]))
        ?.thread_id ?? null
    );
  }

  async setTopic(name: string, threadId: number | null, now: number) {
    if (threadId === null) await this.db.run('DELETE FROM staff_topics WHERE name = ?', [name]);
    else
      await this.db.run(
        'INSERT INTO staff_topics (name, thread_id, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET thread_id = excluded.thread_id, created_at = excluded.created_at',
        [name, threadId, now],
      );
  }

  private staffKey(staffUserId: string): Buffer {
    return this.cipher.lookup(STAFF_NAMESPACE, staffUserId);
  }

  /** Runs `UPDATE callbacks SET <sql>` and returns the row when exactly it changed. */
  private update(id: number, sql: string, params: (string | number | Buffer | null)[]) {
    return this.db.transaction(async (tx) => {
      const { changes } = await tx.run(`UPDATE callbacks SET ${sql}`, params);
      if (changes !== 1) return undefined;
      return toRequest((await tx.get<CallbackRow>('SELECT * FROM callbacks WHERE id = ?', [id]))!);
    });
  }
}
