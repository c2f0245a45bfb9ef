import { ALERTS_NODE_MESSAGES } from './node.js';

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

/** Every message id safety alerts use (for the content check). */
export const alertMessageIds: readonly string[] = [
  ...Object.values(ALERTS_NODE_MESSAGES),
  ...Object.values(ALERT_MESSAGES),
  ...Object.values(STAFF_ALERT_MESSAGES),
];
