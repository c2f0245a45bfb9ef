import { describe, expect, it } from 'vitest';
import { checkCode, checkPhone, readSubmission } from '../../../src/features/callbacks/form.js';
import { fixtureEnv } from '../../kernel/engine/fixture-graph.js';

describe('callback form checks (pure)', () => {
  const bare = { ...fixtureEnv(), services: undefined };

  it('without an injected validator, takes 10 digits as a Canadian number or + and 8–15 digits', () => {
    expect(checkPhone('416 555 0123', bare)).toEqual({
      ok: true,
      phone: { e164: '+14165550123', display: '+14165550123' },
    });
    expect(checkPhone('+44 20 7946 0958', bare)).toEqual({
      ok: true,
      phone: { e164: '+442079460958', display: '+442079460958' },
    });
    expect(checkPhone('555 0123', bare)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses letters, symbols and overlong answers before any validator runs', () => {
    let calls = 0;
    const counting = { ...fixtureEnv(), services: { phone: () => (calls++, null) } };
    expect(checkPhone('four one six', counting)).toEqual({ ok: false, reason: 'letters' });
    expect(checkPhone('416*555*0123', counting)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkPhone('4'.repeat(41), counting)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkPhone('   ', counting)).toEqual({ ok: false, reason: 'invalid' });
    expect(calls).toBe(0);
  });

  it('survives a validator that throws or returns nonsense', () => {
    const throwing = {
      ...fixtureEnv(),
      services: {
        phone: (): never => {
          throw new Error('boom');
        },
      },
    };
    expect(checkPhone('416 555 0123', throwing)).toEqual({ ok: false, reason: 'invalid' });
    const odd = { ...fixtureEnv(), services: { phone: () => ({ e164: 1 }) as never } };
    expect(checkPhone('416 555 0123', odd)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes a code word of one or two sayable words', () => {
    expect(checkCode('  Blue   lotus ')).toBe('Blue lotus');
    expect(checkCode('莲花')).toBe('莲花');
    expect(checkCode('７７')).toBe('77');
    expect(checkCode('🌸')).toBeNull();
    expect(checkCode('lotus 🌸')).toBeNull();
    expect(checkCode('...')).toBeNull();
    expect(checkCode('a\u0000b')).toBeNull();
    expect(checkCode('x'.repeat(31))).toBeNull();
  });

  it('reads a submission only when every answer is there and well-typed', () => {
    const ok = {
      phone: { e164: '+14165550123', display: '+1 416 555 0123' },
      language: 'en',
      slot: 'any',
      voicemail: true,
      sayOrg: false,
      code: null,
    };
    expect(readSubmission(ok)).toEqual(ok);
    expect(readSubmission({ ...ok, slot: 'midnight' })).toBeNull();
    expect(readSubmission({ ...ok, voicemail: 'yes' })).toBeNull();
    expect(readSubmission({ ...ok, code: 5 })).toBeNull();
    expect(readSubmission({ ...ok, phone: '+14165550123' })).toBeNull();
    expect(readSubmission(undefined)).toBeNull();
  });
});
