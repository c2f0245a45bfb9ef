import type { Settings } from './flow-schema.js';

/** Variables every message can use, taken from the org settings. */
export function settingsGlobals(settings: Settings): Record<string, string> {
  const o = settings.organisation;
  return { org: o.name, hotline: o.hotline, email: o.email ?? '', website: o.website ?? '' };
}
