// The monthly report deadline as the reporter sees it: this month's due day (reportDueDay of the
// plan year) relative to the status date.
import { addPeriods, compareDates, daysBetween, periodOf } from '../../../../../common/periods.ts';

export type Deadline = { period: string; date: string; passed: boolean; daysLeft: number; next: { period: string; date: string } };

export function reportDeadline(statusDate: string, dueDay: number): Deadline {
  const period = periodOf(statusDate, 'month');
  const day = String(dueDay).padStart(2, '0');
  const date = `${period}-${day}`;
  const nextPeriod = addPeriods(period, 1);
  return { period, date, passed: compareDates(statusDate, date) > 0, daysLeft: daysBetween(statusDate, date), next: { period: nextPeriod, date: `${nextPeriod}-${day}` } };
}

/** '10月25日' / '25 Oct'. */
export function monthDay(date: string, lang: 'zh' | 'en'): string {
  const [, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${m}月${d}日`;
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}`;
}
