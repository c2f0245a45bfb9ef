import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeStaffAction,
  encodeStaffAction,
  MAX_STAFF_ACTION_BYTES,
  type StaffAction,
} from '../../../src/kernel/staff/staff-action.js';

const id = fc.integer({ min: 1, max: 999_999_999_999 });
const region = fc.stringMatching(/^[a-z0-9-]{1,16}$/);

/** Every member of the union, with any id (and region) a card can carry. */
const action: fc.Arbitrary<StaffAction> = fc.oneof(
  id.map((caseId): StaffAction => ({ type: 'case_claim', caseId })),
  fc
    .tuple(
      fc.constantFrom(
        'callback_claim',
        'callback_show',
        'callback_done',
        'callback_no_answer',
        'callback_cancel',
      ) satisfies fc.Arbitrary<StaffAction['type']>,
      id,
    )
    .map(([type, requestId]): StaffAction => ({ type, requestId })),
  fc
    .tuple(fc.constantFrom('alert_category', 'alert_approve', 'alert_cancel'), id)
    .map(([type, alertId]): StaffAction => ({ type, alertId })),
  fc.tuple(id, region).map(([alertId, r]): StaffAction => ({ type: 'alert_region', alertId, region: r })),
);

describe('StaffAction codec', () => {
  it('reads back every action it writes, within Telegram’s 64 bytes of callback_data', () => {
    fc.assert(
      fc.property(action, (a) => {
        const data = encodeStaffAction(a);
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_STAFF_ACTION_BYTES);
        expect(decodeStaffAction(data)).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only what it writes: any string it decodes is written back byte for byte', () => {
    const near = fc.oneof(
      fc.string({ maxLength: 70 }),
      fc
        .tuple(
          fc.constantFrom('s:claim:', 's:cb:claim:', 's:cb:noans:', 's:al:r:', 's:al:ok:', 's:al:x:', 's:xx:'),
          fc.string({ maxLength: 30 }),
        )
        .map(([prefix, rest]) => prefix + rest),
      action.chain((a) =>
        fc.tuple(fc.nat({ max: 40 }), fc.string({ maxLength: 3 })).map(([at, noise]) => {
          const data = encodeStaffAction(a);
          return data.slice(0, at) + noise + data.slice(at);
        }),
      ),
    );
    fc.assert(
      fc.property(near, (data) => {
        const decoded = decodeStaffAction(data);
        if (decoded) expect(encodeStaffAction(decoded)).toBe(data);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the wire form of cards already posted in the staff group', () => {
    expect(decodeStaffAction('s:claim:42')).toEqual({ type: 'case_claim', caseId: 42 });
    expect(decodeStaffAction('s:cb:claim:7')).toEqual({ type: 'callback_claim', requestId: 7 });
    expect(decodeStaffAction('s:cb:show:7')).toEqual({ type: 'callback_show', requestId: 7 });
    expect(decodeStaffAction('s:cb:done:7')).toEqual({ type: 'callback_done', requestId: 7 });
    expect(decodeStaffAction('s:cb:noans:7')).toEqual({ type: 'callback_no_answer', requestId: 7 });
    expect(decodeStaffAction('s:cb:cancel:7')).toEqual({ type: 'callback_cancel', requestId: 7 });
    expect(decodeStaffAction('s:al:r:3:toronto')).toEqual({ type: 'alert_region', alertId: 3, region: 'toronto' });
    expect(decodeStaffAction('s:al:c:3')).toEqual({ type: 'alert_category', alertId: 3 });
    expect(decodeStaffAction('s:al:ok:3')).toEqual({ type: 'alert_approve', alertId: 3 });
    expect(decodeStaffAction('s:al:x:3')).toEqual({ type: 'alert_cancel', alertId: 3 });
  });

  it.each([
    ['a person’s menu button', 'main|police'],
    ['empty', ''],
    ['no id', 's:claim:'],
    ['id zero', 's:claim:0'],
    ['a leading zero', 's:cb:claim:01'],
    ['a negative id', 's:claim:-1'],
    ['thirteen digits', `s:claim:${'9'.repeat(13)}`],
    ['a letter in the id', 's:cb:show:1a'],
    ['an unknown tag', 's:cb:steal:1'],
    ['an unknown family', 's:zz:claim:1'],
    ['no prefix', 'claim:1'],
    ['a region where none belongs', 's:al:ok:1:x'],
    ['a region missing', 's:al:r:1'],
    ['an empty region', 's:al:r:1:'],
    ['an upper-case region', 's:al:r:1:Toronto'],
    ['a region too long', `s:al:r:1:${'a'.repeat(17)}`],
    ['a trailing colon', 's:claim:1:'],
    ['surrounding space', ' s:claim:1'],
    ['a newline', 's:claim:1\n'],
    ['upper case', 'S:CLAIM:1'],
    ['over 64 bytes', `s:al:r:1:${'a'.repeat(60)}`],
  ])('gives null for malformed data: %s', (_why, data) => {
    expect(decodeStaffAction(data)).toBeNull();
  });

  it('gives null for anything that is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['s:claim:1']]) expect(decodeStaffAction(value)).toBeNull();
  });

  it('refuses to write a button that could never be read back', () => {
    expect(() => encodeStaffAction({ type: 'case_claim', caseId: 0 })).toThrow(RangeError);
    expect(() => encodeStaffAction({ type: 'callback_done', requestId: 1.5 })).toThrow(RangeError);
    expect(() => encodeStaffAction({ type: 'alert_approve', alertId: 10 ** 12 })).toThrow(RangeError);
    expect(() => encodeStaffAction({ type: 'alert_region', alertId: 1, region: 'Toronto West' })).toThrow(RangeError);
  });
});
