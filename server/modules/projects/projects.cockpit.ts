// Projects in the cockpit and in 我的工作: red (stalled) projects and missed starts of the newest project
// year, overdue problems of the ledger — each the count the list page shows with that filter — and the
// investment reports and problems that wait for the user.
import { sql } from 'kysely';
import type { CockpitProvider, CockpitTile, WorkItem } from '../cockpit/cockpit.types.ts';
import { can } from '../../../common/permissions.ts';
import { scopeOf } from '../../platform/access.ts';
import * as proj from './projects.service.ts';
import * as problems from './problems.service.ts';

export const projectsCockpit: CockpitProvider = {
  module: 'projects',
  permission: 'proj.read',
  async tiles(ctx, actor) {
    const tiles: CockpitTile[] = [];
    const year = (await proj.projectYears(ctx, actor)).years[0];
    if (year !== undefined) {
      const [red, missed] = await Promise.all([
        proj.listProjects(ctx, actor, { year, status: 'red', page: 1, pageSize: 1 }),
        proj.listProjects(ctx, actor, { year, missedStart: true, page: 1, pageSize: 1 }),
      ]);
      tiles.push(
        {
          key: 'projects.red', module: 'projects', label: { zh: `${year}年滞后项目（红灯）`, en: `Stalled projects ${year} (red)` }, value: red.total,
          severity: red.total > 0 ? 'alert' : 'ok', href: `/projects/list?year=${year}&status=red`, api: `/api/projects/${year}?status=red&pageSize=1`,
        },
        {
          key: 'projects.missed_start', module: 'projects', label: { zh: '未按期开工项目', en: 'Projects that missed their start' }, value: missed.total,
          severity: missed.total > 0 ? 'attention' : 'ok', href: `/projects/list?year=${year}&missedStart=1`, api: `/api/projects/${year}?missedStart=1&pageSize=1`,
        },
      );
    }
    const overdue = await problems.listProblems(ctx, actor, { overdue: true, page: 1, pageSize: 1 });
    tiles.push({
      key: 'projects.overdue_problems', module: 'projects', label: { zh: '超期未解决的问题', en: 'Overdue problems' }, value: overdue.total,
      severity: overdue.total > 0 ? 'alert' : 'ok', href: '/problems?overdue=1', api: '/api/problems?overdue=1&pageSize=1',
    });
    return tiles;
  },
  async myWork(ctx, actor) {
    const items: WorkItem[] = [];
    if (can(actor.role, 'proj.review')) {
      const scope = scopeOf(actor);
      const r = await ctx.db.selectFrom('investmentReports').select(sql<number>`count(*)`.as('n')).where('state', '=', 'submitted')
        .$if(scope.kind === 'none', (q) => q.where(sql<boolean>`1 = 0`)).executeTakeFirstOrThrow();
      items.push({ key: 'projects.reports_to_review', module: 'projects', kind: 'review', label: { zh: '待审核的投资月报', en: 'Investment reports to review' }, count: Number(r.n), href: '/projects/list' });
    }
    if (actor.orgId !== null && can(actor.role, 'proj.report')) {
      const mine = await problems.listProblems(ctx, actor, { ownerUnitId: actor.orgId, status: 'open', page: 1, pageSize: 1 });
      items.push({ key: 'projects.my_problems', module: 'projects', kind: 'due', label: { zh: '本单位牵头解决的问题', en: 'Problems my unit must solve' }, count: mine.total, href: `/problems?ownerUnitId=${actor.orgId}&status=open` });
    }
    return items;
  },
};
