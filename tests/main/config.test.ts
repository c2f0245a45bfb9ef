import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, simulatorEnabled } from '../../src/main/config.js';
import { randomKey } from '../helpers/index.js';

describe('configuration', () => {
  it('has working defaults: the simulator on 127.0.0.1:3000 with ./data/peerline.db', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.DATABASE_PATH).toBe('./data/peerline.db');
    expect(simulatorEnabled(config)).toBe(true);
  });

  it('names the variable and what it expects when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: expected/);
    expect(() => loadConfig({ STAFF_CHAT_ID: '12345' })).toThrow(/STAFF_CHAT_ID: expected .*forum supergroup/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'nope' })).toThrow(/TELEGRAM_BOT_TOKEN: expected a bot token/);
  });

  it('refuses a real channel without DATA_KEY, explaining how to make one', () => {
    const attempt = () => loadConfig({ TELEGRAM_BOT_TOKEN: '123:abc' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATA_KEY: required .*randomBytes\(32\)/);
  });

  it('runs Telegram alone unless SIMULATOR=true', () => {
    const base = { TELEGRAM_BOT_TOKEN: '123:abc', DATA_KEY: randomKey() };
    expect(simulatorEnabled(loadConfig(base))).toBe(false);
    expect(simulatorEnabled(loadConfig({ ...base, SIMULATOR: 'true' }))).toBe(true);
  });

  it('has safety-alert settings: two approvals, 25/s Telegram, 5/s WhatsApp, 30 days; one approval is allowed, none is not', () => {
    const config = loadConfig({});
    expect([
      config.ALERT_APPROVALS,
      config.ALERT_RATE_TELEGRAM,
      config.ALERT_RATE_WHATSAPP,
      config.ALERT_RETENTION_DAYS,
    ]).toEqual([2, 25, 5, 30]);
    expect(loadConfig({ ALERT_APPROVALS: '1' }).ALERT_APPROVALS).toBe(1);
    expect(() => loadConfig({ ALERT_APPROVALS: '0' })).toThrow(/ALERT_APPROVALS: expected/);
    expect(() => loadConfig({ ALERT_RATE_TELEGRAM: 'fast' })).toThrow(
      /ALERT_RATE_TELEGRAM: expected alert messages per second/,
    );
  });
});
