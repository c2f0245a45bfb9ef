/**
 * Child process of the scale section (bench/scale.ts): starts Peerline on a
 * prepared database the way `npm start` does (content loaded and checked,
 * store opened and migrated, features wired; no channel, simulator off), then
 * reports its RSS and times session lookups. Prints one JSON line.
 * Then it idles up to <settleMs> for V8's memory reducer to give back the
 * young generation grown while loading content, and reports RSS again.
 * Usage: node --import tsx bench/scale-child.ts <db> <lookups> <firstChat> <contacts> <settleMs>  (DATA_KEY in the environment)
 */
import { loadConfig } from '../src/main/config.js';
import { createLogger } from '../src/kernel/log.js';
import { startPeerline } from '../src/main/compose.js';
import { baseEnv, nowMs, quantile, Rng, sleep } from './lib.js';

async function main(): Promise<void> {
  const [dbPath, lookupsArg, firstArg, contactsArg, settleArg] = process.argv.slice(2);
  if (!dbPath || !process.env.DATA_KEY)
    throw new Error('usage: scale-child.ts <db> <lookups> <firstChat> <contacts> with DATA_KEY set');
  const lookups = Number(lookupsArg ?? 0);
  const first = Number(firstArg ?? 0);
  const contacts = Number(contactsArg ?? 0);
  const settleMs = Number(settleArg ?? 0);
  const config = loadConfig({ DATABASE_PATH: dbPath, DATA_KEY: process.env.DATA_KEY, ...baseEnv() });
  const running = await startPeerline(config, { log: createLogger('silent') });
  // Let start-up garbage settle the way it would in a running bot a moment after start.
  await sleep(200);
  const rssAfterStart = process.memoryUsage().rss;
  const heapAfterStart = process.memoryUsage().heapUsed;
  const times = new Float64Array(lookups);
  const rng = new Rng(50);
  let found = 0;
  for (let i = 0; i < lookups; i++) {
    const address = String(first + rng.int(Math.max(1, contacts)));
    const t0 = nowMs();
    const contact = await running.store.contacts.find('telegram', address);
    const session = contact ? await running.store.sessions.load(contact.id) : null;
    times[i] = nowMs() - t0;
    if (session) found += 1;
  }
  const rssAfterLookups = process.memoryUsage().rss;
  const idleStart = nowMs();
  let rssIdle = rssAfterLookups;
  while (nowMs() - idleStart < settleMs && rssIdle > 0.85 * rssAfterLookups) {
    await sleep(500);
    rssIdle = process.memoryUsage().rss;
  }
  const idleSeconds = (nowMs() - idleStart) / 1000;
  await running.stop();
  process.stdout.write(
    `${JSON.stringify({ rssAfterStart, heapAfterStart, rssAfterLookups, rssIdle, idleSeconds, lookups, found, p50: quantile(times, 0.5), p99: quantile(times, 0.99) })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
