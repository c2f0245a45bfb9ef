import { createHash, timingSafeEqual } from 'node:crypto';
import type { Update } from 'telegraf/types';
import { readJson, sendJson } from '../../../kernel/http-json.js';
import type { HttpRoutes } from '../../../kernel/ports/http.js';

/** The header Telegram sends with the secret given to setWebhook. Official reference: https://core.telegram.org/bots/api#setwebhook */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** Represents what the webhook route needs from the adapter. */
export interface WebhookRoute {
  /** The public URL given to setWebhook; its path is the route. */
  readonly url: string;
  readonly secret: string;
  /** False before start() finished and after stop(): Telegram then gets 503 and delivers again later. */
  readonly ready: () => boolean;
  readonly handle: (update: Update) => Promise<void>;
}

/**
 * Mounts the webhook on the shared HTTP server (POST on the URL's path). A
 * request without the right secret header gets 401 before its body is read;
 * a valid update is handled before the 200, so Telegram re-delivers it if the
 * process dies half-way (and the update log makes a second delivery harmless).
 * Must run before the HTTP server listens (main.ts only listens when a route exists).
 */
export function mountWebhook(http: HttpRoutes, route: WebhookRoute): void {
  const path = new URL(route.url).pathname;
  http.route('POST', path, async (req, res) => {
    const given = req.headers[SECRET_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, route.secret)) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('unauthorized');
      return;
    }
    if (!route.ready()) {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '5' }).end('not ready');
      return;
    }
    const update = await readJson(req);
    if (!isUpdate(update)) return sendJson(res, 400, { error: 'expected a Telegram update' });
    await route.handle(update);
    sendJson(res, 200, {});
  });
}

/** Compares secrets in constant time, whatever their lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === 'object' && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id)
  );
}
