import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentIssue } from './issues.js';
import { REVIEW_FILE } from './load-flows.js';
import { parseLocatedYaml } from './yaml-lines.js';

const entrySchema = z.strictObject({
  status: z.enum(['draft', 'reviewed']),
  by: z.string().optional(),
  on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  notes: z.string().optional(),
});

/** Represents the review status of each locale (`flows/review.yaml`). */
export type ReviewStatus = Record<string, z.infer<typeof entrySchema>>;

/** Reads the review status; reports a warning for every enabled locale not reviewed by a named person. */
export function checkReview(root: string, enabled: readonly string[], flowsDir = 'flows'): ContentIssue[] {
  const file = path.posix.join(flowsDir, REVIEW_FILE);
  const full = path.join(root, flowsDir, REVIEW_FILE);
  const issues: ContentIssue[] = [];
  let data: ReviewStatus = {};
  let lineOf = (_p: readonly PropertyKey[]) => 0;
  if (existsSync(full)) {
    const yaml = parseLocatedYaml(readFileSync(full, 'utf8'));
    lineOf = yaml.lineOf;
    for (const e of yaml.errors)
      issues.push({ severity: 'error', code: 'yaml_syntax', file, line: e.line, message: e.message });
    const parsed = z.record(z.string(), entrySchema).safeParse(yaml.data ?? {});
    if (parsed.success) data = parsed.data;
    else
      for (const z of parsed.error.issues)
        issues.push({
          severity: 'error',
          code: 'schema',
          file,
          line: yaml.lineOf(z.path),
          message: `${z.path.join('.')}: ${z.message}`,
        });
  }
  for (const locale of enabled) {
    const entry = data[locale];
    if (!entry || entry.status !== 'reviewed' || !entry.by) {
      // A locale that is not listed has no line of its own (lineOf would give its parent's, another locale's line).
      issues.push({
        severity: 'warning',
        code: 'unreviewed_locale',
        file,
        line: entry ? lineOf([locale]) : 0,
        locale,
        message: `locale ${locale} is ${entry?.status ?? 'not listed'}: have a community translator review it, then set status: reviewed, by and on`,
      });
    }
  }
  return issues;
}
