import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, simulatorEnabled } from '../src/config.js';
import { randomKey } from './helpers/index.js';

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
});
