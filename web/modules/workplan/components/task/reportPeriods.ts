// Which months a lead unit may report on a task, and which one the form should open on.
import { addPeriods, comparePeriods, periodOf } from '../../../../../common/periods.ts';
import type { TaskDetail } from '../../types.ts';

/** Months from the task's start to its due month, not after the status date's month (newest first). */
export function reportableMonths(task: Pick<TaskDetail, 'startDate' | 'dueDate' | 'statusDate'>): string[] {
  const first = periodOf(task.startDate, 'month');
  const due = periodOf(task.dueDate, 'month');
  const now = periodOf(task.statusDate, 'month');
  const last = comparePeriods(due, now) < 0 ? due : now;
  const out: string[] = [];
  for (let p = last; comparePeriods(p, first) >= 0 && out.length < 36; p = addPeriods(p, -1)) out.push(p);
  return out;
}

/** Months still open for a report: no report yet, a draft or a returned one. */
export function openMonths(task: TaskDetail): string[] {
  const closed = new Set(task.reports.filter((r) => r.state === 'submitted' || r.state === 'approved').map((r) => r.period));
  return reportableMonths(task).filter((p) => !closed.has(p));
}

/** The month to report: a returned or draft report first, then the missing month, then the newest open month. */
export function defaultMonth(task: TaskDetail): string | null {
  const open = openMonths(task);
  const pending = task.reports.filter((r) => r.state === 'returned' || r.state === 'draft').map((r) => r.period).filter((p) => open.includes(p));
  if (pending.length) return pending.sort(comparePeriods).at(-1)!;
  if (task.missingReport && open.includes(task.missingReport)) return task.missingReport;
  return open[0] ?? null;
}
