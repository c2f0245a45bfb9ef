/**
 * Message ids of staff-group texts that belong to no feature: answers to a
 * command used in the wrong place, and channel notices (WhatsApp pairing).
 */
export const STAFF_SYSTEM_MESSAGES = {
  notInCase: 'staff-not-a-case',
  whatsappPairing: 'staff-whatsapp-pairing',
  whatsappLoggedOut: 'staff-whatsapp-logged-out',
} as const;
