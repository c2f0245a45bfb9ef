/** Represents one content problem, located by file and line so an editor can fix it. */
export interface ContentIssue {
  readonly severity: 'error' | 'warning';
  readonly code: IssueCode;
  /** Path relative to the project root, e.g. `flows/police.yaml`. */
  readonly file: string;
  /** 1-based line, 0 when the problem is about the whole file. */
  readonly line: number;
  readonly locale?: string;
  readonly message: string;
}

/**
 * The kinds of problem the content check reports, as a list so tests can loop over them:
 * tests/kernel/content/check.test.ts fails when one has no fixture in tests/kernel/content/broken.
 */
export const ISSUE_CODES = [
  'yaml_syntax',
  'schema',
  'duplicate_node',
  'unknown_target',
  'unknown_node_type',
  'unreachable_node',
  'dead_end',
  'missing_message',
  'unused_message',
  'fluent_junk',
  'duplicate_message',
  'variable_mismatch',
  'text_too_long',
  'label_too_long',
  'callback_data_too_long',
  'missing_locale',
  'unreviewed_locale',
  'stale_legal_check',
] as const;

/** Represents one kind of content problem (see {@link ISSUE_CODES}). */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Formats an issue as `file:line: severity [code] message` for terminals and CI logs. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const locale = issue.locale ? ` (${issue.locale})` : '';
  return `${where}: ${issue.severity} [${issue.code}]${locale} ${issue.message}`;
}

/** Represents a content set that could not be loaded; carries every issue found. */
export class ContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(
      `content has ${issues.filter((i) => i.severity === 'error').length} error(s):\n${issues.map(formatIssue).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}
