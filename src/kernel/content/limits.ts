/** Named limits that content must respect; the content check enforces them. */

/** Our own aim for one screen on a phone; longer screens get a warning. */
export const TARGET_SCREEN_CHARS = 700;
/** Longest button label that still fits a phone screen. */
export const MAX_LABEL_CHARS = 32;
/** WhatsApp menus use 1–8; 0 is Back and 9 is Main menu. */
export const MAX_OPTIONS = 8;
/** Alert regions: with Save and Stop they still fit WhatsApp's numbers 1–8. */
export const MAX_REGIONS = 6;
/** Node ids are short so that callback data stays small. */
export const NODE_ID_PATTERN = /^[a-z0-9-]{1,24}$/;
/** A legal screen older than this (in days) gets a warning. */
export const LEGAL_REVIEW_DAYS = 183;
