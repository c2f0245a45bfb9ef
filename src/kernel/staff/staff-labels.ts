import type { ChannelName } from '../ports/store.js';

/** The channel's product name as staff see it on cards and topic names (a proper name, not a sentence). */
export function channelLabel(channel: ChannelName): string {
  return channel === 'telegram' ? 'Telegram' : channel === 'whatsapp' ? 'WhatsApp' : 'Simulator';
}

/** The name shown for a staff member: their configured alias (STAFF_ALIASES) or their first name. */
export function staffDisplayName(
  aliases: ReadonlyMap<string, string> | undefined,
  staffUserId: string,
  firstName: string,
): string {
  return aliases?.get(staffUserId) ?? firstName;
}

/** Formats a case number the way staff see it: #0042. */
export function caseNumber(id: number): string {
  return `#${String(id).padStart(4, '0')}`;
}
