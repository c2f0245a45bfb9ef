import { STAFF_SYSTEM_MESSAGES } from '../staff/messages.js';
import { FALLBACK_ID, UNSUPPORTED_ID } from '../engine/step.js';
import { LEGAL_FOOTER_ID } from '../engine/nodes/info.js';
import { LANGUAGE_NAME_ID } from '../engine/nodes/language.js';

/**
 * Message ids that code (not flows) uses. Every enabled locale must have all
 * of them; the content check reports any that is missing, by locale.
 */
export const SYSTEM_MESSAGES = {
  languageName: LANGUAGE_NAME_ID,
  fallback: FALLBACK_ID,
  unsupported: UNSUPPORTED_ID,
  legalFooter: LEGAL_FOOTER_ID,
  navBack: 'nav-back',
  navHome: 'nav-home',
  selectedMark: 'selected-mark',
  whatsappHint: 'whatsapp-reply-hint',
  whatsappHintHome: 'whatsapp-reply-hint-home',
  keywordsMenu: 'keywords-menu',
  keywordsBack: 'keywords-back',
  keywordsLanguage: 'keywords-language',
  keywordsHelp: 'keywords-help',
  keywordsStop: 'keywords-stop',
  /** START: safety alerts again, for the regions chosen before (locales/<lang>/alerts.ftl). */
  keywordsStart: 'keywords-start',
  commandStart: 'command-start',
  commandMenu: 'command-menu',
  commandLanguage: 'command-language',
  commandHelp: 'command-help',
  /** /clear's description in Telegram's command menu (a quick exit two taps away). */
  commandClear: 'command-clear',
} as const;

/** Every message id the kernel's code uses (features list theirs in src/features/index.ts). */
export const systemMessageIds: string[] = [...Object.values(SYSTEM_MESSAGES), ...Object.values(STAFF_SYSTEM_MESSAGES)];

/** Staff-only message ids start with this; they are required in the default locale only. */
export const STAFF_PREFIX = 'staff-';
