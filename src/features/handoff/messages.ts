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

/** Message ids of hand-off cards and notes in the staff group (staff texts: the `staff-` prefix). */
export const STAFF_HANDOFF_MESSAGES = {
  topicName: 'staff-topic-name',
  card: 'staff-case-card',
  claimButton: 'staff-claim-btn',
  summary: 'staff-case-summary',
  alreadyClaimed: 'staff-already-claimed',
  /** Posted in the topic when the person deleted their data (/forget). */
  caseForgotten: 'staff-case-forgotten',
  /** Added to a relayed text that was cut at the relay limit. */
  relayCut: 'staff-relay-cut',
} as const;

/** Every message id the hand-off uses outside its node (for the content check). */
export const handoffMessageIds: readonly string[] = [
  ...Object.values(HANDOFF_MESSAGES),
  ...Object.values(STAFF_HANDOFF_MESSAGES),
];
