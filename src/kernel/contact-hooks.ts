import type { Logger } from './log.js';

/** Represents a feature's say on whether a person may reach staff now (false: they may not). */
export type StaffAccessCheck = (contactId: number) => Promise<boolean>;

/** Represents what a feature does when a person is about to be forgotten (their rows are deleted next). */
export type ForgetHook = (contactId: number) => Promise<unknown>;

/**
 * ContactHooks can be used to let features react to what happens to a
 * person without importing one another: the privacy feature deletes a
 * person on /forget, and before it does, the hand-off closes their case
 * (staff are told) and callbacks take their request off the card. Hooks run
 * in the order they were added; a failing hook stops the deletion (it is
 * retried when the person asks again), so nothing is left half-forgotten.
 * Likewise a feature can refuse someone access to staff (the privacy
 * feature's /ban) without the hand-off knowing why.
 */
export class ContactHooks {
  private readonly forgetting: { name: string; hook: ForgetHook }[] = [];
  private readonly access: StaffAccessCheck[] = [];

  constructor(private readonly log: Logger) {}

  /** Adds a hook run before a person's data is deleted. */
  onForget(name: string, hook: ForgetHook): void {
    this.forgetting.push({ name, hook });
  }

  /** Adds a check run before a person opens a case or writes to staff. */
  onStaffAccess(check: StaffAccessCheck): void {
    this.access.push(check);
  }

  /** True when no feature refuses this person access to staff. */
  async mayReachStaff(contactId: number): Promise<boolean> {
    for (const check of this.access) if (!(await check(contactId))) return false;
    return true;
  }

  /** Runs every forget hook for a contact, in order. */
  async forget(contactId: number): Promise<void> {
    for (const { name, hook } of this.forgetting) {
      try {
        await hook(contactId);
      } catch (err) {
        this.log.error({ err, hook: name }, 'a feature could not let go of a person being forgotten');
        throw err;
      }
    }
  }
}
