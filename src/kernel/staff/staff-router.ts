import type { Logger } from '../log.js';
import type { StaffEvent, StaffFeature } from './desk.js';

/**
 * StaffRouter can be used to hand each staff-group event to the feature that
 * owns it (hand-off topics, callback cards, alerts). A button nobody claims
 * is still answered, so a supporter's tap never spins forever.
 */
export class StaffRouter {
  private readonly features: StaffFeature[] = [];

  constructor(private readonly log: Logger) {}

  use(feature: StaffFeature): void {
    this.features.push(feature);
  }

  async handle(event: StaffEvent): Promise<boolean> {
    for (const feature of this.features) {
      try {
        if (await feature.onStaffEvent(event)) return true;
      } catch (err) {
        this.log.error({ err, event: event.type }, 'staff event failed');
        if (event.type === 'button') await this.answer(event);
        return false;
      }
    }
    if (event.type === 'button') await this.answer(event);
    return false;
  }

  /** Stops the tapped button's spinner; a tap that cannot be answered (expired) only costs the spinner. */
  private async answer(event: Extract<StaffEvent, { type: 'button' }>): Promise<void> {
    await event.answer().catch((err: unknown) => this.log.debug({ err }, 'could not answer a staff tap'));
  }
}
