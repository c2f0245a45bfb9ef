/**
 * Represents what a button on a staff card does: one member per button, on
 * every card (a hand-off case, a callback request, a safety alert). Features
 * put these on their cards and receive them back from taps; only
 * {@link encodeStaffAction} and {@link decodeStaffAction} know how they are
 * written. The ids are checked against the database before anything is done.
 */
export type StaffAction =
  /** Hand-off card: a supporter takes the case. */
  | { readonly type: 'case_claim'; readonly caseId: number }
  /** Callback card: a supporter takes the request (and gets the number privately). */
  | { readonly type: 'callback_claim'; readonly requestId: number }
  /** Callback card: the claimer asks for the number again. */
  | { readonly type: 'callback_show'; readonly requestId: number }
  /** Callback card: the call was made. */
  | { readonly type: 'callback_done'; readonly requestId: number }
  /** Callback card: nobody answered; the request is open again. */
  | { readonly type: 'callback_no_answer'; readonly requestId: number }
  /** Callback card: staff cancel the request. */
  | { readonly type: 'callback_cancel'; readonly requestId: number }
  /** Alert card: tick or untick one region. */
  | { readonly type: 'alert_region'; readonly alertId: number; readonly region: string }
  /** Alert card: move to the next category. */
  | { readonly type: 'alert_category'; readonly alertId: number }
  /** Alert card: approve (binds to the exact content shown). */
  | { readonly type: 'alert_approve'; readonly alertId: number }
  /** Alert card: cancel the draft, or stop sending. */
  | { readonly type: 'alert_cancel'; readonly alertId: number };

/** Represents the type names of {@link StaffAction}. */
export type StaffActionType = StaffAction['type'];

/** Represents the card families: which feature's card a button is on. */
export type StaffActionFamily = 'case' | 'callback' | 'alert';

/** Represents the staff actions of one family, e.g. `StaffActionOf<'callback'>` for every callback card button. */
export type StaffActionOf<F extends StaffActionFamily> = Extract<StaffAction, { type: `${F}_${string}` }>;

/** Whether an action is a button of one family's cards (each feature handles its own). */
export function isStaffActionOf<F extends StaffActionFamily>(
  family: F,
  action: StaffAction,
): action is StaffActionOf<F> {
  return action.type.startsWith(`${family}_`);
}

/**
 * The wire form of each action, `s:<tag>:<id>[:<region>]`. These are the
 * strings cards posted before this codec existed carried, kept so a card
 * already in the staff group still works. Telegram allows 64 bytes of
 * callback_data; the longest here is `s:al:r:` + 12 digits + `:` + 16 = 36.
 * Official reference: https://core.telegram.org/bots/api#inlinekeyboardbutton
 */
const TAGS = {
  case_claim: 'claim',
  callback_claim: 'cb:claim',
  callback_show: 'cb:show',
  callback_done: 'cb:done',
  callback_no_answer: 'cb:noans',
  callback_cancel: 'cb:cancel',
  alert_region: 'al:r',
  alert_category: 'al:c',
  alert_approve: 'al:ok',
  alert_cancel: 'al:x',
} as const satisfies Record<StaffActionType, string>;

/** Telegram's limit on a button's data, in bytes. */
export const MAX_STAFF_ACTION_BYTES = 64;

/** Ids are database row ids: positive, written without leading zeros, at most 12 digits. */
const ID = /^[1-9]\d{0,11}$/;
/** Region ids as the org settings allow them (src/kernel/content/flow-schema.ts). */
const REGION = /^[a-z0-9-]{1,16}$/;

const isActionType = (name: string): name is StaffActionType => Object.hasOwn(TAGS, name);
const BY_TAG = new Map<string, StaffActionType>(
  Object.keys(TAGS)
    .filter(isActionType)
    .map((type) => [TAGS[type], type]),
);

/**
 * Writes an action as button data. Throws a RangeError for an id or region
 * that could never be read back (a bug, not input): a card must not carry a
 * button that does nothing.
 */
export function encodeStaffAction(action: StaffAction): string {
  const id = idOf(action);
  if (!ID.test(String(id))) throw new RangeError(`staff action ${action.type}: id out of range`);
  const base = `s:${TAGS[action.type]}:${id}`;
  if (action.type !== 'alert_region') return base;
  if (!REGION.test(action.region)) throw new RangeError(`staff action ${action.type}: invalid region id`);
  return `${base}:${action.region}`;
}

/**
 * Reads button data strictly: only exactly what {@link encodeStaffAction}
 * writes gives an action; anything else — another feature's data, a person's
 * menu button, a forged or truncated string, a leading zero — gives null.
 * Guarded by tests/kernel/staff/staff-action.test.ts.
 */
export function decodeStaffAction(data: unknown): StaffAction | null {
  if (typeof data !== 'string' || Buffer.byteLength(data) > MAX_STAFF_ACTION_BYTES) return null;
  const match = /^s:((?:cb|al):[a-z]+|claim):([^:]+)(?::([^:]+))?$/.exec(data);
  if (!match) return null;
  const type = BY_TAG.get(match[1]!);
  const rawId = match[2]!;
  const region = match[3];
  if (!type || !ID.test(rawId)) return null;
  const id = Number(rawId);
  if (type === 'alert_region')
    return region !== undefined && REGION.test(region) ? { type, alertId: id, region } : null;
  if (region !== undefined) return null;
  switch (type) {
    case 'case_claim':
      return { type, caseId: id };
    case 'callback_claim':
    case 'callback_show':
    case 'callback_done':
    case 'callback_no_answer':
    case 'callback_cancel':
      return { type, requestId: id };
    case 'alert_category':
    case 'alert_approve':
    case 'alert_cancel':
      return { type, alertId: id };
  }
}

function idOf(action: StaffAction): number {
  if ('caseId' in action) return action.caseId;
  if ('requestId' in action) return action.requestId;
  return action.alertId;
}
