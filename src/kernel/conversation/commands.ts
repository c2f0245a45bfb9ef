import type { CommandName, Event } from '../engine/types.js';

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
  if (name === 'start') return { type: 'start' };
  if ((USER_COMMANDS as readonly string[]).includes(name)) return { type: 'command', name: name as CommandName };
  return { type: 'text', text };
}
