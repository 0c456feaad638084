// Year-end assessment (考核): every lead unit's score from its tasks (business and party building in one
// sheet — 同考核), with deductions for missing, late and returned reports, months ended red and overdue
// supervision replies, and bonus items with reasons. Every point carries the record it came from.
// Formulas: docs/formulas.md §assessment.
import { computeStatus, type StatusRule } from '../../../common/status.ts';
import { addPeriods, compareDates, comparePeriods, periodEnd, periodOf } from '../../../common/periods.ts';
import { assessmentSchemeSchema, defaultAssessmentScheme, type AssessmentScheme } from '../../../common/workplan.ts';
import { auditActorOf, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './workplan.repository.ts';
import { listTasks, requiredPeriod, statusDateOf } from './workplan.service.ts';
import { defaultStatusRule } from '../../../common/status.ts';

export type ScoreItem = { kind: 'task' | 'deduction' | 'bonus'; points: number; reason: string; source: { type: string; id: number | string; code?: string } };
export type UnitScore = {
  unitId: number; unitName: string; business: number | null; party: number | null; deductions: number; bonus: number; total: number;
  rank: number; grade: '优秀' | '良好' | '合格' | '不合格'; taskCount: number; items: ScoreItem[];
};

export function schemeOf(y: { assessmentJson: string }): AssessmentScheme {
  return { ...defaultAssessmentScheme, ...(JSON.parse(y.assessmentJson || '{}') as Partial<AssessmentScheme>) };
}

export function validateScheme(s: AssessmentScheme): void {
  const share = s.businessShare + s.partyShare;
  if (Math.abs(share - 100) > 1e-9) throw new AppError('assessment.weights_sum', { what: '业务与党建占比', sum: share });
  if (s.areaWeights && Object.keys(s.areaWeights).length) {
    const sum = Object.values(s.areaWeights).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-9) throw new AppError('assessment.weights_sum', { what: '各领域权重', sum });
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

export async function computeAssessment(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'plan.read');
  const y = await repo.yearRow(ctx.db, year);
  if (!y) throw new AppError('plan.year_not_found', { year });
  const scheme = schemeOf(y);
  const today = statusDateOf(y);
  const rule: StatusRule = { ...defaultStatusRule, ...(JSON.parse(y.statusRuleJson) as Partial<StatusRule>) };
  // The whole district's tasks are scored; a unit-scoped reader then sees only their own unit's row.
  const all: Actor = { ...actor, role: 'leader', orgPath: null };
  const [{ items: tasks }, areas, reports, milestones, notices] = await Promise.all([
    listTasks(ctx, all, { year, page: 1, pageSize: 1_000_000 }), repo.areas(ctx.db, year), repo.reportFactsOf(ctx.db, year), repo.milestonesOf(ctx.db, { year }),
    ctx.db.selectFrom('supervisionNotices').innerJoin('tasks', 'tasks.id', 'supervisionNotices.taskId').selectAll('supervisionNotices').where('tasks.year', '=', year).execute(),
  ]);
  const areaSeq = new Map(areas.map((a) => [a.id, a.seq]));
  const byTask = <T extends { taskId: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) (m.get(r.taskId) ?? m.set(r.taskId, []).get(r.taskId)!).push(r);
    return m;
  };
  const rs = byTask(reports);
  const ms = byTask(milestones);
  const ns = byTask(notices);
  const units = new Map<number, { name: string; tasks: typeof tasks }>();
  for (const t of tasks) {
    if (t.state === 'cancelled') continue;
    (units.get(t.leadUnitId) ?? units.set(t.leadUnitId, { name: t.leadUnitName, tasks: [] }).get(t.leadUnitId)!).tasks.push(t);
  }
  const req = requiredPeriod(today, y.reportDueDay);
  const scores: UnitScore[] = [];
  for (const [unitId, u] of units) {
    const items: ScoreItem[] = [];
    const part = { 业务: { pts: 0, w: 0 }, 党建: { pts: 0, w: 0 } };
    let deductions = 0;
    for (const t of u.tasks) {
      const areaW = scheme.areaWeights?.[String(areaSeq.get(t.areaId))];
      const w = t.weight * (areaW !== undefined ? areaW / 100 : 1);
      const due = compareDates(t.dueDate, today) < 0;
      const done = t.state === 'closed' || (t.actualPct ?? 0) >= 100;
      const doneLate = done && t.reasons.includes('done_late');
      // Completion factor: done on time / done late / partial / undone; a task still running counts as
      // on time while on track and as partial while behind (a provisional score before year end).
      const [factor, label] = done ? (doneLate ? [scheme.completion.late, '逾期完成'] : [scheme.completion.onTime, '按期完成'])
        : due ? ((t.actualPct ?? 0) >= 50 ? [scheme.completion.partial, '到期部分完成'] : [scheme.completion.undone, '到期未完成'])
          : t.status === 'green' ? [scheme.completion.onTime, '进行中、进度正常'] : [scheme.completion.partial, '进行中、进度滞后'];
      const cat = t.category === '党建' ? '党建' : '业务';
      part[cat].pts += w * factor;
      part[cat].w += w;
      items.push({ kind: 'task', points: round(w * factor), reason: `${t.title}：${label}（权重 ${round(w)} × 系数 ${factor}）`, source: { type: 'task', id: t.id, code: t.code } });
      // Reports: every month from the start to the month now due must have been filed by the due day.
      const taskReports = rs.get(t.id) ?? [];
      const last = comparePeriods(periodOf(t.dueDate, 'month'), req.period) < 0 ? periodOf(t.dueDate, 'month') : req.period;
      for (let p = periodOf(t.startDate, 'month'); comparePeriods(p, last) <= 0; p = addPeriods(p, 1)) {
        const r = taskReports.find((x) => x.period === p);
        const deadline = `${p}-${String(y.reportDueDay).padStart(2, '0')}`;
        if (!r || r.state === 'draft') {
          if (done && compareDates(periodEnd(p), t.dueDate) > 0) continue;
          deductions += scheme.deductions.missingReport;
          items.push({ kind: 'deduction', points: -scheme.deductions.missingReport, reason: `${t.title}：${p} 进展未报送`, source: { type: 'task', id: t.id, code: t.code } });
        } else if (r.submittedAt && r.submittedAt.slice(0, 10) > deadline) {
          deductions += scheme.deductions.lateReport;
          items.push({ kind: 'deduction', points: -scheme.deductions.lateReport, reason: `${t.title}：${p} 进展逾期报送（${r.submittedAt.slice(0, 10)}）`, source: { type: 'progress_report', id: r.id } });
        }
        if (r?.state === 'returned' || (r && r.returnReason)) {
          deductions += scheme.deductions.returnedReport;
          items.push({ kind: 'deduction', points: -scheme.deductions.returnedReport, reason: `${t.title}：${p} 进展被退回（${r.returnReason ?? ''}）`, source: { type: 'progress_report', id: r.id } });
        }
        // Month ended red: the status the task had at the end of that month.
        const end = periodEnd(p);
        if (compareDates(end, today) <= 0) {
          const approved = taskReports.filter((x) => x.state === 'approved' && comparePeriods(x.period, p) <= 0).at(-1);
          const pct = approved?.cumulativePct ?? (approved?.cumulativeValue != null && t.target?.value ? (approved.cumulativeValue / t.target.value) * 100 : null);
          const st = computeStatus({ today: end, start: t.startDate, due: t.dueDate, state: 'active', actualPct: pct, milestones: (ms.get(t.id) ?? []).map((m) => ({ ...m, doneDate: m.doneDate && m.doneDate <= end ? m.doneDate : null })), completedDate: pct !== null && pct >= 100 ? end : null }, rule);
          if (st.status === 'red') {
            deductions += scheme.deductions.redMonth;
            items.push({ kind: 'deduction', points: -scheme.deductions.redMonth, reason: `${t.title}：${p} 月末亮红灯`, source: { type: 'task', id: t.id, code: t.code } });
          }
        }
      }
      for (const n of ns.get(t.id) ?? []) {
        const lateReply = n.repliedAt ? n.repliedAt.slice(0, 10) > n.replyDue : compareDates(n.replyDue, today) < 0 && n.state !== 'closed';
        if (lateReply) {
          deductions += scheme.deductions.overdueSupervisionReply;
          items.push({ kind: 'deduction', points: -scheme.deductions.overdueSupervisionReply, reason: `${t.title}：${n.level}督办逾期答复（期限 ${n.replyDue}）`, source: { type: 'supervision_notice', id: n.id } });
        }
      }
    }
    let bonus = 0;
    for (const b of scheme.bonuses.filter((x) => x.unitId === unitId)) {
      const room = b.points > 0 ? Math.max(0, scheme.bonusCap - bonus) : b.points;
      const pts = b.points > 0 ? Math.min(b.points, room) : b.points;
      bonus += pts;
      items.push({ kind: 'bonus', points: round(pts), reason: b.points > pts ? `${b.reason}（加分上限 ${scheme.bonusCap}）` : b.reason, source: { type: 'bonus', id: b.reason } });
    }
    const business = part.业务.w ? (100 * part.业务.pts) / part.业务.w : null;
    const party = part.党建.w ? (100 * part.党建.pts) / part.党建.w : null;
    // A unit with only one kind of task is scored on that kind alone.
    const base = business !== null && party !== null ? (scheme.businessShare * business + scheme.partyShare * party) / 100 : (business ?? party ?? 0);
    const total = Math.max(0, Math.min(100, base - deductions + bonus));
    scores.push({ unitId, unitName: u.name, business: business === null ? null : round(business), party: party === null ? null : round(party), deductions: round(deductions), bonus: round(bonus), total: round(total), rank: 0, grade: '合格', taskCount: u.tasks.length, items });
  }
  scores.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'zh'));
  const excellentQuota = Math.max(1, Math.floor(scores.length * 0.25));
  scores.forEach((s, i) => {
    s.rank = i > 0 && scores[i - 1].total === s.total ? scores[i - 1].rank : i + 1;
    s.grade = s.total < 60 ? '不合格' : s.rank <= excellentQuota && s.total >= 85 ? '优秀' : s.total >= 75 ? '良好' : '合格';
  });
  // A unit-scoped reader sees their own unit's row (with its rank among all units), not the others'.
  const visible = scopeOf(actor).kind === 'all' ? scores : scores.filter((s) => s.unitId === actor.orgId);
  return { year, statusDate: today, scheme, units: visible, rankedUnits: scores.length };
}

export async function updateScheme(ctx: AppContext, actor: Actor, year: number, input: AssessmentScheme & { version: number }) {
  requirePermission(actor, 'plan.write');
  const { version, ...scheme } = input;
  const parsed = assessmentSchemeSchema.parse(scheme);
  validateScheme(parsed);
  await ctx.db.transaction().execute(async (trx) => {
    const y = await repo.yearRow(trx, year);
    if (!y) throw new AppError('plan.year_not_found', { year });
    const r = await trx.updateTable('planYears').set({ assessmentJson: JSON.stringify(parsed), version: version + 1, updatedAt: nowIso() })
      .where('year', '=', year).where('version', '=', version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'assessment.scheme_update', entityType: 'plan_year', entityId: year, before: schemeOf(y), after: parsed });
  });
  return computeAssessment(ctx, actor, year);
}
