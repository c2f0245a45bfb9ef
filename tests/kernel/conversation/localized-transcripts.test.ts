import { engineServices } from '../../../src/features/index.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversations } from '../../../src/kernel/conversation/conversations.js';
import type { Event } from '../../../src/kernel/engine/types.js';
import type { Outgoing } from '../../../src/kernel/ports/channel.js';
import { IdentityCipher } from '../../../src/adapters/store/identity-cipher.js';
import type { FeatureStore as Store } from '../../../src/features/index.js';
import { randomKey, ROOT, shippedContent, tempDir, openTestStore } from '../../helpers/index.js';

/**
 * Golden transcripts through the main paths, in every enabled language, as a
 * person reads them (text and buttons). Rewrite with UPDATE_GOLDEN=1 and
 * review the diff: a changed text shows up here in every language.
 */
const DIR = path.join(ROOT, 'tests', 'kernel', 'conversation', 'transcripts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const PATH: { say: string; event: Event }[] = [
  { say: '/start', event: { type: 'start' } },
  { say: 'tap language', event: { type: 'choice', key: 'LOCALE' } },
  { say: 'tap Police', event: { type: 'choice', key: 'police' } },
  { say: 'tap After an arrest', event: { type: 'choice', key: 'police-arrest' } },
  { say: '/menu', event: { type: 'command', name: 'menu' } },
  { say: 'tap Immigration', event: { type: 'choice', key: 'immigration' } },
  { say: 'tap Detained', event: { type: 'choice', key: 'immigration-detained' } },
  { say: 'back', event: { type: 'command', name: 'back' } },
  { say: 'home', event: { type: 'choice', key: 'home' } },
  { say: 'tap Health', event: { type: 'choice', key: 'health' } },
  { say: 'tap Safety via menu', event: { type: 'command', name: 'menu' } },
  { say: 'tap Safety', event: { type: 'choice', key: 'safety' } },
  { say: 'tap After a robbery or assault', event: { type: 'choice', key: 'safety-after' } },
  { say: 'type gibberish', event: { type: 'text', text: 'asdf qwerty' } },
  { say: '/help', event: { type: 'command', name: 'help' } },
];

function show(out: Outgoing): string {
  const buttons = [...out.options.map((o) => `[${o.label}]`), ...out.nav.map((n) => `[${n.label}]`)];
  return `${out.text}${buttons.length ? `\n  ${buttons.join(' ')}` : ''}`;
}

describe('localized golden transcripts', () => {
  let store: Store;
  let cleanup: () => void;
  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    store = await openTestStore(path.join(t.dir, 't.db'), new IdentityCipher(randomKey()));
  });
  afterAll(async () => {
    await store.close();
    cleanup();
  });

  it.each(shippedContent().settings.locales.enabled)('%s', async (locale) => {
    const conversations = new Conversations(
      shippedContent(),
      store.contacts,
      store.sessions,
      { now: () => 0 },
      engineServices,
    );
    const lines: string[] = [];
    for (const step of PATH) {
      const event =
        step.event.type === 'choice' && step.event.key === 'LOCALE'
          ? { type: 'choice' as const, key: `lang:${locale}` }
          : step.event;
      const handled = await conversations.handle({ channel: 'simulator', address: `golden-${locale}`, event });
      lines.push(`> ${step.say}`, ...handled.outgoing.map(show), '');
    }
    const text = lines.join('\n');
    expect(text).not.toMatch(/\{[a-z-]+\}/); // no missing message shown as {id}
    const file = path.join(DIR, `${locale}.main-paths.txt`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`no transcript yet: run with UPDATE_GOLDEN=1 and review ${file}`);
      writeFileSync(file, text);
      return;
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
