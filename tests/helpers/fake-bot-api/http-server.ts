import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, badRequest } from './api-error.js';
import type { CallLog } from './call-log.js';
import { chatMethods } from './chat-methods.js';
import type { ChatWorld } from './chat-world.js';
import type { FaultPlan } from './faults.js';
import { readPayload } from './http-body.js';
import { messageMethods, type MethodHandler } from './message-methods.js';
import type { Json } from './types.js';
import type { UpdateQueue } from './update-queue.js';

const HANDLERS: Record<string, MethodHandler> = { ...messageMethods, ...chatMethods };
/** Bot API method names are case-insensitive. Official reference: https://core.telegram.org/bots/api#making-requests */
const CANONICAL = new Map([...Object.keys(HANDLERS), 'getUpdates'].map((name) => [name.toLowerCase(), name]));
const WEBHOOK_CONFLICT =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

/** Represents the parts of the fake the HTTP layer serves from. */
export interface ServerParts {
  world: ChatWorld;
  queue: UpdateQueue;
  faults: FaultPlan;
  log: CallLog;
  now: () => number;
  token: string | undefined;
  recordPolling: boolean;
}

/**
 * BotApiServer can be used to serve `/bot<token>/<method>` over node:http on 127.0.0.1: it parses the
 * parameters, applies injected faults, runs the method handler or a long poll, records the call and
 * answers `{ ok, result }` or `{ ok: false, error_code, description }` with the matching HTTP status.
 */
export class BotApiServer {
  /** Every `getUpdates` request received, recorded or not. */
  polls = 0;
  private server: http.Server | undefined;

  constructor(private readonly parts: ServerParts) {}

  get port(): number | undefined {
    return this.server ? (this.server.address() as AddressInfo).port : undefined;
  }

  async listen(): Promise<void> {
    if (this.server) throw new Error('FakeBotApi is already started');
    const server = http.createServer((req, res) => this.onRequest(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Closes the listener and destroys every open socket, parked long polls included. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.handle(req, res).catch((error: unknown) => {
      respond(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { world, queue, faults, log, now, token } = this.parts;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z]+)\/?$/.exec(url.pathname);
    if (!route) return respond(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (token !== undefined && route[1] !== token)
      return respond(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const name = route[2] ?? '';
    const method = CANONICAL.get(name.toLowerCase()) ?? name;
    let payload: Json;
    try {
      payload = await readPayload(req, url);
    } catch (error) {
      return this.answer(res, method, {}, badRequest(`can't parse request body: ${String(error)}`));
    }
    delete payload.method; // telegraf repeats the method name inside multipart bodies
    if (method === 'getUpdates') this.polls += 1;
    const fault = faults.check(method, payload, Date.now());
    if (fault.kind === 'drop') {
      log.record({ method, payload, at: now(), ok: false, dropped: true });
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'error') return this.answer(res, method, payload, fault.error);
    if (method === 'getUpdates') return this.poll(res, payload);
    const handler = HANDLERS[method];
    if (!handler)
      return this.answer(res, method, payload, new ApiError({ code: 404, description: 'Not Found: method not found' }));
    let result: unknown;
    try {
      result = handler({ world, queue }, payload);
    } catch (error) {
      if (error instanceof ApiError) return this.answer(res, method, payload, error);
      throw error;
    }
    this.answer(res, method, payload, undefined, result);
  }

  /** Long polling: parks until an update is pushed, the capped timeout ends, or the client hangs up. */
  private async poll(res: http.ServerResponse, payload: Json): Promise<void> {
    if (this.parts.world.webhook)
      return this.answer(res, 'getUpdates', payload, new ApiError({ code: 409, description: WEBHOOK_CONFLICT }));
    const pending = this.parts.queue.poll(payload);
    const onClose = (): void => pending.cancel();
    res.on('close', onClose);
    try {
      this.answer(res, 'getUpdates', payload, undefined, await pending.result);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.answer(res, 'getUpdates', payload, error);
    } finally {
      res.off('close', onClose);
    }
  }

  private answer(res: http.ServerResponse, method: string, payload: Json, error?: ApiError, result?: unknown): void {
    const { log, now } = this.parts;
    if (method !== 'getUpdates' || this.parts.recordPolling) {
      // Results are cloned: stored messages keep changing after the call that returned them.
      log.record(
        error
          ? { method, payload, at: now(), ok: false, error: error.toSpec() }
          : { method, payload, at: now(), ok: true, result: structuredClone(result) },
      );
    }
    respond(res, error?.code ?? 200, error ? error.toBody() : { ok: true, result });
  }
}

function respond(res: http.ServerResponse, status: number, body: Json): void {
  if (res.destroyed || res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
