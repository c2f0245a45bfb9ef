import { PRIVACY_NODE_MESSAGES } from './node.js';

/** Message ids of privacy features with people: forget me, clear this chat, slow down (every enabled locale). */
export const PRIVACY_MESSAGES = {
  forgetConfirm: PRIVACY_NODE_MESSAGES.forgetConfirm,
  forgetYes: PRIVACY_NODE_MESSAGES.forgetYes,
  forgetNo: PRIVACY_NODE_MESSAGES.forgetNo,
  forgetCancelled: PRIVACY_NODE_MESSAGES.forgetCancelled,
  forgotten: PRIVACY_NODE_MESSAGES.forgotten,
  cleared: PRIVACY_NODE_MESSAGES.cleared,
  clearedWhatsapp: PRIVACY_NODE_MESSAGES.clearedWhatsapp,
  clearUnavailable: PRIVACY_NODE_MESSAGES.clearUnavailable,
  slowDown: PRIVACY_NODE_MESSAGES.slowDown,
  /** A banned person who writes to staff is told no one can answer (the hand-off's own text). */
  banned: 'handoff-unavailable',
} as const;

export const STAFF_PRIVACY_MESSAGES = {
  banned: 'staff-banned',
  unbanned: 'staff-unbanned',
} as const;

/** Every message id the privacy features use (for the content check). */
export const privacyMessageIds: readonly string[] = [
  ...Object.values(PRIVACY_NODE_MESSAGES),
  ...Object.values(PRIVACY_MESSAGES),
  ...Object.values(STAFF_PRIVACY_MESSAGES),
];
