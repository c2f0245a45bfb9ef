import type { IncomingMessage, ServerResponse } from 'node:http';

/** Represents a route handler; return false to fall through to the next route. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean | void> | boolean | void;

/**
 * Represents the one HTTP server on PORT as channels and operations see it: a
 * place to add routes (the Telegram webhook, the simulator, /healthz). The
 * start-up wiring owns the server itself (src/adapters/http/http-server.ts).
 */
export interface HttpRoutes {
  route(method: string, path: string | RegExp, handler: RouteHandler): void;
}
