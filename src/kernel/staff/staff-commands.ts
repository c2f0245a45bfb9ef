/**
 * The commands staff type in the staff group (stable names: supporters learn
 * them, and docs/ name them): `/close` a case, `/ban` and `/unban` in a case
 * topic, `/alert`, `/tr` and `/alerts` for safety alerts.
 */
export const STAFF_COMMANDS = ['close', 'ban', 'unban', 'alert', 'tr', 'alerts'] as const;

/** Represents a staff command's name. */
export type StaffCommandName = (typeof STAFF_COMMANDS)[number];

/**
 * Represents a command written in the staff group: lower case, without the
 * bot's @suffix, and the rest of the text as `args`. `name` is null for a
 * command addressed to the bot that no staff feature knows (`/foo`): such a
 * message is still a command, so it is never relayed to a person.
 */
export interface StaffCommand {
  readonly name: StaffCommandName | null;
  readonly args: string;
}

/** Whether a (lower-case) word is a staff command's name. */
export function isStaffCommandName(name: string): name is StaffCommandName {
  const names: readonly string[] = STAFF_COMMANDS;
  return names.includes(name);
}
