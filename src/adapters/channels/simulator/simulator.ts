import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Conversations } from '../../../kernel/conversation/conversations.js';
import { parseSlashCommand } from '../../../kernel/conversation/commands.js';
import { decodeButton } from '../telegram/button-data.js';
import type { Translator } from '../../../kernel/content/translator.js';
import type { Event } from '../../../kernel/engine/types.js';
import { readJson, sendJson } from '../../../kernel/http-json.js';
import type { HttpRoutes } from '../../../kernel/ports/http.js';
import type { Logger } from '../../../kernel/log.js';
import { renderTelegram } from '../telegram/render.js';
import { parseWhatsAppText } from '../whatsapp/parse-text.js';
import { renderWhatsApp } from '../whatsapp/render.js';

const PAGE = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'page.html'), 'utf8');

const requestSchema = z.object({
  /** A random id the page makes per browser tab: the simulated person. */
  user: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  mode: z.enum(['telegram', 'whatsapp']),
  text: z.string().max(10_000).optional(),
  tap: z.string().max(200).optional(),
  start: z.boolean().optional(),
});

/**
 * Mounts the browser simulator: a page where you chat with the bot as a
 * person, rendered as Telegram (buttons) or WhatsApp (numbered text) by the
 * real renderers, through the same app layer and store as the real channels.
 */
export function mountSimulator(
  http: HttpRoutes,
  deps: { conversations: Conversations; translator: Translator; log: Logger },
): void {
  http.route('GET', '/', (_req, res) => {
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
      })
      .end(PAGE);
  });
  http.route('POST', '/api/simulator', async (req, res) => {
    const parsed = requestSchema.safeParse(await readJson(req));
    if (!parsed.success) return sendJson(res, 400, { error: 'expected { user, mode, text | tap | start }' });
    const { user, mode, text, tap, start } = parsed.data;
    const event = toEvent(mode, { text, tap, start });
    const handled = await deps.conversations.handle({
      channel: 'simulator',
      address: user,
      event,
      platformLocale: 'en',
    });
    const messages =
      mode === 'telegram'
        ? handled.outgoing.map((o) => renderTelegram(o))
        : handled.outgoing.flatMap((o) => renderWhatsApp(o, deps.translator)).map((t) => ({ text: t }));
    sendJson(res, 200, { mode, messages, tapped: tap ?? null });
  });
}

function toEvent(
  mode: 'telegram' | 'whatsapp',
  input: { text?: string | undefined; tap?: string | undefined; start?: boolean | undefined },
): Event {
  if (input.start) return { type: 'start' };
  if (input.tap !== undefined) {
    const button = decodeButton(input.tap);
    return button ? { type: 'choice', key: button.key, from: button.from } : { type: 'text', text: '' };
  }
  const text = input.text ?? '';
  const command = parseSlashCommand(text);
  if (command) return command;
  return mode === 'whatsapp' ? parseWhatsAppText(text) : { type: 'text', text };
}
