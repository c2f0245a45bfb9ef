/** The single import hub for test helpers (grammY's deps.test.ts habit). */
import { openStore } from '../../src/adapters/store/open-store.js';
import type { IdentityCipher } from '../../src/adapters/store/identity-cipher.js';
import { openFeatureRepos, type FeatureSettings, type FeatureStore } from '../../src/features/index.js';
import { loadConfig } from '../../src/main/config.js';
import { featureSettings } from '../../src/main/settings.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSet } from '../../src/kernel/content/content-set.js';
import { loadKnownContent as loadContent } from '../../src/main/known.js';
import type { Env } from '../../src/kernel/engine/types.js';

export * from './fake-bot-api.js';
export * from './fake-wa-client.js';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'peerline-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A random DATA_KEY. */
export function randomKey(): string {
  return randomBytes(32).toString('base64');
}

let shipped: ContentSet | undefined;
/** The shipped content (flows/ and locales/), loaded once per test file. */
export function shippedContent(): ContentSet {
  shipped ??= loadContent(ROOT, { now: new Date('2026-11-25T00:00:00Z') });
  return shipped;
}

/** An engine env over the shipped content with a fixed clock. */
export function shippedEnv(now = Date.parse('2026-11-25T12:00:00Z')): Env {
  return { ...shippedContent().env, now: () => now };
}

/** Opens a store as the start-up wiring does: the shared repositories and every feature's. */
export async function openTestStore(file: string, cipher: IdentityCipher): Promise<FeatureStore> {
  const shared = await openStore(file, cipher);
  return { ...shared, ...openFeatureRepos(shared.db, cipher) };
}

/** The features' settings as an empty environment gives them (the documented defaults). */
export function defaultFeatureSettings(): FeatureSettings {
  return featureSettings(loadConfig({}));
}
