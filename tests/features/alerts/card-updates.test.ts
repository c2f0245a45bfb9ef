import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertCardUpdates } from '../../../src/features/alerts/card-updates.js';
import { createLogger } from '../../../src/kernel/log.js';
import type { Alert } from '../../../src/features/alerts/port.js';
import { FakeStaffDesk } from '../../helpers/fake-staff-desk.js';
import { shippedContent } from '../../helpers/index.js';

describe('alert card updates', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('edits live counts at most once per throttle period, with a trailing edit, then the final card and a summary', async () => {
    const desk = new FakeStaffDesk();
    const cardId = await desk.post(undefined, 'card', [{ label: 'x', action: { type: 'alert_cancel', alertId: 3 } }]);
    let now = 0;
    let sent = 0;
    const alert: Alert = {
      id: 3,
      status: 'sending',
      category: 'health',
      regions: [],
      sourceText: 'Text',
      translations: {},
      createdBy: 'Ana',
      approvals: ['a', 'b'],
      threadId: null,
      cardMessageId: cardId,
      createdAt: 0,
      approvedAt: 0,
      finishedAt: null,
      recipients: 10,
      final: null,
    };
    const edits: string[] = [];
    const edit = desk.edit.bind(desk);
    desk.edit = async (thread, id, text, buttons) => {
      edits.push(text);
      await edit(thread, id, text, buttons);
    };
    const content = shippedContent();
    const updates = new AlertCardUpdates({
      desk,
      alerts: { get: async () => alert },
      queue: { counts: async () => ({ pending: 10 - sent, sending: 0, sent, failed: 0, unsubscribed: 0 }) },
      card: () => ({
        translator: content.translator,
        locale: 'en',
        regions: content.settings.regions ?? [],
        locales: ['en'],
        required: 2,
      }),
      clock: { now: () => now },
      log: createLogger('silent'),
      throttleMs: 5_000,
    });
    for (sent = 1; sent <= 4; sent++) updates.progress(3);
    await updates.settled();
    expect(edits).toHaveLength(1);
    now = 5_000;
    vi.advanceTimersByTime(5_000);
    await updates.settled();
    expect(edits).toHaveLength(2);
    expect(edits[1]).toContain('sent 5');

    sent = 10;
    updates.progress(3, {
      ...alert,
      status: 'done',
      sourceText: null,
      final: { pending: 0, sending: 0, sent: 10, failed: 0, unsubscribed: 0 },
    });
    await updates.settled();
    expect(edits).toHaveLength(3);
    expect(edits[2]).toContain('Safety alert #3 · sent');
    expect(desk.general.at(-1)!.text).toMatch(/^Alert #3 finished: 10 sent/);
    updates.stop();
  });
});
