import { round, type SectionResult, type Target } from './lib.js';

/** Formats a target for the table: `>= 2000 /s`, `< 10 ms`, `= 0`. */
function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  return `${target.op} ${target.value}${unit === 'count' ? '' : ` ${unit}`}`;
}

/** Formats a value with its unit. */
function formatValue(value: number, unit: string): string {
  const shown = Number.isFinite(value)
    ? round(value).toLocaleString('en-US', { maximumFractionDigits: 3 })
    : String(value);
  return unit === 'count' ? shown : `${shown} ${unit}`;
}

/** Renders rows as a plain-text table with aligned columns. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Renders every section's figures as one table: section, figure, value, target, met, sending mode. */
export function resultsTable(sections: readonly SectionResult[]): string {
  const rows = sections.flatMap((s) =>
    s.figures.map((f) => [
      s.id,
      f.label,
      formatValue(f.value, f.unit),
      formatTarget(f.target, f.unit),
      f.met === undefined ? '' : f.met ? 'yes' : 'NO',
      f.mode,
    ]),
  );
  return textTable(['section', 'figure', 'value', 'target', 'met', 'mode'], rows);
}
