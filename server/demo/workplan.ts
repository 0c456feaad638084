// Demo data of the work plan: the 2023 plan of the speech (workplan-data.ts) with monthly progress
// reports January–October 2023, told so that some tasks are on track, some lag and a few are overdue.
// The plan year's status date is fixed at 2023-10-31, so the demo reads the same on any day.
import { defaultStatusRule, expectedProgress } from '../../common/status.ts';
import { addDays, addPeriods, comparePeriods, periodEnd, periodOf } from '../../common/periods.ts';
import type { AppContext } from '../platform/context.ts';
import { nowIso } from '../platform/db.ts';
import { insertTask } from '../modules/workplan/workplan.service.ts';
import { demoPlan2023, type DemoTask } from './workplan-data.ts';

export const DEMO_YEAR = 2023;
export const DEMO_STATUS_DATE = '2023-10-31';

const lastMonth = periodOf(DEMO_STATUS_DATE, 'month');

/** Cumulative % at the end of a month for the task's story. */
function storyPct(t: DemoTask, month: string): number {
  const end = periodEnd(month);
  const e = expectedProgress({ today: end, start: t.start, due: t.due, milestones: t.milestones });
  const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));
  switch (t.progress) {
    case 'ahead': return clamp(e + 8);
    case 'on_track': return clamp(e - 1);
    case 'lagging': return clamp(e - 12);
    case 'seriously_behind': return clamp(e * 0.55);
    case 'overdue': return clamp(Math.min(e, 100) * 0.75);
    case 'done_early': return clamp(e * 1.35);
    default: return clamp(e);
  }
}

export async function seedWorkplanDemo(ctx: AppContext): Promise<{ tasks: number; reports: number }> {
  const system = { userId: null, name: 'system', role: null, ip: null };
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const meta = { version: 1, createdAt: now, updatedAt: now, createdBy: null };
    await trx.insertInto('planYears').values({
      year: DEMO_YEAR, title: '2023年区发改委重点工作', statusRuleJson: JSON.stringify(defaultStatusRule), reportDueDay: 25, statusDate: DEMO_STATUS_DATE, isDemo: 1, ...meta,
    }).execute();
    const orgIds = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const unit = (code: string) => {
      const id = orgIds.get(code);
      if (!id) throw new Error(`demo plan names an unknown unit ${code}`);
      return id;
    };
    const reviewer = await trx.selectFrom('users').select('id').where('username', '=', 'staff').executeTakeFirst();
    let tasks = 0;
    let reports = 0;
    let n = 0;
    for (const area of demoPlan2023) {
      const { id: areaId } = await trx.insertInto('planAreas').values({ year: DEMO_YEAR, seq: area.seq, title: area.title, shortTitle: area.shortTitle, ...meta }).returning('id').executeTakeFirstOrThrow();
      for (const wp of area.workPoints) {
        const { id: workPointId } = await trx.insertInto('workPoints').values({ year: DEMO_YEAR, areaId, seq: wp.seq, title: wp.title, source: JSON.stringify(wp.source), ...meta }).returning('id').executeTakeFirstOrThrow();
        for (const t of wp.tasks) {
          const taskId = await insertTask(trx, null, DEMO_YEAR, {
            code: t.code, workPointId, title: t.title, description: t.description, category: t.category, tags: t.tags as never,
            leadUnitId: unit(t.leadUnit), coUnitIds: t.coUnits.map(unit), leaderName: t.leader, startDate: t.start, dueDate: t.due,
            target: t.target ? { metric: t.target.metric, value: t.target.value, unit: t.target.unit, direction: t.target.direction } : null,
            weight: t.weight, milestones: [],
          });
          if (t.target?.demo) await trx.updateTable('tasks').set({ targetIsDemo: 1 }).where('id', '=', taskId).execute();
          tasks++;
          // Milestones: done dates follow the story (late or missing for lagging tasks).
          for (const m of t.milestones) {
            // Lagging tasks reach their milestones ten days late; the worst stories miss the later ones.
            const late = addDays(m.plannedDate, 10);
            const worst = t.progress === 'seriously_behind' || t.progress === 'overdue';
            const doneDate = m.plannedDate > DEMO_STATUS_DATE ? null
              : worst && (m.plannedPct ?? 0) >= 50 ? null
                : t.progress === 'lagging' ? (late <= DEMO_STATUS_DATE ? late : null) : m.plannedDate;
            await trx.insertInto('milestones').values({ taskId, title: m.title, plannedDate: m.plannedDate, plannedPct: m.plannedPct, deliverable: m.deliverable, doneDate, ...meta }).execute();
          }
          // Monthly reports from the start month to October (or the due month).
          const first = periodOf(t.start, 'month');
          const lastDue = periodOf(t.due, 'month');
          const last = comparePeriods(lastDue, lastMonth) < 0 ? lastDue : lastMonth;
          n++;
          for (let p = first; comparePeriods(p, last) <= 0; p = addPeriods(p, 1)) {
            const pct = storyPct(t, p);
            const isLast = p === lastMonth;
            // October: most approved, a third awaiting review, one in nine returned; the worst stories did not report at all.
            if (isLast && (t.progress === 'seriously_behind' || (t.progress === 'lagging' && n % 4 === 0))) break;
            const state = !isLast ? 'approved' : n % 9 === 0 ? 'returned' : n % 3 === 0 ? 'submitted' : 'approved';
            const submittedAt = `${p}-${state === 'approved' && n % 5 === 0 ? '27' : '22'}T09:00:00.000Z`;
            const behind = pct < 60 && (t.progress === 'lagging' || t.progress === 'seriously_behind' || t.progress === 'overdue');
            await trx.insertInto('progressReports').values({
              taskId, period: p, unitId: unit(t.leadUnit),
              cumulativePct: pct, cumulativeValue: t.target ? Math.round((t.target.value * pct) / 100 * 100) / 100 : null,
              narrative: `${p.slice(5).replace(/^0/, '')}月，${t.title}${pct >= 100 ? '已全部完成' : `累计完成${pct}%`}。`,
              problems: behind ? '部分前期手续办理进度慢于计划，需相关部门加快协调。' : null,
              needsCoordination: behind ? 1 : 0,
              nextSteps: pct >= 100 ? '做好总结和资料归档。' : '按节点计划继续推进，确保按期完成。',
              state, submittedAt, submittedBy: null,
              reviewedAt: state === 'submitted' ? null : `${p}-28T09:00:00.000Z`, reviewedBy: state === 'submitted' ? null : reviewer?.id ?? null,
              returnReason: state === 'returned' ? '进展描述过于笼统，请补充本月具体完成的工作量和下一步节点安排。' : null,
              ...meta,
            }).execute();
            reports++;
            if (pct >= 100) break;
          }
        }
      }
    }
    await ctx.audit.record(trx, system, { action: 'demo.seed', entityType: 'plan_year', entityId: DEMO_YEAR, after: { tasks, reports } });
    return { tasks, reports };
  });
}

