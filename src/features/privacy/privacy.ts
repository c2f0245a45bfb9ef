import { isPrivacyAction, type PrivacyResume } from './node.js';
import type { ActionEffect } from '../../kernel/engine/types.js';
import { resume } from '../../kernel/engine/resume.js';
import type { ContentSet } from '../../kernel/content/content-set.js';
import type { Logger } from '../../kernel/log.js';
import type { ChannelPort } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { PrivacyStore } from './port.js';
import { CHAT_MESSAGE_TTL_MS, type ChatTrail } from '../../kernel/ports/chat-trail.js';
import type { ChannelName, Contact, ContactStore } from '../../kernel/ports/store.js';
import type { Conversations, ConversationFeature, TurnContext } from '../../kernel/conversation/conversations.js';

/** Message ids deleted per disappearing-messages sweep, at most. */
const SWEEP_LIMIT = 500;

/** Represents what the privacy feature needs. */
export interface PrivacyDeps {
  readonly content: ContentSet;
  readonly conversations: Conversations;
  readonly contacts: Pick<ContactStore, 'get'>;
  readonly privacy: PrivacyStore;
  readonly trail: ChatTrail;
  readonly channels: () => ReadonlyMap<ChannelName, ChannelPort>;
  /** Closes the person's open hand-off case with a note to staff (Handoff.closeForForget). */
  readonly closeCase?: (contactId: number) => Promise<unknown>;
  /** Called once a contact is forgotten, to drop what is held in memory about them (rate-limit counters). */
  readonly onForget?: (contactId: number) => void;
  readonly clock: Clock;
  readonly log: Logger;
}

/**
 * Privacy can be used to give people control over what stays behind:
 * - "delete my data" (/forget, or the privacy screen): asked first (by the `privacy` node), then closes
 *   an open case (staff are told), deletes the chat's messages where the
 *   platform allows, and deletes every row about the person;
 * - "clear this chat" (/clear): deletes the messages of the last 48 hours, the
 *   bot's and, on Telegram, the person's own; no question asked (a quick exit);
 * - disappearing messages: each message is deleted some minutes after it was
 *   sent ({@link tick}).
 * The `privacy` node type (src/features/privacy/node.ts) owns the dialogue, the
 * question included; this carries out its actions. Guarded by
 * tests/features/privacy/privacy.test.ts and forget.test.ts.
 */
export class Privacy implements ConversationFeature {
  constructor(private readonly deps: PrivacyDeps) {}

  /** Carries out the privacy node's actions: load and store the disappearing delay, clear the chat, forget. */
  async perform(effect: ActionEffect, ctx: TurnContext): Promise<PrivacyResume | 'done' | undefined> {
    if (!isPrivacyAction(effect)) return undefined;
    switch (effect.action) {
      case 'privacy_load':
        return resume<PrivacyResume>({
          action: 'privacy_load',
          result: 'loaded',
          data: { minutes: await this.deps.privacy.disappearMinutes(ctx.contact.id) },
        });
      case 'privacy_disappear': {
        const minutes = effect.data.minutes;
        await this.deps.privacy.setDisappearMinutes(
          ctx.contact.id,
          typeof minutes === 'number' && minutes > 0 ? minutes : null,
        );
        return 'done';
      }
      case 'privacy_clear':
        return this.clear(ctx);
      case 'privacy_forget':
        return this.forget(ctx);
    }
  }

  /**
   * Deletes the messages that are due under disappearing messages; runs on
   * the features' timer. Returns how many message ids were handed to channels.
   */
  async tick(): Promise<number> {
    const due = await this.deps.trail.takeDue(this.deps.clock.now(), SWEEP_LIMIT);
    let handed = 0;
    for (const { contactId, messageIds } of due) {
      const contact = await this.deps.contacts.get(contactId);
      const channel = contact && this.deps.channels().get(contact.channel);
      if (!contact || !channel?.deleteMessages) continue;
      handed += messageIds.length;
      await channel
        .deleteMessages(contact.address, async () => messageIds)
        .catch((err: unknown) =>
          this.deps.log.warn({ err, contact: contactId }, 'disappearing messages: delete failed'),
        );
    }
    return handed;
  }

  private async forget(ctx: TurnContext): Promise<PrivacyResume> {
    const id = ctx.contact.id;
    await Promise.resolve(this.deps.closeCase?.(id)).catch((err: unknown) =>
      this.deps.log.error({ err, contact: id }, 'forget: closing the open case failed'),
    );
    await this.deleteChat(ctx.contact).catch((err: unknown) =>
      this.deps.log.warn({ err, contact: id }, 'forget: clearing the chat failed'),
    );
    await this.deps.privacy.forget(id);
    this.deps.onForget?.(id);
    this.deps.log.info('a person deleted their data');
    return resume<PrivacyResume>({ action: 'privacy_forget', result: 'forgotten' });
  }

  private async clear(ctx: TurnContext): Promise<PrivacyResume> {
    let handed: number | undefined;
    try {
      handed = await this.deleteChat(ctx.contact);
    } catch (err) {
      this.deps.log.warn({ err, contact: ctx.contact.id }, 'clear this chat failed');
      handed = undefined;
    }
    if (handed === undefined) return resume<PrivacyResume>({ action: 'privacy_clear', result: 'unavailable' });
    // WhatsApp lets the bot delete only its own messages; the person is told theirs stay.
    return resume<PrivacyResume>({
      action: 'privacy_clear',
      result: ctx.contact.channel === 'whatsapp' ? 'cleared_bot_only' : 'cleared',
    });
  }

  /** Deletes what was recorded of the chat; undefined when the channel cannot delete messages (the simulator). */
  private async deleteChat(contact: Contact): Promise<number | undefined> {
    const channel = this.deps.channels().get(contact.channel);
    if (!channel?.deleteMessages) return undefined;
    const since = this.deps.clock.now() - CHAT_MESSAGE_TTL_MS;
    return channel.deleteMessages(contact.address, () => this.deps.trail.take(contact.id, since));
  }
}
