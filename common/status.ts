// The traffic-light status (红黄绿灯) of anything with a start, a deadline and progress — tasks,
// indicators against targets, major projects, service-package tickets. Computed, never typed in.
// Every module calls computeStatus; docs/formulas.md repeats the rule below.
//
// Rule (domain.md §1.4; thresholds are `StatusRule`, defaults in brackets):
//   Expected progress e(t), in %:
//     t < start → 0;  t > due → 100;
//     else the plannedPct of the latest milestone (having a plannedPct) with plannedDate ≤ t,
//     else linear time progress = elapsedFraction(start, due, t) × 100 (inclusive days, periods.ts).
//   gap = actual − e(t), in percentage points (negative = behind); both rounded to 0.01 before
//   comparing, so "exactly 5 pp behind" is exact. No approved progress (actualPct null) counts as 0.
//   Precedence: closed > cancelled / suspended > done > not started > red > yellow > green.
//     closed      销号 done                                              → 'closed' (shown blue)
//     cancelled, suspended (暂缓, approved)                            → grey
//     done (completedDate ≤ today): on or before due                    → green  ['done']
//                                   after due                           → yellow ['done_late']
//     today < start                                                     → grey   ['not_started']
//     RED    the deadline passed undone (today > due)                   'deadline_passed'
//            a milestone's plannedDate passed undone (plannedDate < today) 'milestone_overdue'
//            gap < −redGapPp [20]                                        'behind_serious'
//            report late by more than lateReportYellowWorkingDays [5]   'report_very_late'
//            a 督办通知单 reply is overdue                                'supervision_overdue'
//            yellow now and yellow in the previous period                'yellow_twice'
//     YELLOW −redGapPp ≤ gap < −greenTolerancePp [−20 ≤ gap < −5]        'behind'
//            an undone milestone due within milestoneWarnDays [7] calendar days (0..7) 'milestone_due_soon'
//            report late by 1..lateReportYellowWorkingDays working days 'report_late'
//     GREEN  otherwise (gap ≥ −5 and nothing above)                      'on_track'
// `reasons` lists every rule that fired, most severe first, so the UI can say why; when actualPct
// is null 'no_progress_reported' is added. 'report_very_late' as red is our reading of §1.4, which
// only says "late by ≤ 5 working days → yellow"; set lateReportYellowWorkingDays high to soften it.
import { addDays, compareDates, elapsedFraction } from './periods.ts';

export type Status = 'green' | 'yellow' | 'red' | 'grey' | 'closed';
export type TrackedState = 'active' | 'closed' | 'cancelled' | 'suspended';

export type StatusRule = {
  /** Green while actual ≥ expected − this many pp. */
  greenTolerancePp: number;
  /** Red when actual < expected − this many pp. */
  redGapPp: number;
  /** Yellow when an undone milestone falls due within this many calendar days (today included). */
  milestoneWarnDays: number;
  /** A monthly report late by up to this many working days is yellow; later is red. */
  lateReportYellowWorkingDays: number;
};

export const defaultStatusRule: StatusRule = {
  greenTolerancePp: 5,
  redGapPp: 20,
  milestoneWarnDays: 7,
  lateReportYellowWorkingDays: 5,
};

export type MilestoneInput = { plannedDate: string; plannedPct?: number | null; doneDate?: string | null };

export type StatusInput = {
  today: string;
  start: string;
  due: string;
  state?: TrackedState;
  /** Cumulative % of the latest approved progress report; null when none was approved yet. */
  actualPct: number | null;
  milestones?: readonly MilestoneInput[];
  completedDate?: string | null;
  /** Working days the current monthly report is overdue (0 or absent = on time). */
  reportLateWorkingDays?: number;
  /** Status at the end of the previous reporting period. */
  previousStatus?: Status;
  supervisionReplyOverdue?: boolean;
};

export const reasonCodes = [
  'closed', 'cancelled', 'suspended', 'done', 'done_late', 'not_started',
  'deadline_passed', 'milestone_overdue', 'behind_serious', 'report_very_late', 'supervision_overdue', 'yellow_twice',
  'behind', 'milestone_due_soon', 'report_late',
  'on_track', 'no_progress_reported',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export type StatusResult = {
  status: Status;
  /** e(t) in %, 0..100, rounded to 0.01. */
  expectedPct: number;
  /** actual − expected in pp (negative = behind), rounded to 0.01; actual null counts as 0. */
  gapPp: number;
  reasons: ReasonCode[];
};

export const statusLabels: Record<Status, { zh: string; en: string }> = {
  green: { zh: '绿灯（正常推进）', en: 'Green (on track)' },
  yellow: { zh: '黄灯（预警）', en: 'Yellow (warning)' },
  red: { zh: '红灯（滞后）', en: 'Red (late)' },
  grey: { zh: '灰色（未启动/暂缓/取消）', en: 'Grey (not started / suspended / cancelled)' },
  closed: { zh: '已销号', en: 'Closed' },
};

// Labels carry {{placeholders}} for the configurable thresholds, so a district that changes the
// rule does not show stale numbers; use reasonLabel() to fill them.
export const reasonLabels: Record<ReasonCode, { zh: string; en: string }> = {
  closed: { zh: '已销号', en: 'Closed off' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  suspended: { zh: '经批准暂缓', en: 'Suspended with approval' },
  done: { zh: '按期完成', en: 'Completed on time' },
  done_late: { zh: '逾期完成', en: 'Completed after the deadline' },
  not_started: { zh: '尚未开始', en: 'Not started yet' },
  deadline_passed: { zh: '已过完成时限仍未完成', en: 'Deadline passed, not completed' },
  milestone_overdue: { zh: '有节点逾期未完成', en: 'A milestone is overdue' },
  behind_serious: { zh: '进度严重滞后（落后预期超过{{redGapPp}}个百分点）', en: 'Seriously behind (more than {{redGapPp}} pp below expected)' },
  report_very_late: { zh: '月度进展逾期超过{{lateReportYellowWorkingDays}}个工作日未报送', en: 'Monthly report more than {{lateReportYellowWorkingDays}} working days late' },
  supervision_overdue: { zh: '督办通知单逾期未回复', en: 'Supervision notice reply overdue' },
  yellow_twice: { zh: '连续两期黄灯', en: 'Yellow in two consecutive periods' },
  behind: { zh: '进度滞后（落后预期{{greenTolerancePp}}至{{redGapPp}}个百分点）', en: 'Behind ({{greenTolerancePp}}–{{redGapPp}} pp below expected)' },
  milestone_due_soon: { zh: '有节点{{milestoneWarnDays}}日内到期尚未完成', en: 'A milestone falls due within {{milestoneWarnDays}} days' },
  report_late: { zh: '月度进展逾期未报送（{{lateReportYellowWorkingDays}}个工作日内）', en: 'Monthly report late (up to {{lateReportYellowWorkingDays}} working days)' },
  on_track: { zh: '按计划推进', en: 'On track' },
  no_progress_reported: { zh: '尚无审核通过的进展', en: 'No approved progress yet' },
};

/** The label of a reason with the rule's thresholds filled in. */
export function reasonLabel(code: ReasonCode, lang: 'zh' | 'en', rule: StatusRule = defaultStatusRule): string {
  return reasonLabels[code][lang].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(rule[k as keyof StatusRule]));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * e(t) in % (see the header): 0 before start, 100 after due, else the planned % of the latest
 * milestone due on or before today, else linear time progress with inclusive day counting.
 */
export function expectedProgress(input: Pick<StatusInput, 'today' | 'start' | 'due' | 'milestones'>): number {
  const { today, start, due } = input;
  if (compareDates(today, start) < 0) return 0;
  if (compareDates(today, due) > 0) return 100;
  let latest: { date: string; pct: number } | null = null;
  for (const m of input.milestones ?? []) {
    if (m.plannedPct === null || m.plannedPct === undefined) continue;
    if (compareDates(m.plannedDate, today) > 0) continue;
    // Same date twice: take the higher target, the stricter reading of the plan.
    const c = latest ? compareDates(m.plannedDate, latest.date) : 1;
    if (c > 0 || (c === 0 && m.plannedPct > latest!.pct)) latest = { date: m.plannedDate, pct: m.plannedPct };
  }
  if (latest) return round2(Math.min(100, Math.max(0, latest.pct)));
  return round2(elapsedFraction(start, due, today) * 100);
}

export function computeStatus(input: StatusInput, rule: StatusRule = defaultStatusRule): StatusResult {
  const { today, due } = input;
  const expectedPct = expectedProgress(input);
  const actual = input.actualPct ?? 0;
  const gapPp = round2(actual - expectedPct);
  const result = (status: Status, reasons: ReasonCode[]): StatusResult => ({ status, expectedPct, gapPp, reasons });

  if (input.state === 'closed') return result('closed', ['closed']);
  if (input.state === 'cancelled') return result('grey', ['cancelled']);
  if (input.state === 'suspended') return result('grey', ['suspended']);

  // A completion dated in the future is not a completion yet.
  if (input.completedDate && compareDates(input.completedDate, today) <= 0) {
    return compareDates(input.completedDate, due) <= 0 ? result('green', ['done']) : result('yellow', ['done_late']);
  }
  if (compareDates(today, input.start) < 0) return result('grey', ['not_started']);

  const red: ReasonCode[] = [];
  const yellow: ReasonCode[] = [];

  if (compareDates(today, due) > 0) red.push('deadline_passed');

  const warnUntil = addDays(today, rule.milestoneWarnDays);
  let overdue = false;
  let dueSoon = false;
  for (const m of input.milestones ?? []) {
    if (m.doneDate && compareDates(m.doneDate, today) <= 0) continue;
    if (compareDates(m.plannedDate, today) < 0) overdue = true;
    else if (compareDates(m.plannedDate, warnUntil) <= 0) dueSoon = true;
  }
  if (overdue) red.push('milestone_overdue');

  if (gapPp < -rule.redGapPp) red.push('behind_serious');
  else if (gapPp < -rule.greenTolerancePp) yellow.push('behind');

  const late = input.reportLateWorkingDays ?? 0;
  if (late > rule.lateReportYellowWorkingDays) red.push('report_very_late');
  else if (late > 0) yellow.push('report_late');

  if (input.supervisionReplyOverdue) red.push('supervision_overdue');

  if (dueSoon) yellow.push('milestone_due_soon');

  const extra: ReasonCode[] = input.actualPct === null ? ['no_progress_reported'] : [];
  if (red.length > 0) return result('red', [...red, ...yellow, ...extra]);
  if (yellow.length > 0) {
    if (input.previousStatus === 'yellow') return result('red', ['yellow_twice', ...yellow, ...extra]);
    return result('yellow', [...yellow, ...extra]);
  }
  return result('green', ['on_track', ...extra]);
}
