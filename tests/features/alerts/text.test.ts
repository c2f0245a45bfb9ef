import { describe, expect, it } from 'vitest';
import { alertMessage, sanitiseAlertText } from '../../../src/features/alerts/text.js';
import { MAX_LABEL_CHARS } from '../../../src/kernel/content/limits.js';
import { TELEGRAM_MAX_BUTTON_DATA_BYTES as MAX_CALLBACK_DATA_BYTES } from '../../../src/adapters/channels/telegram/capabilities.js';
import { decodeStaffAction, encodeStaffAction, type StaffActionOf } from '../../../src/kernel/staff/staff-action.js';
import { ALERTS_NODE_MESSAGES } from '../../../src/features/alerts/node.js';
import type { Alert } from '../../../src/features/alerts/port.js';
import { shippedContent } from '../../helpers/index.js';

describe('alert texts and buttons', () => {
  it('sanitises staff text: control characters, zero-width spaces and bidi overrides go; line breaks and emoji stay', () => {
    expect(sanitiseAlertText('  Bad client\u0007 at\u200B the \u202Eairport\u202C\r\n\r\n\r\n\r\nGrey van 👩‍⚕️  ')).toBe(
      'Bad client at the airport\n\nGrey van 👩‍⚕️',
    );
    expect(sanitiseAlertText(' \n\t ')).toBe('');
  });

  it('encodes card buttons within Telegram’s 64 bytes and reads them back; other data is not ours', () => {
    const buttons: StaffActionOf<'alert'>[] = [
      { type: 'alert_region', alertId: 999_999_999_999, region: 'elsewhere-in-can' },
      { type: 'alert_category', alertId: 7 },
      { type: 'alert_approve', alertId: 7 },
      { type: 'alert_cancel', alertId: 7 },
    ];
    for (const b of buttons) {
      const data = encodeStaffAction(b);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
      expect(decodeStaffAction(data)).toEqual(b);
    }
    // The wire form of cards already posted before the one staff codec.
    expect(decodeStaffAction('s:al:r:12:toronto')).toEqual({ type: 'alert_region', alertId: 12, region: 'toronto' });
    for (const other of ['s:claim:1', 's:al:ok:1:x', 's:al:r:1', 's:al:zz:1', 'main|alerts'])
      expect(decodeStaffAction(other)?.type.startsWith('alert_') ?? false, other).toBe(false);
  });

  it('keeps every alert button and region label within 32 characters, ✓ included, in every language', () => {
    const content = shippedContent();
    const ids = [
      'alerts-btn',
      ALERTS_NODE_MESSAGES.subscribeButton,
      ALERTS_NODE_MESSAGES.saveButton,
      ALERTS_NODE_MESSAGES.stopButton,
    ];
    const regions = (content.settings.regions ?? []).map((r) => r.label);
    expect(regions).toHaveLength(5);
    const long = content.settings.locales.enabled
      .flatMap((locale) => [
        ...ids.map((id) => content.translator.t(locale, id)),
        ...regions.map((id) => `${content.translator.t(locale, 'selected-mark')} ${content.translator.t(locale, id)}`),
      ])
      .filter((label) => [...label].length > MAX_LABEL_CHARS);
    expect(long).toEqual([]);
  });

  it('builds the message: header, the translation or the original with a note, and how to stop', () => {
    const content = shippedContent();
    const alert: Alert = {
      id: 1,
      status: 'sending',
      category: 'scam',
      regions: ['ottawa', 'montreal'],
      sourceText: 'Fake landlord asking for deposits.',
      translations: { fr: 'Faux propriétaire qui demande des dépôts.' },
      createdBy: 'Ana',
      approvals: [],
      threadId: null,
      cardMessageId: null,
      createdAt: 0,
      approvedAt: 0,
      finishedAt: null,
      recipients: 2,
      final: null,
    };
    const deps = { translator: content.translator, regions: content.settings.regions ?? [], defaultLocale: 'en' };
    expect(alertMessage(alert, 'fr', deps)?.text).toBe(
      "⚠️ Alerte sécurité · Arnaque · Ottawa, Montréal\n\nFaux propriétaire qui demande des dépôts.\n\nDe la part de Butterfly. Pour ne plus recevoir d'alertes sécurité, envoyez STOP.",
    );
    const th = alertMessage(alert, 'th', deps)!;
    expect(th.text.split('\n\n')).toEqual([
      '⚠️ ประกาศเตือนภัย · การหลอกลวง · ออตตาวา, มอนทรีออล',
      'ประกาศนี้ยังไม่มีฉบับภาษาไทย จึงส่งต้นฉบับมาให้',
      'Fake landlord asking for deposits.',
      'จาก Butterfly ถ้าต้องการหยุดรับประกาศเตือนภัย ส่ง หยุด หรือ STOP',
    ]);
    expect(th).toMatchObject({ kind: 'notice', locale: 'th', options: [], nav: [] });
    expect(alertMessage({ ...alert, regions: [] }, 'en', deps)?.text).toMatch(/^⚠️ Safety alert · Scam · all regions/);
    expect(alertMessage({ ...alert, sourceText: null }, 'en', deps)).toBeNull();
  });
});
