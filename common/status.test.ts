import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeStatus, defaultStatusRule, expectedProgress, reasonCodes, reasonLabel, reasonLabels, statusLabels,
  type ReasonCode, type Status, type StatusInput, type StatusRule,
} from './status.ts';

// A 40-day task, 1 March – 9 April 2023 (inclusive). On 20 March 20 of 40 days have elapsed, so the
// linear expectation is exactly 50 %; on 1 March it is 1/40 = 2.5 %.
const base: StatusInput = { today: '2023-03-20', start: '2023-03-01', due: '2023-04-09', actualPct: 50 };

type Case = {
  name: string;
  input: Partial<StatusInput>;
  rule?: Partial<StatusRule>;
  status: Status;
  expectedPct: number;
  gapPp: number;
  reasons: ReasonCode[];
};

const cases: Case[] = [
  // progress against linear time
  { name: 'on schedule', input: {}, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },
  { name: 'ahead of schedule', input: { actualPct: 80 }, status: 'green', expectedPct: 50, gapPp: 30, reasons: ['on_track'] },
  { name: 'exactly 5 pp behind is still green', input: { actualPct: 45 }, status: 'green', expectedPct: 50, gapPp: -5, reasons: ['on_track'] },
  { name: '5.01 pp behind is yellow', input: { actualPct: 44.99 }, status: 'yellow', expectedPct: 50, gapPp: -5.01, reasons: ['behind'] },
  { name: 'exactly 20 pp behind is yellow', input: { actualPct: 30 }, status: 'yellow', expectedPct: 50, gapPp: -20, reasons: ['behind'] },
  { name: '20.01 pp behind is red', input: { actualPct: 29.99 }, status: 'red', expectedPct: 50, gapPp: -20.01, reasons: ['behind_serious'] },
  { name: 'no approved progress at mid-span counts as 0', input: { actualPct: null }, status: 'red', expectedPct: 50, gapPp: -50, reasons: ['behind_serious', 'no_progress_reported'] },
  { name: 'no progress on the first day is fine', input: { actualPct: null, today: '2023-03-01' }, status: 'green', expectedPct: 2.5, gapPp: -2.5, reasons: ['on_track', 'no_progress_reported'] },
  { name: 'a 365-day year on 31 March expects 90/365', input: { start: '2023-01-01', due: '2023-12-31', today: '2023-03-31', actualPct: 20 }, status: 'green', expectedPct: 24.66, gapPp: -4.66, reasons: ['on_track'] },

  // lifecycle states
  { name: 'not started yet', input: { today: '2023-02-28', actualPct: 0 }, status: 'grey', expectedPct: 0, gapPp: 0, reasons: ['not_started'] },
  { name: 'closed (销号) wins over anything', input: { state: 'closed', today: '2023-05-01', actualPct: 10, supervisionReplyOverdue: true }, status: 'closed', expectedPct: 100, gapPp: -90, reasons: ['closed'] },
  { name: 'cancelled is grey', input: { state: 'cancelled', actualPct: 0 }, status: 'grey', expectedPct: 50, gapPp: -50, reasons: ['cancelled'] },
  { name: 'suspended is grey', input: { state: 'suspended', actualPct: 0 }, status: 'grey', expectedPct: 50, gapPp: -50, reasons: ['suspended'] },
  { name: 'done on the due day is green', input: { completedDate: '2023-04-09', today: '2023-04-20', actualPct: 100 }, status: 'green', expectedPct: 100, gapPp: 0, reasons: ['done'] },
  { name: 'done early is green even if a milestone was missed', input: { completedDate: '2023-03-18', actualPct: 100, milestones: [{ plannedDate: '2023-03-10' }] }, status: 'green', expectedPct: 50, gapPp: 50, reasons: ['done'] },
  { name: 'done one day late is yellow', input: { completedDate: '2023-04-10', today: '2023-04-20', actualPct: 100 }, status: 'yellow', expectedPct: 100, gapPp: 0, reasons: ['done_late'] },
  { name: 'a completion dated in the future is ignored', input: { completedDate: '2023-03-25', actualPct: 20 }, status: 'red', expectedPct: 50, gapPp: -30, reasons: ['behind_serious'] },

  // deadline
  { name: 'on the due day 96 % is green', input: { today: '2023-04-09', actualPct: 96 }, status: 'green', expectedPct: 100, gapPp: -4, reasons: ['on_track'] },
  { name: 'the day after due, undone, is red', input: { today: '2023-04-10', actualPct: 99 }, status: 'red', expectedPct: 100, gapPp: -1, reasons: ['deadline_passed'] },

  // milestones
  { name: 'milestone % replaces linear time', input: { actualPct: 36, milestones: [{ plannedDate: '2023-03-10', plannedPct: 40, doneDate: '2023-03-10' }] }, status: 'green', expectedPct: 40, gapPp: -4, reasons: ['on_track'] },
  {
    name: 'the latest milestone due on or before today sets e(t)',
    input: { actualPct: 55, milestones: [{ plannedDate: '2023-03-05', plannedPct: 20, doneDate: '2023-03-05' }, { plannedDate: '2023-03-20', plannedPct: 60, doneDate: '2023-03-19' }, { plannedDate: '2023-03-31', plannedPct: 80 }] },
    status: 'green', expectedPct: 60, gapPp: -5, reasons: ['on_track'],
  },
  { name: 'a milestone without % keeps linear time', input: { milestones: [{ plannedDate: '2023-03-10', doneDate: '2023-03-09' }] }, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },
  { name: 'a milestone passed undone is red', input: { milestones: [{ plannedDate: '2023-03-19' }] }, status: 'red', expectedPct: 50, gapPp: 0, reasons: ['milestone_overdue'] },
  { name: 'a milestone marked done in the future is still overdue', input: { milestones: [{ plannedDate: '2023-03-19', doneDate: '2023-03-21' }] }, status: 'red', expectedPct: 50, gapPp: 0, reasons: ['milestone_overdue'] },
  { name: 'a milestone done late is no longer overdue', input: { milestones: [{ plannedDate: '2023-03-15', doneDate: '2023-03-18' }] }, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },
  { name: 'a milestone due today is yellow, not overdue', input: { milestones: [{ plannedDate: '2023-03-20' }] }, status: 'yellow', expectedPct: 50, gapPp: 0, reasons: ['milestone_due_soon'] },
  { name: 'a milestone due in exactly 7 days is yellow', input: { milestones: [{ plannedDate: '2023-03-27' }] }, status: 'yellow', expectedPct: 50, gapPp: 0, reasons: ['milestone_due_soon'] },
  { name: 'a milestone due in 8 days is green', input: { milestones: [{ plannedDate: '2023-03-28' }] }, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },

  // monthly report lateness (working days)
  { name: 'report 1 working day late is yellow', input: { reportLateWorkingDays: 1 }, status: 'yellow', expectedPct: 50, gapPp: 0, reasons: ['report_late'] },
  { name: 'report exactly 5 working days late is yellow', input: { reportLateWorkingDays: 5 }, status: 'yellow', expectedPct: 50, gapPp: 0, reasons: ['report_late'] },
  { name: 'report 6 working days late is red', input: { reportLateWorkingDays: 6 }, status: 'red', expectedPct: 50, gapPp: 0, reasons: ['report_very_late'] },
  { name: 'report on time (0) is green', input: { reportLateWorkingDays: 0 }, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },

  // escalation
  { name: 'yellow after a yellow period is red', input: { actualPct: 40, previousStatus: 'yellow' }, status: 'red', expectedPct: 50, gapPp: -10, reasons: ['yellow_twice', 'behind'] },
  { name: 'green after a yellow period stays green', input: { previousStatus: 'yellow' }, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },
  { name: 'yellow after a red period is yellow', input: { actualPct: 40, previousStatus: 'red' }, status: 'yellow', expectedPct: 50, gapPp: -10, reasons: ['behind'] },
  { name: 'an overdue 督办 reply is red even on track', input: { supervisionReplyOverdue: true }, status: 'red', expectedPct: 50, gapPp: 0, reasons: ['supervision_overdue'] },
  {
    name: 'every fired rule is listed, most severe first',
    input: { today: '2023-04-12', actualPct: 70, milestones: [{ plannedDate: '2023-04-01' }], reportLateWorkingDays: 2 },
    status: 'red', expectedPct: 100, gapPp: -30, reasons: ['deadline_passed', 'milestone_overdue', 'behind_serious', 'report_late'],
  },

  // configurable thresholds
  { name: 'a wider green band (10 pp) keeps 9 pp behind green', input: { actualPct: 41 }, rule: { greenTolerancePp: 10 }, status: 'green', expectedPct: 50, gapPp: -9, reasons: ['on_track'] },
  { name: 'a 3-day warning window ignores a milestone 5 days away', input: { milestones: [{ plannedDate: '2023-03-25' }] }, rule: { milestoneWarnDays: 3 }, status: 'green', expectedPct: 50, gapPp: 0, reasons: ['on_track'] },
  { name: 'a 10-pp red gap makes 15 pp behind red', input: { actualPct: 35 }, rule: { redGapPp: 10 }, status: 'red', expectedPct: 50, gapPp: -15, reasons: ['behind_serious'] },
];

describe('status computeStatus', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = computeStatus({ ...base, ...c.input }, { ...defaultStatusRule, ...c.rule });
      assert.deepEqual(got, { status: c.status, expectedPct: c.expectedPct, gapPp: c.gapPp, reasons: c.reasons });
    });
  }

  it('covers every reason code in the table', () => {
    const seen = new Set(cases.flatMap((c) => c.reasons));
    assert.deepEqual(reasonCodes.filter((r) => !seen.has(r)), []);
  });
});

describe('status expectedProgress', () => {
  const rows: [string, Partial<StatusInput>, number][] = [
    ['0 before start', { today: '2023-02-01' }, 0],
    ['100 after due', { today: '2023-05-01' }, 100],
    ['linear on day 10 of 40', { today: '2023-03-10' }, 25],
    ['linear on the due day', { today: '2023-04-09' }, 100],
    ['milestone % due the same day counts', { milestones: [{ plannedDate: '2023-03-20', plannedPct: 70 }] }, 70],
    ['milestone % due tomorrow does not', { milestones: [{ plannedDate: '2023-03-21', plannedPct: 70 }] }, 50],
    ['latest date wins, not list order', { milestones: [{ plannedDate: '2023-03-15', plannedPct: 30 }, { plannedDate: '2023-03-05', plannedPct: 10 }] }, 30],
    ['two milestones the same day: the higher %', { milestones: [{ plannedDate: '2023-03-15', plannedPct: 30 }, { plannedDate: '2023-03-15', plannedPct: 45 }] }, 45],
    ['null % is skipped in favour of an earlier %', { milestones: [{ plannedDate: '2023-03-05', plannedPct: 10 }, { plannedDate: '2023-03-15', plannedPct: null }] }, 10],
    ['a % above 100 is capped', { milestones: [{ plannedDate: '2023-03-15', plannedPct: 120 }] }, 100],
    ['step, not interpolation: after the 30 % milestone e stays 30', { today: '2023-04-08', milestones: [{ plannedDate: '2023-03-10', plannedPct: 30 }] }, 30],
  ];
  for (const [name, input, e] of rows) {
    it(name, () => assert.equal(expectedProgress({ ...base, ...input }), e));
  }
});

describe('status labels', () => {
  it('every reason and status has zh and en', () => {
    for (const r of reasonCodes) {
      assert.ok(reasonLabels[r].zh.length > 0 && reasonLabels[r].en.length > 0, r);
    }
    for (const s of ['green', 'yellow', 'red', 'grey', 'closed'] as const) assert.ok(statusLabels[s].zh && statusLabels[s].en);
  });
  it('fills thresholds from the rule', () => {
    assert.equal(reasonLabel('behind', 'zh'), '进度滞后（落后预期5至20个百分点）');
    assert.equal(reasonLabel('behind_serious', 'en', { ...defaultStatusRule, redGapPp: 15 }), 'Seriously behind (more than 15 pp below expected)');
    assert.equal(reasonLabel('milestone_due_soon', 'zh'), '有节点7日内到期尚未完成');
    for (const r of reasonCodes) assert.doesNotMatch(reasonLabel(r, 'zh') + reasonLabel(r, 'en'), /\{\{/);
  });
});
