import { EventEmitter } from 'node:events';
import type { WaClientFactory, WaClientLike, WaMessage } from '../../src/adapters/channels/whatsapp/wa-client.js';

/** Represents one message the bot sent through a fake client. */
export interface FakeSent {
  readonly chatId: string;
  readonly text: string;
  readonly id: string;
  readonly at: number;
}

let counter = 0;

/**
 * FakeWaClient can be used as a whatsapp-web.js client in tests: an
 * EventEmitter with the library's event names and method shapes. It records
 * sends, can be told to fail the next sends or health checks, and
 * `verify()` fails when a scripted failure was never used (goflow's mocks).
 */
export class FakeWaClient extends EventEmitter implements WaClientLike {
  readonly sent: FakeSent[] = [];
  initialized = false;
  destroyed = false;
  /** What getState() answers; an Error is thrown instead. */
  state: string | Error = 'CONNECTED';
  private sendFailures = 0;

  constructor(private readonly options: { autoReady?: boolean; failInitialize?: Error } = {}) {
    super();
  }

  async initialize(): Promise<void> {
    this.initialized = true;
    if (this.options.failInitialize) throw this.options.failInitialize;
    if (this.options.autoReady ?? true) setImmediate(() => this.emit('ready'));
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }

  async getState(): Promise<string | null> {
    if (this.state instanceof Error) throw this.state;
    return this.state;
  }

  async sendMessage(chatId: string, content: string): Promise<{ id: { _serialized: string } }> {
    if (this.destroyed) throw new Error('Protocol error: Target closed');
    if (this.sendFailures > 0) {
      this.sendFailures--;
      throw new Error('Evaluation failed: scripted send failure');
    }
    const id = `true_${chatId}_FAKE${++counter}`;
    this.sent.push({ chatId, text: content, id, at: Date.now() });
    return { id: { _serialized: id } };
  }

  /** Ids of sent messages revoked for everyone (whatsapp-web.js `Message.delete(true)`). */
  readonly revoked: string[] = [];

  async getMessageById(messageId: string): Promise<{ delete(everyone?: boolean): Promise<void> } | null> {
    const sent = this.sent.find((s) => s.id === messageId);
    if (!sent || this.revoked.includes(messageId)) return null;
    return {
      delete: async (everyone?: boolean) => {
        if (everyone) this.revoked.push(messageId);
      },
    };
  }

  /** Makes the next `n` sendMessage calls throw. */
  failNextSends(n: number): void {
    this.sendFailures += n;
  }

  /** Delivers an incoming message with whatsapp-web.js's shape; text by default. */
  receive(from: string, body: string, extra: Partial<WaMessage> = {}): WaMessage {
    const msg: WaMessage = {
      from,
      body,
      fromMe: false,
      type: 'chat',
      id: { _serialized: `false_${from}_IN${++counter}` },
      timestamp: Math.floor(Date.now() / 1000),
      ...extra,
    };
    this.emit('message', msg);
    return msg;
  }

  /** Texts sent to one chat, in order. */
  textsTo(chatId: string): string[] {
    return this.sent.filter((s) => s.chatId === chatId).map((s) => s.text);
  }

  /** Throws when a scripted failure was left unused. */
  verify(): void {
    if (this.sendFailures > 0)
      throw new Error(`FakeWaClient: ${this.sendFailures} scripted send failure(s) never happened`);
  }
}

/** Represents a factory of fake clients that remembers every client it made. */
export interface FakeWaFactory {
  readonly factory: WaClientFactory;
  readonly clients: FakeWaClient[];
  /** The newest client. */
  current(): FakeWaClient;
}

/** Makes a factory of {@link FakeWaClient}s; `options` apply to each new client (a function gets the client number). */
export function fakeWaFactory(
  options:
    ConstructorParameters<typeof FakeWaClient>[0] | ((n: number) => ConstructorParameters<typeof FakeWaClient>[0]) = {},
): FakeWaFactory {
  const clients: FakeWaClient[] = [];
  return {
    clients,
    factory: () => {
      const client = new FakeWaClient(typeof options === 'function' ? options(clients.length) : options);
      clients.push(client);
      return client;
    },
    current: () => {
      const client = clients.at(-1);
      if (!client) throw new Error('FakeWaFactory: no client was created yet');
      return client;
    },
  };
}
