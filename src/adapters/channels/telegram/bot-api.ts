import type { ApiMethods, Opts } from '@grammyjs/types';
import type { Telegram } from 'telegraf';
import type { InputFile, Telegram as TelegrafMethods } from 'telegraf/types';

/**
 * Represents a Bot API method Peerline may call: one that @grammyjs/types
 * describes and telegraf's Bot API 7.1 also knows, so a method newer than
 * telegraf fails to compile rather than at run time.
 * Official reference: https://core.telegram.org/bots/api#available-methods
 */
export type BotApiMethod = keyof ApiMethods<InputFile> & keyof TelegrafMethods;

/** The parameters of a Bot API method (`{}` for those without), files given the telegraf way (`{ source, filename }`). */
export type BotApiParams<M extends BotApiMethod> = Opts<InputFile>[M];

/** What a Bot API method returns on success. */
export type BotApiResult<M extends BotApiMethod> = ReturnType<ApiMethods<InputFile>[M]>;

/** Makes one typed Bot API call; the sender's paced, retried calls have this shape. */
export type BotApiCall = <M extends BotApiMethod>(method: M, params: BotApiParams<M>) => Promise<BotApiResult<M>>;

/** Makes one typed Bot API request, once, abandoned when `signal` aborts; the sender paces and retries these. */
export type BotApiTransport = <M extends BotApiMethod>(
  method: M,
  params: BotApiParams<M>,
  signal: AbortSignal,
) => Promise<BotApiResult<M>>;

/**
 * telegraf's client as it behaves at run time: any method name, any payload
 * (sent as JSON, or multipart when it holds a file), and a `signal` handed to
 * node-fetch, which takes Node's own AbortSignal. telegraf declares `callApi`
 * generic over its own method table and types `signal` with the
 * abort-controller package, so TypeScript accepts its Telegram for this view
 * only because method parameters compare both ways; the strict types live in
 * {@link BotApiTransport}.
 */
interface TelegrafClient {
  callApi(method: string, payload: object, options?: { readonly signal?: unknown }): Promise<unknown>;
}

/**
 * Wraps telegraf's `callApi` in the one typed function every Bot API call in
 * this folder goes through: parameters and results come from @grammyjs/types.
 * telegraf unwraps Telegram's `{ ok, result }` and throws its TelegramError on
 * `ok: false`; what it returns is the documented result of `method`.
 */
export function telegrafTransport(telegram: Telegram): BotApiTransport {
  const client: TelegrafClient = telegram;
  return async <M extends BotApiMethod>(method: M, params: BotApiParams<M>, signal: AbortSignal) => {
    const result: unknown = await client.callApi(method, params, { signal });
    // The JSON Telegram answered, typed as its documentation says; nothing else can vouch for it.
    return result as BotApiResult<M>;
  };
}
