import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body read (webhook updates and simulator messages are small). */
export const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON body up to {@link MAX_BODY_BYTES}; returns undefined when too big or not JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    // A body that is not JSON is the caller's answer to give (400), not a server error.
    return undefined;
  }
}

/** Sends a JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}
