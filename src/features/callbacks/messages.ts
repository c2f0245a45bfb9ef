import { CALLBACK_NODE_MESSAGES, SLOT_LABELS } from './node.js';

export const CALLBACK_MESSAGES = {
  sent: CALLBACK_NODE_MESSAGES.sent,
  withdrawn: CALLBACK_NODE_MESSAGES.withdrawn,
  alreadyClosed: CALLBACK_NODE_MESSAGES.alreadyClosed,
  done: CALLBACK_NODE_MESSAGES.done,
  missed: CALLBACK_NODE_MESSAGES.missed,
  cancelledByStaff: CALLBACK_NODE_MESSAGES.cancelledByStaff,
  unavailable: CALLBACK_NODE_MESSAGES.unavailable,
} as const;

/** Message ids of callback cards and toasts in the staff group (default locale only). */
export const STAFF_CALLBACK_MESSAGES = {
  topicName: 'staff-callback-topic-name',
  card: 'staff-callback-card',
  reminder: 'staff-callback-reminder',
  reposted: 'staff-callback-reposted',
  statusOpen: 'staff-callback-status-open',
  statusClaimed: 'staff-callback-status-claimed',
  statusDone: 'staff-callback-status-done',
  statusCancelledPerson: 'staff-callback-status-cancelled-person',
  statusCancelledStaff: 'staff-callback-status-cancelled-staff',
  codeYes: 'staff-callback-code-yes',
  codeNone: 'staff-callback-code-none',
  revealed: 'staff-callback-revealed',
  direct: 'staff-callback-direct',
  claimButton: 'staff-callback-claim-btn',
  showButton: 'staff-callback-show-btn',
  doneButton: 'staff-callback-done-btn',
  noAnswerButton: 'staff-callback-no-answer-btn',
  cancelButton: 'staff-callback-cancel-btn',
  sentPrivately: 'staff-callback-sent-privately',
  shownOnCard: 'staff-callback-shown-on-card',
  taken: 'staff-callback-taken',
  closed: 'staff-callback-closed',
  notYours: 'staff-callback-not-yours',
  claimFirst: 'staff-callback-claim-first',
} as const;

/** Every message id callback requests use (for the content check). */
export const callbackMessageIds: readonly string[] = [
  ...Object.values(CALLBACK_NODE_MESSAGES),
  ...SLOT_LABELS,
  ...Object.values(CALLBACK_MESSAGES),
  ...Object.values(STAFF_CALLBACK_MESSAGES),
];
