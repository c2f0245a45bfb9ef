import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/main/config.js';
import { randomKey } from '../../../helpers/index.js';

describe('WhatsApp configuration', () => {
  const base = { WHATSAPP_ENABLED: 'true', DATA_KEY: randomKey() };

  it('has conservative defaults', () => {
    expect(loadConfig(base)).toMatchObject({
      WHATSAPP_ENABLED: true,
      CHROMIUM_PATH: '/usr/bin/chromium',
      WHATSAPP_SESSION_DIR: './data/whatsapp-session',
      WHATSAPP_GLOBAL_RATE: 10,
      WHATSAPP_CHAT_RATE: 1,
    });
    expect(loadConfig(base).WHATSAPP_PAIRING_PHONE).toBeUndefined();
  });

  it('reads the pairing phone in international format as digits only', () => {
    expect(loadConfig({ ...base, WHATSAPP_PAIRING_PHONE: '+1 (416) 555-0123' }).WHATSAPP_PAIRING_PHONE).toBe(
      '14165550123',
    );
  });

  it('rejects a bad pairing phone or rate without echoing the value', () => {
    const bad = () => loadConfig({ ...base, WHATSAPP_PAIRING_PHONE: 'call 4165550', WHATSAPP_CHAT_RATE: '0' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/WHATSAPP_PAIRING_PHONE: expected .*international format/);
    expect(bad).toThrow(/WHATSAPP_CHAT_RATE/);
    expect(bad).not.toThrow(/4165550/);
  });

  it('needs DATA_KEY when WhatsApp is on', () => {
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true' })).toThrow(/DATA_KEY/);
  });
});
