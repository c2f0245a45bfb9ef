/**
 * Button data on alert preview cards: `s:al:<action>:<alert>[:<region>]`.
 * The `s:` prefix makes the adapter route taps to staff handling (only taps
 * inside the staff group ever arrive); the alert id is checked against the
 * database before acting. At most 7 + 12 + 1 + 16 = 36 bytes, under
 * Telegram's 64.
 */
export type AlertButton =
  | { readonly action: 'region'; readonly alertId: number; readonly region: string }
  | { readonly action: 'category' | 'approve' | 'cancel'; readonly alertId: number };

const CODES = { region: 'r', category: 'c', approve: 'ok', cancel: 'x' } as const;

/** Button data for an action on an alert card. */
export function alertButtonData(button: AlertButton): string {
  const base = `s:al:${CODES[button.action]}:${button.alertId}`;
  return button.action === 'region' ? `${base}:${button.region}` : base;
}

/** Reads alert button data; anything malformed (or another feature's button) gives null. */
export function parseAlertButton(data: string): AlertButton | null {
  const match = /^s:al:(r|c|ok|x):(\d{1,12})(?::([a-z0-9-]{1,16}))?$/.exec(data);
  if (!match) return null;
  const alertId = Number(match[2]);
  const region = match[3];
  switch (match[1]) {
    case 'r':
      return region ? { action: 'region', alertId, region } : null;
    case 'c':
      return region ? null : { action: 'category', alertId };
    case 'ok':
      return region ? null : { action: 'approve', alertId };
    default:
      return region ? null : { action: 'cancel', alertId };
  }
}
