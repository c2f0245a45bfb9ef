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
        if (event.type === 'button') await event.answer().catch(() => undefined);
        return false;
      }
    }
    if (event.type === 'button') await event.answer().catch(() => undefined);
    return false;
  }
}
