import type { ActionOf, Env, PhoneNumber, ResumeOf, SessionState } from '../../kernel/engine/types.js';

/**
 * The data of a callback request form: what the `callback` node keeps in the
 * session (encrypted at rest) between questions, and how answers are checked.
 * Pure: phone validation comes from `env.services.phone` (the app's
 * libphonenumber-js), with a plain digits check only when none is injected.
 */

/** Actions the app carries out for a `callback` node; their outcomes come back as {@link CallbackResume}. */
export const CALLBACK_ACTIONS = {
  /** Arriving on the node: the app looks for a pending request, and for the WhatsApp chat's own number. */
  open: 'callback_open',
  /** The person confirmed the summary; `data` is a {@link CallbackSubmission}. */
  submit: 'callback_submit',
  /** The person cancels their pending request; `data.id` is its id. */
  withdraw: 'callback_withdraw',
} as const;

/** The notification topic of callbacks: what staff did with a person's request. */
export const CALLBACK_TOPIC = 'callback';

/** When a person would like the call; "today" and "tomorrow" are the day they asked. */
export const CALLBACK_SLOTS = [
  'today-morning',
  'today-afternoon',
  'today-evening',
  'tomorrow-morning',
  'tomorrow-afternoon',
  'tomorrow-evening',
  'any',
] as const;

/** Represents one of {@link CALLBACK_SLOTS}. */
export type CallbackSlot = (typeof CALLBACK_SLOTS)[number];

/** The questions of the form, in order, and the screens around them. */
export type CallbackStep =
  | 'phone'
  | 'phone-ok'
  | 'lang'
  | 'when'
  | 'voicemail'
  | 'org'
  | 'code'
  | 'code-ok'
  | 'summary'
  | 'edit'
  | 'pending'
  | 'withdraw';

const STEPS: readonly CallbackStep[] = [
  'phone',
  'phone-ok',
  'lang',
  'when',
  'voicemail',
  'org',
  'code',
  'code-ok',
  'summary',
  'edit',
  'pending',
  'withdraw',
];

/** Represents a person's pending request as the app shows it (never the full number). */
export interface PendingCallback {
  readonly id: number;
  readonly slot: CallbackSlot;
  /** The last digits of the number, so the person recognises it. */
  readonly last: string;
  readonly status: 'open' | 'claimed';
}

/** Represents the answers so far and where the person is in the form. */
export interface CallbackForm {
  readonly step: CallbackStep;
  readonly phone?: PhoneNumber;
  /** The number of the WhatsApp chat itself, when its id is phone-based (the app sets it). */
  readonly chat?: PhoneNumber;
  readonly lang?: string;
  readonly slot?: CallbackSlot;
  readonly voicemail?: boolean;
  readonly sayOrg?: boolean;
  /** The code word; null when skipped. */
  readonly code?: string | null;
  /** True when the person came from "change an answer": the next answer returns to the summary. */
  readonly editing?: boolean;
  readonly pending?: PendingCallback;
}

/** Represents what the app receives when a person sends their request. */
// A type alias, not an interface: effect data must be indexable (ActionEffect.data).
export type CallbackSubmission = {
  readonly phone: PhoneNumber;
  readonly language: string;
  readonly slot: CallbackSlot;
  readonly voicemail: boolean;
  readonly sayOrg: boolean;
  readonly code: string | null;
};

/** Represents an effect of the `callback` node, with its data. */
export type CallbackAction = ActionOf<{
  callback_open: undefined;
  callback_submit: CallbackSubmission;
  callback_withdraw: { readonly id: number };
}>;

/** Represents the outcome of a callback action, as the app feeds it back. */
export type CallbackResume = ResumeOf<{
  /** `form`: no pending request (with the WhatsApp chat's number when it has one); `unavailable`: no staff group. */
  callback_open:
    | { readonly result: 'form'; readonly data: { readonly chat: PhoneNumber | null } }
    | { readonly result: 'pending'; readonly data: { readonly pending: PendingCallback } }
    | { readonly result: 'unavailable' };
  /** `duplicate`: sent twice at once; the pending request the first one made. */
  callback_submit:
    | { readonly result: 'sent'; readonly data: { readonly slot: CallbackSlot } }
    | { readonly result: 'duplicate'; readonly data: { readonly pending: PendingCallback } }
    | { readonly result: 'unavailable' };
  callback_withdraw: { readonly result: 'withdrawn' } | { readonly result: 'already_closed' };
}>;

/** Represents what staff did with a person's request: done, no answer (they will try again), or cancelled. */
export type CallbackNotify = {
  readonly type: 'notify';
  readonly topic: typeof CALLBACK_TOPIC;
  readonly what: 'done' | 'missed' | 'cancelled';
};

const ACTIONS: readonly string[] = Object.values(CALLBACK_ACTIONS);

/** True when an effect is one of the `callback` node's (for the app: `effect.data` is then typed). */
export function isCallbackAction(effect: { readonly action: string }): effect is CallbackAction {
  return ACTIONS.includes(effect.action);
}

const isPhone = (v: unknown): v is PhoneNumber =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as PhoneNumber).e164 === 'string' &&
  typeof (v as PhoneNumber).display === 'string';
const isSlot = (v: unknown): v is CallbackSlot =>
  typeof v === 'string' && (CALLBACK_SLOTS as readonly string[]).includes(v);

function readPending(v: unknown): PendingCallback | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const p = v as Record<string, unknown>;
  if (
    typeof p.id !== 'number' ||
    !isSlot(p.slot) ||
    typeof p.last !== 'string' ||
    (p.status !== 'open' && p.status !== 'claimed')
  )
    return undefined;
  return { id: p.id, slot: p.slot, last: p.last, status: p.status };
}

/** Reads the form from a state (the `callback` node's data); anything missing or malformed (an older session) starts at the first question. */
export function readForm(state: SessionState): CallbackForm {
  const d = state.data ?? {};
  const step = STEPS.includes(d.step as CallbackStep) ? (d.step as CallbackStep) : 'phone';
  const pending = readPending(d.pending);
  return {
    step: (step === 'pending' || step === 'withdraw') && !pending ? 'phone' : step,
    ...(isPhone(d.phone) ? { phone: { e164: d.phone.e164, display: d.phone.display } } : {}),
    ...(isPhone(d.chat) ? { chat: { e164: d.chat.e164, display: d.chat.display } } : {}),
    ...(typeof d.lang === 'string' ? { lang: d.lang } : {}),
    ...(isSlot(d.slot) ? { slot: d.slot } : {}),
    ...(typeof d.voicemail === 'boolean' ? { voicemail: d.voicemail } : {}),
    ...(typeof d.sayOrg === 'boolean' ? { sayOrg: d.sayOrg } : {}),
    ...(typeof d.code === 'string' || d.code === null ? { code: d.code } : {}),
    ...(d.editing === true ? { editing: true } : {}),
    ...(pending ? { pending } : {}),
  };
}

/** Reads a submission from effect data; null when anything is missing or malformed (the app checks before storing). */
export function readSubmission(data: Readonly<Record<string, unknown>> | undefined): CallbackSubmission | null {
  if (!data || !isPhone(data.phone) || typeof data.language !== 'string' || !isSlot(data.slot)) return null;
  if (typeof data.voicemail !== 'boolean' || typeof data.sayOrg !== 'boolean') return null;
  if (data.code !== null && typeof data.code !== 'string') return null;
  return {
    phone: data.phone,
    language: data.language,
    slot: data.slot,
    voicemail: data.voicemail,
    sayOrg: data.sayOrg,
    code: data.code,
  };
}

/** The longest typed answer looked at; anything longer is refused before any parsing. */
export const MAX_ANSWER_CHARS = 40;
/** The longest code word, in characters (a word or two the caller says). */
export const MAX_CODE_CHARS = 30;

/** Represents the outcome of checking a typed phone number. */
export type PhoneCheck =
  { readonly ok: true; readonly phone: PhoneNumber } | { readonly ok: false; readonly reason: 'letters' | 'invalid' };

/**
 * Checks a typed phone number: letters and anything but digits, spaces, `+`,
 * `-`, `.`, `/` and brackets are refused first, then the injected validator
 * decides. Full-width digits (typed with a CJK keyboard) become ASCII.
 */
export function checkPhone(text: string, env: Env): PhoneCheck {
  const raw = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!raw || raw.length > MAX_ANSWER_CHARS) return { ok: false, reason: 'invalid' };
  if (/\p{L}/u.test(raw)) return { ok: false, reason: 'letters' };
  if (!/^[+\d\s().\-/]+$/.test(raw)) return { ok: false, reason: 'invalid' };
  let phone: PhoneNumber | null;
  try {
    phone = env.services?.phone ? env.services.phone(raw) : plainDigits(raw);
  } catch {
    // A validator must not throw; if one does, the person still gets a clear re-ask.
    phone = null;
  }
  return phone && isPhone(phone) ? { ok: true, phone } : { ok: false, reason: 'invalid' };
}

/** Without an injected validator (engine tests): 10 digits, or + and 8–15 digits. */
function plainDigits(raw: string): PhoneNumber | null {
  const digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+') && digits.length >= 8 && digits.length <= 15)
    return { e164: `+${digits}`, display: `+${digits}` };
  if (!raw.startsWith('+') && digits.length === 10) return { e164: `+1${digits}`, display: `+1${digits}` };
  return null;
}

/** Checks a typed code word: one or two words a caller can say; null when it is not usable. */
export function checkCode(text: string): string | null {
  const raw = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!raw || [...raw].length > MAX_CODE_CHARS) return null;
  if (/[\p{Extended_Pictographic}\p{C}]/u.test(raw)) return null;
  return /[\p{L}\p{N}]/u.test(raw) ? raw : null;
}
