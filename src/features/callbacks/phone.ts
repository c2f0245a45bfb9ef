import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { EngineServices, PhoneNumber } from '../../kernel/engine/types.js';

/** The region a number without `+` is read in: Peerline serves people in Canada. */
export const DEFAULT_PHONE_REGION: CountryCode = 'CA';

/**
 * Validates a typed phone number with libphonenumber-js's full metadata
 * (`/max`: real number ranges, not only lengths). A number without `+` is
 * read in `region`; a valid foreign number written with `+` and its country
 * code is accepted. Returns null, never throws, on anything else.
 * Official reference: https://gitlab.com/catamphetamine/libphonenumber-js#readme
 */
export function parsePhone(text: string, region: CountryCode = DEFAULT_PHONE_REGION): PhoneNumber | null {
  try {
    const parsed = parsePhoneNumberFromString(text, region);
    // An extension cannot be dialled back reliably; ask for the plain number instead.
    if (!parsed || !parsed.isValid() || parsed.ext) return null;
    return { e164: parsed.number, display: parsed.formatInternational() };
  } catch {
    // libphonenumber throws on some malformed input: "not a phone number" is the answer.
    return null;
  }
}

/**
 * Reads the number behind a WhatsApp chat id when the id is phone-based
 * (`14165550123@c.us`). Ids of the newer `@lid` form, groups and anything
 * else are not phone numbers and give null: we never guess a number from them.
 */
export function whatsappChatPhone(address: string): PhoneNumber | null {
  const match = /^(\d{7,15})@c\.us$/.exec(address);
  return match ? parsePhone(`+${match[1]}`) : null;
}

/** The services the app injects into the engine (Env.services). */
export function appServices(region: CountryCode = DEFAULT_PHONE_REGION): EngineServices {
  return { phone: (text) => parsePhone(text, region) };
}
