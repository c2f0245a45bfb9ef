import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { ChannelName } from '../../kernel/ports/store.js';
import type { Logger } from '../../kernel/log.js';

/** How a send to one person ended, as counted by {@link Metrics.sent}. */
export type SendResult = 'ok' | 'failed' | 'unreachable';

/** Represents a number read each time /metrics is scraped. */
export type GaugeSource = () => number | Promise<number>;

/** Represents numbers by label value (e.g. `{ sent: 40, pending: 12 }`), read each time /metrics is scraped. */
export type LabelledSource = () => Readonly<Record<string, number>> | Promise<Readonly<Record<string, number>>>;

/** Represents a gauge a feature adds through {@link Metrics.addGauge}. */
export interface GaugeSpec {
  /** `peerline_` followed by lower-case letters, digits and `_`. */
  readonly name: string;
  readonly help: string;
  /** With a label, `collect` returns numbers by label value; without, one number. */
  readonly label?: string;
  readonly collect: GaugeSource | LabelledSource;
}

/** The most distinct error codes kept per channel; later ones are counted as `other`. */
export const MAX_ERROR_CODES = 40;

const NAME = /^peerline_[a-z0-9_]+$/;
/** Label values we accept from code (queue names, alert states): short, lower-case, no digit runs. */
const LABEL_VALUE = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Metrics can be used to count what Peerline does, for Prometheus: updates
 * received, sends and their outcomes, send errors by code, and gauges that
 * features register (open cases, queue lengths, alert progress).
 *
 * Counts only. Labels are channel names, outcomes, error codes and names
 * chosen in code, never anything a person sent or is known by: codes that
 * look like ids are folded into `other` (tests/adapters/ops/metrics.test.ts).
 * Each instance has its own Registry (not prom-client's global one), so
 * tests can make as many as they like.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly updates: Counter<'channel'>;
  private readonly sends: Counter<'channel' | 'outcome'>;
  private readonly errors: Counter<'channel' | 'code'>;
  private readonly collectErrors: Counter<'metric'>;
  private readonly codes = new Map<string, Set<string>>();
  private openCasesSource: GaugeSource | undefined;
  private readonly queues = new Map<string, GaugeSource>();
  private alertSource: LabelledSource | undefined;

  private readonly log: Logger | undefined;

  /** @param options.log where a gauge that fails to read is reported (besides peerline_metric_collect_errors_total). */
  constructor(options: { processMetrics?: boolean; log?: Logger } = {}) {
    this.log = options.log;
    const registers = [this.registry];
    this.updates = new Counter({
      name: 'peerline_updates_received_total',
      help: 'Updates received from people, by channel',
      labelNames: ['channel'],
      registers,
    });
    this.sends = new Counter({
      name: 'peerline_sends_total',
      help: 'Sends to people, by channel and outcome (ok, failed, unreachable)',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    this.errors = new Counter({
      name: 'peerline_send_errors_total',
      help: 'Send errors by channel and platform error code',
      labelNames: ['channel', 'code'],
      registers,
    });
    this.collectErrors = new Counter({
      name: 'peerline_metrics_collect_errors_total',
      help: 'Gauge sources that failed while /metrics was read',
      labelNames: ['metric'],
      registers,
    });
    this.addGauge({
      name: 'peerline_open_cases',
      help: 'Open hand-off cases (0 until the cases feature registers a source)',
      collect: () => this.openCasesSource?.() ?? 0,
    });
    this.addGauge({
      name: 'peerline_queue_length',
      help: 'Items waiting, by queue',
      label: 'queue',
      collect: () => readAll(this.queues),
    });
    this.addGauge({
      name: 'peerline_alert_recipients',
      help: 'Recipients of the alert being sent, by state',
      label: 'state',
      collect: () => this.alertSource?.() ?? {},
    });
    // Process figures (memory, CPU, event loop lag) say nothing about people and help size the server.
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'peerline_' });
  }

  /** Counts one update (message, tap, command) received on `channel`. */
  updateReceived(channel: ChannelName): void {
    this.updates.inc({ channel });
  }

  /** Counts one send to a person and how it ended. */
  sent(channel: ChannelName, outcome: SendResult): void {
    this.sends.inc({ channel, outcome });
  }

  /** Counts one send error by its platform code (e.g. Telegram's 403 or 429); codes that could be ids become `other`. */
  sendError(channel: ChannelName, code: string | number | undefined): void {
    this.errors.inc({ channel, code: this.codeLabel(channel, code) });
  }

  /** Sets where the number of open cases comes from (the cases feature calls this). */
  openCases(source: GaugeSource): void {
    this.openCasesSource = source;
  }

  /** Sets where the length of queue `name` (e.g. `telegram_send`, `outbox`) comes from. */
  queueLength(name: string, source: GaugeSource): void {
    this.queues.set(checkLabel(name), source);
  }

  /** Sets where the progress of the current alert comes from: recipients by state (`sent`, `pending`, `failed`, …). */
  alertProgress(source: LabelledSource): void {
    this.alertSource = source;
  }

  /**
   * Adds a gauge read on each scrape; for features the fixed hooks above do
   * not cover. Throws when the name is taken or not `peerline_…`.
   */
  addGauge(spec: GaugeSpec): void {
    if (!NAME.test(spec.name)) throw new Error(`metric name must match ${NAME}: ${spec.name}`);
    const failed = (err: unknown) => {
      this.collectErrors.inc({ metric: spec.name });
      this.log?.warn({ err, metric: spec.name }, 'a metric could not be read');
    };
    const { label } = spec;
    new Gauge({
      name: spec.name,
      help: spec.help,
      labelNames: label ? [label] : [],
      registers: [this.registry],
      async collect() {
        try {
          const value = await spec.collect();
          this.reset();
          if (typeof value === 'number') this.set(value);
          else if (label)
            for (const [k, v] of Object.entries(value)) if (LABEL_VALUE.test(k)) this.set({ [label]: k }, v);
        } catch (err) {
          failed(err);
        }
      },
    });
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of {@link text}. */
  get contentType(): string {
    return this.registry.contentType;
  }

  private codeLabel(channel: string, code: string | number | undefined): string {
    if (code === undefined || code === '') return 'none';
    const text = String(code);
    // Platform codes are short numbers (HTTP/Telegram) or names (ETIMEDOUT); anything else could carry an id.
    const plausible = /^\d{1,4}$/.test(text) || (/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(text) && !/\d{5,}/.test(text));
    if (!plausible) return 'other';
    const seen = this.codes.get(channel) ?? new Set<string>();
    this.codes.set(channel, seen);
    if (!seen.has(text) && seen.size >= MAX_ERROR_CODES) return 'other';
    seen.add(text);
    return text;
  }
}

function checkLabel(value: string): string {
  if (!LABEL_VALUE.test(value)) throw new Error(`label value must match ${LABEL_VALUE}: ${value}`);
  return value;
}

async function readAll(sources: ReadonlyMap<string, GaugeSource>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, source] of sources) out[name] = await source();
  return out;
}
