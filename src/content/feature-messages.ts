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

/** Staff-only message ids start with this; they are required in the default locale only. */
export const STAFF_PREFIX = 'staff-';

/** Every feature message id, for the content check. */
export const featureMessageIds: readonly string[] = [...Object.values(HANDOFF_MESSAGES), ...Object.values(STAFF_MESSAGES)];
