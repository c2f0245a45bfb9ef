import { ALERTS_NODE_MESSAGES } from '../../features/alerts/node.js';
import { CALLBACK_NODE_MESSAGES, SLOT_LABELS } from '../../features/callbacks/node.js';
import { PRIVACY_NODE_MESSAGES } from '../../features/privacy/node.js';

/** Message ids the hand-off uses with people (every enabled locale has them). */
export const HANDOFF_MESSAGES = {
  opened: 'handoff-opened',
  queued: 'handoff-queued',
  unavailable: 'handoff-unavailable',
  offHours: 'handoff-off-hours',
  leaveMessageButton: 'handoff-leave-message-btn',
  joined: 'handoff-joined',
  stillWaiting: 'handoff-still-waiting',
  confirmEnd: 'handoff-confirm-end',
  endYes: 'handoff-end-yes',
  endNo: 'handoff-end-no',
  continuing: 'handoff-continuing',
  ended: 'handoff-ended',
  closedByStaff: 'handoff-closed-by-staff',
  menuPaused: 'handoff-menu-paused',
  cannotRelay: 'handoff-cannot-relay',
} as const;

/**
 * Message ids staff see in the staff group. Staff work in the organisation's
 * default locale, so these are required there only (the content check knows
 * the `staff-` prefix).
 */
export const STAFF_MESSAGES = {
  topicName: 'staff-topic-name',
  card: 'staff-case-card',
  claimButton: 'staff-claim-btn',
  summary: 'staff-case-summary',
  notInCase: 'staff-not-a-case',
  alreadyClaimed: 'staff-already-claimed',
  whatsappPairing: 'staff-whatsapp-pairing',
  whatsappLoggedOut: 'staff-whatsapp-logged-out',
} as const;

/** Message ids of safety alerts that people see (every enabled locale has them); the alerts screen's own are in ALERTS_NODE_MESSAGES. */
export const ALERT_MESSAGES = {
  stopped: ALERTS_NODE_MESSAGES.stopped,
  notSubscribed: ALERTS_NODE_MESSAGES.notSubscribed,
  resumed: ALERTS_NODE_MESSAGES.resumed,
  everywhere: ALERTS_NODE_MESSAGES.everywhere,
  header: 'alerts-message-header',
  untranslated: 'alerts-untranslated-note',
  footer: 'alerts-message-footer',
  categoryBadClient: 'alerts-category-bad-client',
  categoryPolice: 'alerts-category-police',
  categoryHealth: 'alerts-category-health',
  categoryScam: 'alerts-category-scam',
  categoryOther: 'alerts-category-other',
} as const;

/** Message ids of safety alerts in the staff group (default locale only). */
export const STAFF_ALERT_MESSAGES = {
  card: 'staff-alert-card',
  guide: 'staff-alert-guide',
  progress: 'staff-alert-progress',
  textCleared: 'staff-alert-text-cleared',
  statusDraft: 'staff-alert-status-draft',
  statusApproved: 'staff-alert-status-approved',
  statusSending: 'staff-alert-status-sending',
  statusDone: 'staff-alert-status-done',
  statusCancelled: 'staff-alert-status-cancelled',
  regionOn: 'staff-alert-region-on',
  regionOff: 'staff-alert-region-off',
  categoryButton: 'staff-alert-category-btn',
  approveButton: 'staff-alert-approve-btn',
  cancelButton: 'staff-alert-cancel-btn',
  stopButton: 'staff-alert-stop-btn',
  approvedToast: 'staff-alert-approved-toast',
  countedToast: 'staff-alert-counted-toast',
  alreadyToast: 'staff-alert-already-toast',
  closedToast: 'staff-alert-closed-toast',
  noRegionToast: 'staff-alert-no-region-toast',
  cancelledToast: 'staff-alert-cancelled-toast',
  usage: 'staff-alert-usage',
  tooLong: 'staff-alert-too-long',
  trUsage: 'staff-alert-tr-usage',
  notDraft: 'staff-alert-not-draft',
  summary: 'staff-alert-summary',
  list: 'staff-alert-list',
  listItem: 'staff-alert-list-item',
  listEmpty: 'staff-alert-list-empty',
} as const;

/** Message ids of callback requests that people see (the `callback` node shows them; listed here for the check and tests). */
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
  commandClear: 'command-clear',
} as const;

/** Staff texts of privacy features (/ban, /unban, forgotten cases, cut relays); default locale only. */
export const STAFF_PRIVACY_MESSAGES = {
  caseForgotten: 'staff-case-forgotten',
  banned: 'staff-banned',
  unbanned: 'staff-unbanned',
  relayCut: 'staff-relay-cut',
} as const;

/** Staff-only message ids start with this; they are required in the default locale only. */
export const STAFF_PREFIX = 'staff-';

/** Every feature message id, for the content check. */
export const featureMessageIds: readonly string[] = [
  ...Object.values(HANDOFF_MESSAGES),
  ...Object.values(STAFF_MESSAGES),
  ...Object.values(ALERTS_NODE_MESSAGES),
  ...Object.values(ALERT_MESSAGES),
  ...Object.values(STAFF_ALERT_MESSAGES),
  ...Object.values(CALLBACK_NODE_MESSAGES),
  ...SLOT_LABELS,
  ...Object.values(CALLBACK_MESSAGES),
  ...Object.values(STAFF_CALLBACK_MESSAGES),
  ...Object.values(PRIVACY_NODE_MESSAGES),
  ...Object.values(PRIVACY_MESSAGES),
  ...Object.values(STAFF_PRIVACY_MESSAGES),
];
