// The work plan in the cockpit and in 我的工作: red and yellow tasks of the newest plan year (the same
// list the task page shows with that status filter), reports due from the user's unit, reports to review.
import { sql } from 'kysely';
import type { CockpitProvider, CockpitTile } from '../cockpit/cockpit.types.ts';
import { can } from '../../../common/permissions.ts';
import { scopeOf } from '../../platform/access.ts';
import { isoDateAt } from '../../../common/periods.ts';
import * as plan from './workplan.service.ts';

async function newestYear(ctx: Parameters<CockpitProvider['tiles']>[0], actor: Parameters<CockpitProvider['tiles']>[1]): Promise<number | null> {
  const years = (await plan.listYears(ctx, actor)).items.map((y) => y.year);
  const thisYear = Number(isoDateAt(Date.now()).slice(0, 4));
  return years.filter((y) => y <= thisYear).sort((a, b) => b - a)[0] ?? years.sort((a, b) => b - a)[0] ?? null;
}

export const workplanCockpit: CockpitProvider = {
  module: 'workplan',
  permission: 'plan.read',
  async tiles(ctx, actor) {
    const year = await newestYear(ctx, actor);
    if (year === null) return [];
    const count = async (status: 'red' | 'yellow') => (await plan.listTasks(ctx, actor, { year, status, page: 1, pageSize: 1 })).total;
    const [red, yellow] = await Promise.all([count('red'), count('yellow')]);
    const tiles: CockpitTile[] = [
      {
        key: 'workplan.red_tasks', module: 'workplan', label: { zh: `${year}年红灯任务`, en: `Red tasks ${year}` }, value: red,
        severity: red > 0 ? 'alert' : 'ok', href: `/plan/tasks?year=${year}&status=red`, api: `/api/plan/${year}/tasks?status=red&pageSize=1`,
      },
      {
        key: 'workplan.yellow_tasks', module: 'workplan', label: { zh: `${year}年黄灯任务`, en: `Yellow tasks ${year}` }, value: yellow,
        severity: yellow > 0 ? 'attention' : 'ok', href: `/plan/tasks?year=${year}&status=yellow`, api: `/api/plan/${year}/tasks?status=yellow&pageSize=1`,
      },
    ];
    return tiles;
  },
  async myWork(ctx, actor) {
    const year = await newestYear(ctx, actor);
    if (year === null) return [];
    const items = [];
    if (can(actor.role, 'plan.report') && actor.orgPath) {
      // Tasks the user's unit leads whose required monthly report is not yet filed.
      const mine = await plan.listTasks(ctx, actor, { year, mine: true, page: 1, pageSize: 1_000_000 });
      const missing = mine.items.filter((i) => i.missingReport);
      items.push({ key: 'workplan.reports_due', module: 'workplan', kind: 'due' as const, label: { zh: '待填报的任务进展', en: 'Task progress to report' }, count: missing.length, href: `/plan/my?year=${year}` });
    }
    if (can(actor.role, 'plan.review')) {
      const scope = scopeOf(actor);
      const r = await ctx.db.selectFrom('progressReports').innerJoin('tasks', 'tasks.id', 'progressReports.taskId').innerJoin('orgUnits', 'orgUnits.id', 'progressReports.unitId')
        .select(sql<number>`count(*)`.as('n')).where('progressReports.state', '=', 'submitted').where('tasks.year', '=', year)
        .$if(scope.kind === 'subtree', (q) => q.where('orgUnits.path', 'like', `${scope.kind === 'subtree' ? scope.path : ''}%`))
        .executeTakeFirstOrThrow();
      items.push({ key: 'workplan.reports_to_review', module: 'workplan', kind: 'review' as const, label: { zh: '待审核的进展报告', en: 'Progress reports to review' }, count: Number(r.n), href: `/plan?year=${year}` });
    }
    return items;
  },
};
