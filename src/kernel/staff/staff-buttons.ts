/**
 * Button data on staff cards: `s:<action>:<case>`. The adapter only hands
 * taps from the staff group to the app, so a forged button elsewhere is plain
 * user input; the case id is checked against the database before acting.
 */
const PREFIX = 's:';

/** Button data for claiming a case. */
export function claimData(caseId: number): string {
  return `${PREFIX}claim:${caseId}`;
}

/** True when button data is a staff button (the adapter routes it to staff handling). */
export function isStaffButton(data: string): boolean {
  return data.startsWith(PREFIX);
}

/** Reads staff button data; anything malformed gives null. */
export function parseStaffButton(data: string): { action: 'claim'; caseId: number } | null {
  const match = /^s:(claim):(\d{1,12})$/.exec(data);
  return match ? { action: 'claim', caseId: Number(match[2]) } : null;
}
