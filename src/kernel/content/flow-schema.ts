import { z } from 'zod';
import { MAX_OPTIONS, MAX_REGIONS, NODE_ID_PATTERN } from './limits.js';

const messageId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a Fluent message id (lower-case letters, digits and dashes)');
const nodeId = z.string().regex(NODE_ID_PATTERN, 'a node id of 1–24 lower-case letters, digits or dashes');
// A real calendar date: "2026-13-01" used to pass the pattern and then read as "NaN days ago",
// and "2026-02-30" as 2 March (tests/kernel/content/broken/schema.bad-date.yaml).
const isoDate = z.string().refine(isCalendarDate, 'a real date written YYYY-MM-DD, e.g. 2026-11-20');

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Schema of one option: a button label (message id) and the node it leads to. */
export const optionSchema = z.strictObject({ label: messageId, to: nodeId });

/** Schema of a node in `flows/*.yaml`. Node types may add fields of their own, checked by their own schema. */
export const nodeSchema = z
  .object({
    id: nodeId,
    type: z.string().min(1),
    text: messageId,
    options: z.array(optionSchema).max(MAX_OPTIONS).optional(),
    legal: z.strictObject({ checked: isoDate, sources: z.string().min(1).max(200) }).optional(),
    next: nodeId.optional(),
  })
  .passthrough();

/** Schema of a flow file. */
export const flowFileSchema = z.strictObject({ nodes: z.array(nodeSchema).min(1) });

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'a time range like 10:00-18:00');
const day = z.array(clock);

/** Schema of office hours; `null` (the default) means open 24/7. */
export const officeHoursSchema = z
  .strictObject({
    mon: day.optional(),
    tue: day.optional(),
    wed: day.optional(),
    thu: day.optional(),
    fri: day.optional(),
    sat: day.optional(),
    sun: day.optional(),
    holidays: z.array(isoDate).optional(),
  })
  .nullable()
  .default(null);

/** Schema of `flows/settings.yaml`: everything another organisation changes to adopt Peerline. */
export const settingsSchema = z.strictObject({
  organisation: z.strictObject({
    name: z.string().min(1),
    hotline: z.string().min(1),
    email: z.string().optional(),
    website: z.string().optional(),
  }),
  locales: z.strictObject({
    enabled: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag such as en or zh-Hans')).min(1),
    default: z.string(),
  }),
  entry: z.strictObject({ home: nodeId, language: nodeId, help: nodeId }),
  timezone: z.string().default('UTC'),
  office_hours: officeHoursSchema,
  // Safety-alert regions (the `alerts` node, docs/alerts.md); ids are stored with subscriptions, so never rename one.
  regions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]{1,16}$/, '1–16 lower-case letters, digits or dashes'),
        label: messageId,
      }),
    )
    .max(MAX_REGIONS)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'region ids must be unique')
    .optional(),
});

/** Represents validated org settings. */
export type Settings = z.infer<typeof settingsSchema>;
