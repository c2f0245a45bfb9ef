import type { Event } from '../engine/types.js';

/**
 * The slash commands people can type (stable names: other checks and the
 * README rely on them). `start` is an event of its own; the rest map to
 * engine commands.
 */
export const USER_COMMANDS = ['start', 'menu', 'language', 'help', 'end', 'forget', 'clear'] as const;

/** Represents a slash command a person can type. */
export type UserCommand = (typeof USER_COMMANDS)[number];

/** Reads `/command` (optionally `/command@botname` and arguments); anything else gives null. */
export function parseSlashCommand(text: string, botUsername?: string): Event | null {
  const match = /^\/([a-z_]{1,32})(?:@(\w+))?(?:\s|$)/i.exec(text.trim());
  if (!match) return null;
  if (match[2] && botUsername && match[2].toLowerCase() !== botUsername.toLowerCase()) return null;
  const name = match[1]!.toLowerCase();
  if (!isUserCommand(name)) return { type: 'text', text };
  // Every other user command is an engine CommandName (this line fails to compile if one is not).
  return name === 'start' ? { type: 'start' } : { type: 'command', name };
}

/** Whether a (lower-case) word is one of {@link USER_COMMANDS}. */
export function isUserCommand(name: string): name is UserCommand {
  const names: readonly string[] = USER_COMMANDS;
  return names.includes(name);
}
