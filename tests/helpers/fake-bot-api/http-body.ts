import type { IncomingMessage } from 'node:http';
import type { Json } from './types.js';

/** Bodies above this size are refused; Telegram's own upload limit for bots is 50 MB. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Form fields that carry numbers; everything else stays a string unless it is JSON or a boolean. */
const NUMERIC_KEYS = new Set([
  'chat_id',
  'from_chat_id',
  'message_id',
  'message_thread_id',
  'user_id',
  'offset',
  'limit',
  'timeout',
  'icon_color',
  'reply_to_message_id',
  'max_connections',
  'duration',
  'latitude',
  'longitude',
  'cache_time',
]);
/** Free-text fields are never coerced: a user may well send the text "123" or "true". */
const TEXT_KEYS = new Set(['text', 'caption', 'name', 'description', 'title', 'data', 'query', 'secret_token', 'url']);

/** Represents an uploaded file as the fake records it (the bytes are not kept). */
export interface UploadedFile {
  filename: string;
  contentType: string;
  size: number;
}

/**
 * Reads a request's parameters the way the Bot API accepts them: query string, then a JSON,
 * `application/x-www-form-urlencoded` or `multipart/form-data` body. Throws on unparsable bodies.
 */
export async function readPayload(req: IncomingMessage, url: URL): Promise<Json> {
  const payload: Json = {};
  for (const [key, value] of url.searchParams) payload[key] = coerce(key, value);
  const body = await readBody(req);
  if (body.length === 0) return payload;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('JSON body is not an object');
    return { ...payload, ...(parsed as Json) };
  }
  if (type.includes('multipart/form-data')) {
    // The boundary is case-sensitive, so it is read from the header as sent.
    const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type'] ?? '');
    const boundary = (match?.[1] ?? match?.[2] ?? '').trim();
    if (boundary === '') throw new Error('multipart body without boundary');
    return { ...payload, ...parseMultipart(body, boundary) };
  }
  for (const [key, value] of new URLSearchParams(body.toString('utf8'))) payload[key] = coerce(key, value);
  return payload;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Best-effort multipart parser: enough for telegraf's uploads, not a general implementation. */
function parseMultipart(body: Buffer, boundary: string): Json {
  const out: Json = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // Each part is CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const part = body.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        out[name] =
          filename === undefined
            ? coerce(name, content.toString('utf8'))
            : ({
                filename,
                contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream',
                size: content.length,
              } satisfies UploadedFile);
      }
    }
    start = next;
  }
  return out;
}

/** Turns a form string into the value a JSON client would have sent. */
function coerce(key: string, value: string): unknown {
  if (TEXT_KEYS.has(key)) return value;
  const trimmed = value.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return value;
    }
  }
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (NUMERIC_KEYS.has(key) && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return value;
}
