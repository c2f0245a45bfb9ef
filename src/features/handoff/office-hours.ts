import type { Settings } from '../../kernel/content/flow-schema.js';

type Hours = NonNullable<Settings['office_hours']>;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The local weekday, date and minutes past midnight in a timezone. */
function localTime(now: number, timeZone: string): { day: (typeof DAYS)[number]; date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(now))
      .map((p) => [p.type, p.value]),
  );
  const day = String(parts.weekday).slice(0, 3).toLowerCase() as (typeof DAYS)[number];
  return {
    day,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** True when peer supporters are on shift: always when no hours are set (the default, 24/7). */
export function isOpen(hours: Settings['office_hours'], timeZone: string, now: number): boolean {
  if (!hours) return true;
  const t = localTime(now, timeZone);
  if (hours.holidays?.includes(t.date)) return false;
  return (hours[t.day] ?? []).some((range) => {
    const [from, to] = range.split('-') as [string, string];
    return t.minutes >= toMinutes(from) && t.minutes < toMinutes(to);
  });
}

/**
 * Describes the hours for a person, one line per day, with day names in their
 * language (Intl), e.g. "Mon 10:00–18:00". Only data, no sentence: the
 * sentence around it is a Fluent message.
 */
export function describeHours(hours: Hours, locale: string): string {
  const names = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: index i of DAYS is that date plus i days.
  return DAYS.map((day, i) => ({ day, name: names.format(new Date(Date.UTC(2023, 0, 1 + i))) }))
    .slice(1)
    .concat([{ day: 'sun', name: names.format(new Date(Date.UTC(2023, 0, 1))) }])
    .filter(({ day }) => (hours[day] ?? []).length)
    .map(({ day, name }) => `${name} ${(hours[day] ?? []).map((r) => r.replace('-', '–')).join(', ')}`)
    .join('\n');
}
