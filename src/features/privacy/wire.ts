import type { ContentSet } from '../../kernel/content/content-set.js';
import type { Logger } from '../../kernel/log.js';
import type { ChannelPort } from '../../kernel/ports/channel.js';
import type { Clock } from '../../kernel/ports/clock.js';
import type { StaffDesk } from '../../kernel/staff/desk.js';
import type { ChannelName } from '../../kernel/ports/store.js';
import type { PrivacyStore } from './port.js';
import type { RetentionStore } from '../../kernel/ports/retention.js';
import type { ChatTrail } from '../../kernel/ports/chat-trail.js';
import type { ContactStore } from '../../kernel/ports/store.js';
import type { Conversations } from '../../kernel/conversation/conversations.js';
import { Guard, type GuardSettings } from './guard.js';
import { Privacy } from './privacy.js';
import { Retention, type RetentionPolicy } from '../../kernel/jobs/retention.js';

/** Represents the privacy settings read from the environment (config.ts: privacySettings). */
export interface PrivacySettings {
  readonly guard: GuardSettings;
  readonly retention: RetentionPolicy;
}

/** Represents the privacy features of a running Peerline. */
export interface PrivacyFeatures {
  /** Rate limit and /ban: the first feature every message meets, and a staff feature. */
  readonly guard: Guard;
  /** Forget me, clear this chat, disappearing messages. */
  readonly privacy: Privacy;
  /** The retention purge; other modules add theirs with `retention.use({ name, purge })`. */
  readonly retention: Retention;
}

/**
 * Builds the privacy features. The caller registers them with Conversations
 * before the hand-off (`guard`, then `privacy`), so the rate limit comes
 * first and /clear and /forget work during a chat with a peer supporter, and
 * adds `guard` to the staff router for /ban and /unban.
 */
export function wirePrivacy(deps: {
  content: ContentSet;
  store: {
    readonly contacts: ContactStore;
    readonly chatMessages: ChatTrail;
    readonly privacy: PrivacyStore & RetentionStore;
  };
  conversations: Conversations;
  channels: () => ReadonlyMap<ChannelName, ChannelPort>;
  desk: StaffDesk | undefined;
  clock: Clock;
  log: Logger;
  settings: PrivacySettings;
  /** Closes a person's open hand-off case before they are forgotten (Handoff.closeForForget). */
  closeCase: (contactId: number) => Promise<unknown>;
}): PrivacyFeatures {
  const settings = deps.settings;
  const guard = new Guard({
    content: deps.content,
    conversations: deps.conversations,
    privacy: deps.store.privacy,
    desk: deps.desk,
    clock: deps.clock,
    log: deps.log,
    settings: settings.guard,
  });
  const privacy = new Privacy({
    content: deps.content,
    conversations: deps.conversations,
    contacts: deps.store.contacts,
    privacy: deps.store.privacy,
    trail: deps.store.chatMessages,
    channels: deps.channels,
    closeCase: deps.closeCase,
    onForget: (id) => guard.forget(id),
    clock: deps.clock,
    log: deps.log,
  });
  const retention = new Retention(deps.store.privacy, settings.retention, deps.log);
  return { guard, privacy, retention };
}
