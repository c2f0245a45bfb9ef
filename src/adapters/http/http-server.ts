import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../kernel/log.js';

/** Represents a route handler; return false to fall through to the next route. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean | void> | boolean | void;

/** The largest request body read (webhook updates and simulator messages are small). */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * HttpServer can be used to serve every HTTP endpoint on one PORT: the
 * simulator, the Telegram webhook, /healthz and /metrics. Bound to
 * 127.0.0.1 unless HOST says otherwise.
 */
export class HttpServer {
  private readonly routes: { method: string; path: string | RegExp; handler: RouteHandler }[] = [];
  private server: Server | undefined;

  constructor(private readonly log: Logger) {}

  route(method: string, path: string | RegExp, handler: RouteHandler): void {
    this.routes.push({ method, path, handler });
  }

  get hasRoutes(): boolean {
    return this.routes.length > 0;
  }

  async listen(port: number, host: string): Promise<number> {
    this.server = createServer((req, res) => void this.dispatch(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      for (const r of this.routes) {
        if (r.method !== req.method) continue;
        if (typeof r.path === 'string' ? r.path !== path : !r.path.test(path)) continue;
        if ((await r.handler(req, res)) !== false) return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (err) {
      this.log.error({ err, path: path.replace(/\d{5,}/g, '[n]') }, 'http handler failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    }
  }
}

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
