// Periods and calendar arithmetic (报告期、工作日): the canonical period strings every module stores
// — year `2023`, half `2023-H1`, quarter `2023-Q1`, month `2023-03`, day `2023-03-15` — and the
// date helpers built on them (start/end, shifting, containment, elapsed time, working days with
// 调休 make-up days, zh/en labels).
//
// Isomorphic and pure. Dates are ISO strings 'YYYY-MM-DD' and all arithmetic is done on integer
// day numbers (days since 1970-01-01, proleptic Gregorian), never on `Date` objects, so the
// results cannot depend on the machine's time zone. The only place an instant becomes a date is
// `isoDateAt`, which takes the UTC offset explicitly (China: +08:00, no daylight saving).

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'day';

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number };

/** Admin-maintained yearly calendar (节假日安排): statutory days off and weekend days worked instead (调休上班). */
export type WorkCalendar = { holidays: ReadonlySet<string>; makeupWorkdays: ReadonlySet<string> };

export const emptyCalendar: WorkCalendar = { holidays: new Set(), makeupWorkdays: new Set() };

// Four-digit years only: a period key must sort as text and stay 4+2+2 wide.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const PERIOD_RE = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

// ---------------------------------------------------------------- day numbers

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic, no Date.
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoOf(n: number): string {
  const { year, month, day } = civil(n);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`date out of range: day ${n}`);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function dayOf(date: string): number {
  const p = parsePeriod(date);
  if (!p || p.kind !== 'day') throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return dayNumber(p.year, p.month, p.day);
}

// ---------------------------------------------------------------- parsing and formatting

/** Parses a canonical period string; null when it is not one (`2023-13`, `2023-02-30`, `2023-Q5`, `2023-3`). */
export function parsePeriod(s: string): Period | null {
  if (typeof s !== 'string') return null;
  // Status of a city-scale year compares the same few hundred dates and months millions of times.
  const hit = parsed.get(s);
  if (hit !== undefined) return hit;
  const p = parseUncached(s);
  if (parsed.size >= 50_000) parsed.clear();
  parsed.set(s, p === null ? null : Object.freeze(p));
  return p;
}

const parsed = new Map<string, Period | null>();

function parseUncached(s: string): Period | null {
  const m = PERIOD_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR) return null;
  if (m[2]) return { kind: 'half', year, half: Number(m[2]) as 1 | 2 };
  if (m[3]) return { kind: 'quarter', year, quarter: Number(m[3]) as 1 | 2 | 3 | 4 };
  if (m[4] === undefined) return { kind: 'year', year };
  const month = Number(m[4]);
  if (month < 1 || month > 12) return null;
  if (m[5] === undefined) return { kind: 'month', year, month };
  const day = Number(m[5]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { kind: 'day', year, month, day };
}

/** Like parsePeriod but throws a RangeError naming the bad value; for inputs already validated upstream. */
export function toPeriod(s: string): Period {
  const p = parsePeriod(s);
  if (!p) throw new RangeError(`not a period: ${JSON.stringify(s)}`);
  return p;
}

export function isPeriod(s: unknown): s is string {
  return typeof s === 'string' && parsePeriod(s) !== null;
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && parsePeriod(s)?.kind === 'day';
}

export function periodKind(s: string): PeriodKind {
  return toPeriod(s).kind;
}

export function formatPeriod(p: Period): string {
  const y = String(p.year);
  switch (p.kind) {
    case 'year': return y;
    case 'half': return `${y}-H${p.half}`;
    case 'quarter': return `${y}-Q${p.quarter}`;
    case 'month': return `${y}-${pad2(p.month)}`;
    case 'day': return `${y}-${pad2(p.month)}-${pad2(p.day)}`;
  }
}

// ---------------------------------------------------------------- bounds

// First and last month (1-12) a non-day period covers.
function monthSpan(p: Exclude<Period, { kind: 'day' }>): [number, number] {
  switch (p.kind) {
    case 'year': return [1, 12];
    case 'half': return p.half === 1 ? [1, 6] : [7, 12];
    case 'quarter': return [p.quarter * 3 - 2, p.quarter * 3];
    case 'month': return [p.month, p.month];
  }
}

function startDay(p: Period): number {
  if (p.kind === 'day') return dayNumber(p.year, p.month, p.day);
  return dayNumber(p.year, monthSpan(p)[0], 1);
}

function endDay(p: Period): number {
  if (p.kind === 'day') return dayNumber(p.year, p.month, p.day);
  const last = monthSpan(p)[1];
  return dayNumber(p.year, last, daysInMonth(p.year, last));
}

/** First day of the period, 'YYYY-MM-DD'. */
export function periodStart(s: string): string {
  return isoOf(startDay(toPeriod(s)));
}

/** Last day of the period (inclusive), 'YYYY-MM-DD'. */
export function periodEnd(s: string): string {
  return isoOf(endDay(toPeriod(s)));
}

// ---------------------------------------------------------------- arithmetic and ordering

/** Shifts a period by n periods of its own kind: addPeriods('2023-11', 3) = '2024-02'. */
export function addPeriods(s: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addPeriods needs an integer, got ${n}`);
  const p = toPeriod(s);
  const check = (year: number) => {
    if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`period out of range: ${s} + ${n}`);
    return year;
  };
  // Count in units since year 0, then split back: avoids off-by-one handling of negative steps.
  const shift = (year: number, index: number, perYear: number) => {
    const u = year * perYear + (index - 1) + n;
    return { year: check(Math.floor(u / perYear)), index: (((u % perYear) + perYear) % perYear) + 1 };
  };
  switch (p.kind) {
    case 'year': return formatPeriod({ kind: 'year', year: check(p.year + n) });
    case 'half': { const r = shift(p.year, p.half, 2); return formatPeriod({ kind: 'half', year: r.year, half: r.index as 1 | 2 }); }
    case 'quarter': { const r = shift(p.year, p.quarter, 4); return formatPeriod({ kind: 'quarter', year: r.year, quarter: r.index as 1 | 2 | 3 | 4 }); }
    case 'month': { const r = shift(p.year, p.month, 12); return formatPeriod({ kind: 'month', year: r.year, month: r.index }); }
    case 'day': return isoOf(startDay(p) + n);
  }
}

/**
 * Orders periods by start date; for equal starts the longer (containing) period comes first, so a
 * sorted list reads 2023, 2023-H1, 2023-Q1, 2023-01, 2023-01-01, 2023-01-02, …, 2023-02, …
 * For two periods of the same kind this is plain chronological order.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  return startDay(pa) - startDay(pb) || endDay(pb) - endDay(pa);
}

/** True when every day of `inner` lies within `outer` (a period contains itself). */
export function periodContains(outer: string, inner: string): boolean {
  const o = toPeriod(outer);
  const i = toPeriod(inner);
  return startDay(o) <= startDay(i) && endDay(i) <= endDay(o);
}

/** The period of the given kind that contains the date: periodOf('2023-05-20', 'quarter') = '2023-Q2'. */
export function periodOf(date: string, kind: PeriodKind): string {
  const d = toPeriod(date);
  if (d.kind !== 'day') throw new RangeError(`periodOf needs an ISO date, got ${JSON.stringify(date)}`);
  switch (kind) {
    case 'year': return formatPeriod({ kind: 'year', year: d.year });
    case 'half': return formatPeriod({ kind: 'half', year: d.year, half: d.month <= 6 ? 1 : 2 });
    case 'quarter': return formatPeriod({ kind: 'quarter', year: d.year, quarter: Math.ceil(d.month / 3) as 1 | 2 | 3 | 4 });
    case 'month': return formatPeriod({ kind: 'month', year: d.year, month: d.month });
    case 'day': return date;
  }
}

/** The periods of `kind` inside `outer`, in order: subPeriods('2023-H2', 'quarter') = ['2023-Q3', '2023-Q4']. */
export function subPeriods(outer: string, kind: PeriodKind): string[] {
  const o = toPeriod(outer);
  const first = periodOf(isoOf(startDay(o)), kind);
  if (!periodContains(outer, first)) throw new RangeError(`a ${o.kind} does not divide into ${kind}s`);
  const out: string[] = [];
  for (let p = first; periodContains(outer, p); p = addPeriods(p, 1)) {
    out.push(p);
    if (endDay(toPeriod(p)) >= endDay(o)) break;
  }
  return out;
}

/** '2023-01' … '2023-12'. */
export function monthsOfYear(year: number): string[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`bad year: ${year}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-${pad2(i + 1)}`);
}

// ---------------------------------------------------------------- days

/** Signed number of days from `from` to `to`: daysBetween('2023-03-01', '2023-03-15') = 14. */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs an integer, got ${n}`);
  return isoOf(dayOf(date) + n);
}

export function compareDates(a: string, b: string): number {
  return dayOf(a) - dayOf(b);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  // Day 0 (1970-01-01) was a Thursday (4).
  return ((((dayOf(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Share of the span [start, end] that has elapsed by the END of `today`, counting days inclusively:
 * (today − start + 1) / (end − start + 1), clamped to [0, 1]. So on `start` one day of the span has
 * passed (a 365-day year gives 1/365), on `end` the fraction is exactly 1, before `start` it is 0.
 * Inclusive counting is what 序时进度 means: by 31 March a calendar year is 90/365 done.
 */
export function elapsedFraction(start: string, end: string, today: string): number {
  const s = dayOf(start);
  const e = dayOf(end);
  const t = dayOf(today);
  if (e < s) throw new RangeError(`end ${end} is before start ${start}`);
  if (t < s) return 0;
  if (t >= e) return 1;
  return (t - s + 1) / (e - s + 1);
}

/** The calendar date at an instant for a fixed UTC offset; default Beijing time (UTC+8, no DST). */
export function isoDateAt(epochMs: number, utcOffsetMinutes = 480): string {
  return isoOf(Math.floor((epochMs + utcOffsetMinutes * 60_000) / 86_400_000));
}

// ---------------------------------------------------------------- working days (工作日)

/**
 * Working day = a weekday that is not a holiday, or a weekend day listed as a make-up workday.
 * If an admin lists the same date in both sets the holiday wins: a deadline then moves later, which
 * errs in favour of the unit that must meet it.
 */
export function isWorkingDay(date: string, calendar: WorkCalendar = emptyCalendar): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.makeupWorkdays.has(date)) return true;
  return isoWeekday(date) <= 5;
}

// A Chinese calendar never has more than ~10 consecutive days off (Golden Week + weekend); a year of
// non-working days means a corrupt calendar, and without this bound the loops would never end.
const MAX_SCAN_DAYS = 366 * 2;

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); n = 0 returns `date` unchanged even
 * if it is not a working day. addWorkingDays(fri, 1) = the next Monday on an ordinary week.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar = emptyCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = dayOf(date);
  let left = Math.abs(n);
  let idle = 0;
  while (left > 0) {
    d += step;
    if (isWorkingDay(isoOf(d), calendar)) {
      left--;
      idle = 0;
    } else if (++idle > MAX_SCAN_DAYS) {
      throw new RangeError('work calendar has no working day in two years');
    }
  }
  return isoOf(d);
}

/**
 * Working days in the half-open interval (from, to]: the days after `from` up to and including `to`.
 * Negative when `to` is before `from`. Inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) = n.
 * A report due on `from` and filed on `to` is late by workingDaysBetween(from, to) working days.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar = emptyCalendar): number {
  const a = dayOf(from);
  const b = dayOf(to);
  if (b < a) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (isWorkingDay(isoOf(d), calendar)) count++;
  return count;
}

// ---------------------------------------------------------------- labels

const ZH_DIGITS = ['', '一', '二', '三', '四'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2023' → '2023年', '2023-H1' → '2023年上半年', '2023-Q1' → '2023年第一季度', '2023-03' → '2023年3月', '2023-03-15' → '2023年3月15日'. */
export function periodLabelZh(s: string): string {
  const p = toPeriod(s);
  switch (p.kind) {
    case 'year': return `${p.year}年`;
    case 'half': return `${p.year}年${p.half === 1 ? '上' : '下'}半年`;
    case 'quarter': return `${p.year}年第${ZH_DIGITS[p.quarter]}季度`;
    case 'month': return `${p.year}年${p.month}月`;
    case 'day': return `${p.year}年${p.month}月${p.day}日`;
  }
}

/** '2023' → '2023', '2023-H1' → 'H1 2023', '2023-Q1' → 'Q1 2023', '2023-03' → 'March 2023', '2023-03-15' → '15 March 2023'. */
export function periodLabelEn(s: string): string {
  const p = toPeriod(s);
  switch (p.kind) {
    case 'year': return String(p.year);
    case 'half': return `H${p.half} ${p.year}`;
    case 'quarter': return `Q${p.quarter} ${p.year}`;
    case 'month': return `${EN_MONTHS[p.month - 1]} ${p.year}`;
    case 'day': return `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  }
}

export function periodLabel(s: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? periodLabelZh(s) : periodLabelEn(s);
}
