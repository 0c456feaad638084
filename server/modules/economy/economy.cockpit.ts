// The economy in the cockpit and in 我的工作: indicators off target (red) and at risk (yellow) in the
// newest year with approved data — the counts of the overview page's status filter — and the values that
// wait for the user: to report or correct (a source unit's), or to review (the division's).
import { sql } from 'kysely';
import type { CockpitProvider, WorkItem } from '../cockpit/cockpit.types.ts';
import * as econ from './economy.service.ts';
import type { AppContext } from '../../platform/context.ts';

async function dataYear(ctx: AppContext): Promise<number | null> {
  const r = await ctx.db.selectFrom('econValues').select(sql<number | null>`max(year)`.as('y')).where('state', '=', 'approved').executeTakeFirst();
  return r?.y == null ? null : Number(r.y);
}

export const economyCockpit: CockpitProvider = {
  module: 'economy',
  permission: 'econ.read',
  async tiles(ctx, actor) {
    const year = await dataYear(ctx);
    if (year === null) return [];
    const o = await econ.overview(ctx, actor, year);
    // The newest month with data ('2023-10'); a quarterly series' '2023-Q3' only when there is no monthly one.
    const periods = o.items.map((i) => i.latest?.period ?? '').filter(Boolean).sort();
    const asOf = periods.filter((p) => /^\d{4}-\d{2}$/.test(p)).at(-1) ?? periods.at(-1) ?? '';
    return [
      {
        key: 'economy.red', module: 'economy', label: { zh: `指标未达序时（${asOf || year}）`, en: `Indicators off target (${asOf || year})` }, value: o.counts.red,
        severity: o.counts.red > 0 ? 'alert' : 'ok', href: `/economy?year=${year}&status=red`, api: `/api/economy/${year}/overview`, apiField: 'counts.red',
      },
      {
        key: 'economy.yellow', module: 'economy', label: { zh: '指标略低于序时', en: 'Indicators slightly behind' }, value: o.counts.yellow,
        severity: o.counts.yellow > 0 ? 'attention' : 'ok', href: `/economy?year=${year}&status=yellow`, api: `/api/economy/${year}/overview`, apiField: 'counts.yellow',
      },
    ];
  },
  async myWork(ctx, actor) {
    const q = await econ.reviewQueue(ctx, actor);
    const review = q.items.filter((v) => v.state === 'submitted' && v.abilities.review).length;
    const due = q.items.filter((v) => (v.state === 'draft' || v.state === 'returned') && v.abilities.edit).length;
    const items: WorkItem[] = [
      { key: 'economy.values_due', module: 'economy', kind: 'due', label: { zh: '待提交或退回修改的指标数据', en: 'Indicator values to submit or correct' }, count: due, href: '/economy/data' },
      { key: 'economy.values_to_review', module: 'economy', kind: 'review', label: { zh: '待审核的指标数据', en: 'Indicator values to review' }, count: review, href: '/economy/data' },
    ];
    return items;
  },
};
