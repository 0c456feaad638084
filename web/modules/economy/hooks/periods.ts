// The reporting periods of an indicator's year: months (no standalone January for a Jan–Feb merged
// series) or quarters; and which of them have ended by today, so they can be entered.
import type { IndicatorRow } from '../types.ts';

export function yearPeriods(indicator: Pick<IndicatorRow, 'freq' | 'janFebMerged'>, year: number): string[] {
  if (indicator.freq === 'Q') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return indicator.janFebMerged ? months.slice(1) : months;
}

/** Last day of a month or quarter period, as YYYY-MM-DD. */
function periodEndDate(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  const [y, m] = q ? [Number(q[1]), Number(q[2]) * 3] : [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function periodEnded(period: string, today = new Date()): boolean {
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return periodEndDate(period) < iso;
}

/** The period before this one in the same year (null for the first). */
export function previousPeriod(indicator: Pick<IndicatorRow, 'freq' | 'janFebMerged'>, period: string): string | null {
  const list = yearPeriods(indicator, Number(period.slice(0, 4)));
  const i = list.indexOf(period);
  return i > 0 ? list[i - 1] : null;
}
