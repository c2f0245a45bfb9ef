/**
 * MenuMemory can be used to remember, per chat, the message that shows the
 * current menu: a tap on that message may edit it in place (a short chat is a
 * safer chat), while a tap on an older message, or on one above an information
 * screen, gets a new message at the bottom where the person is looking.
 * Held in memory only; after a restart the first tap sends a new message.
 * Used by ScreenSender (screens.ts). Guarded by tests/adapters/channels/telegram/menus.test.ts ("edits the menu in place …").
 */
export class MenuMemory {
  private readonly last = new Map<string, number>();

  /** @param capacity chats remembered; the least recently used are forgotten first. */
  constructor(private readonly capacity = 50_000) {}

  /** Whether `messageId` shows the chat's current menu. */
  isCurrent(chatId: string, messageId: number): boolean {
    return this.last.get(chatId) === messageId;
  }

  /** Records `messageId` as the chat's current menu. */
  remember(chatId: string, messageId: number): void {
    this.last.delete(chatId);
    this.last.set(chatId, messageId);
    if (this.last.size > this.capacity) {
      const oldest = this.last.keys().next().value;
      if (oldest !== undefined) this.last.delete(oldest);
    }
  }

  /** Something else was sent below the menu: its next tap gets a new message. */
  forget(chatId: string): void {
    this.last.delete(chatId);
  }
}
