import type { HttpRoutes } from '../../kernel/ports/http.js';
import { sendJson } from '../../kernel/http-json.js';
import type { ChannelPort } from '../../kernel/ports/channel.js';
import type { Metrics } from './metrics.js';

/** How long `SELECT 1` may take before the database counts as down (the queue may hold a long transaction). */
export const DB_TIMEOUT_MS = 2000;

/** Represents what /healthz looks at: anything that can answer `SELECT 1`, and the enabled channels. */
export interface HealthDeps {
  readonly db: { get<T>(sql: string): Promise<T | undefined> };
  /** Read on every request, so channels added after mounting are included. */
  readonly channels: readonly Pick<ChannelPort, 'name' | 'health'>[];
  readonly metrics: Metrics;
  readonly dbTimeoutMs?: number;
}

/** Represents the /healthz answer. */
export interface HealthReport {
  readonly status: 'ok' | 'down';
  readonly database: 'ok' | 'down';
  readonly channels: Record<string, 'up' | 'down'>;
  /** What is down, e.g. `['database', 'whatsapp']`; absent when all is well. */
  readonly down?: readonly string[];
  /** Why a channel is down, in the channel's words (digit runs masked), e.g. "waiting for pairing". */
  readonly details?: Record<string, string>;
}

/**
 * HealthRoutes can be used to serve `GET /healthz` (200 when the database
 * answers and every enabled channel is up, 503 naming what is down) and
 * `GET /metrics` (Prometheus text from {@link Metrics}). Neither carries an
 * identity or a text: only channel names, states and counts.
 */
export class HealthRoutes {
  constructor(private readonly deps: HealthDeps) {
    deps.metrics.addGauge({
      name: 'peerline_channel_up',
      help: 'Whether each enabled channel is connected (1) or not (0)',
      label: 'channel',
      collect: () => Object.fromEntries(deps.channels.map((c) => [c.name, safeHealth(c).up ? 1 : 0])),
    });
  }

  /** Mounts both routes on the shared HTTP server. */
  mount(http: HttpRoutes): void {
    http.route('GET', '/healthz', async (_req, res) => {
      const report = await this.check();
      sendJson(res, report.status === 'ok' ? 200 : 503, report);
    });
    http.route('GET', '/metrics', async (_req, res) => {
      const body = await this.deps.metrics.text();
      res.writeHead(200, { 'content-type': this.deps.metrics.contentType, 'cache-control': 'no-store' }).end(body);
    });
  }

  /** Checks the database and every channel. */
  async check(): Promise<HealthReport> {
    const database = (await this.databaseAnswers()) ? 'ok' : 'down';
    const channels: Record<string, 'up' | 'down'> = {};
    const details: Record<string, string> = {};
    for (const channel of this.deps.channels) {
      const health = safeHealth(channel);
      channels[channel.name] = health.up ? 'up' : 'down';
      if (!health.up && health.detail) details[channel.name] = mask(health.detail);
    }
    const down = [
      ...(database === 'down' ? ['database'] : []),
      ...Object.keys(channels).filter((n) => channels[n] === 'down'),
    ];
    if (!down.length) return { status: 'ok', database, channels };
    return { status: 'down', database, channels, down, ...(Object.keys(details).length ? { details } : {}) };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), this.deps.dbTimeoutMs ?? DB_TIMEOUT_MS)),
    );
    const query = this.deps.db.get<{ ok: number }>('SELECT 1 AS ok').then(
      (row) => row?.ok === 1,
      // A failing query is the answer this check looks for: /healthz reports the database down.
      (_failed: unknown) => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Creates the health routes and mounts them; returns them for tests. */
export function mountHealth(http: HttpRoutes, deps: HealthDeps): HealthRoutes {
  const routes = new HealthRoutes(deps);
  routes.mount(http);
  return routes;
}

function safeHealth(channel: Pick<ChannelPort, 'health'>): { up: boolean; detail?: string } {
  try {
    return channel.health();
  } catch {
    // A channel whose health() throws is down: that is the answer this check gives.
    return { up: false, detail: 'health check failed' };
  }
}

// Channel details are status phrases, but /healthz may sit behind a proxy: mask anything that could be a number.
function mask(detail: string): string {
  return detail.replace(/\+?\d[\d\s-]{4,}\d/g, '[n]').slice(0, 120);
}
