// Livelihood in the cockpit: the district's rank in the newest 七有五性 index (a figure, no list behind it),
// the weak indicators of that year, the towns behind schedule on the newest 疏整促 plan and the towns over
// their population cap — each count equal to the `total` its `api` answers.
import { sql } from 'kysely';
import type { CockpitProvider, CockpitTile, WorkItem } from '../cockpit/cockpit.types.ts';
import { can } from '../../../common/permissions.ts';
import { inScope, scopeOf } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { isAppError } from '../../platform/errors.ts';
import * as live from './livelihood.service.ts';
import * as szc from './szc.service.ts';
import * as pop from './population.service.ts';

async function maxYear(ctx: AppContext, table: 'liveSystems' | 'szcTaskTypes' | 'popPlans'): Promise<number | null> {
  const r = await ctx.db.selectFrom(table).select(sql<number | null>`max(year)`.as('y')).executeTakeFirst();
  return r?.y == null ? null : Number(r.y);
}

/** The newest year whose index can be computed (values approved, weights valid). */
async function indexYear(ctx: AppContext): Promise<number | null> {
  const years = (await ctx.db.selectFrom('liveSystems').select('year').orderBy('year', 'desc').execute()).map((r) => r.year);
  for (const y of years) {
    try {
      await live.computeYear(ctx.db, y, { runs: 10 });
      return y;
    } catch (e) {
      if (!isAppError(e)) throw e;
    }
  }
  return null;
}

export const livelihoodCockpit: CockpitProvider = {
  module: 'livelihood',
  permission: 'live.read',
  async tiles(ctx, actor) {
    const tiles: CockpitTile[] = [];
    const y = await indexYear(ctx);
    if (y !== null) {
      const r = await live.indexOf(ctx, actor, y, { runs: 100 });
      const weak = r.drivers.filter((d) => d.weak).length;
      tiles.push({
        key: 'livelihood.index_rank', module: 'livelihood', label: { zh: `七有五性总指数全市排名（${y}年）`, en: `Livelihood index rank in the city (${y})` },
        value: r.self.rank ?? 0, unit: { zh: `/ ${r.self.of}`, en: `of ${r.self.of}` }, severity: (r.self.rank ?? 99) <= Math.ceil(r.self.of / 3) ? 'ok' : (r.self.rank ?? 99) <= Math.ceil(r.self.of / 2) ? 'attention' : 'alert',
        href: `/livelihood?year=${y}`,
      });
      tiles.push({
        key: 'livelihood.weak_indicators', module: 'livelihood', label: { zh: '七有五性短板指标', en: 'Weak livelihood indicators' }, value: weak,
        severity: weak > 0 ? 'attention' : 'ok', href: `/livelihood?year=${y}#weak`, api: `/api/livelihood/weak/${y}`,
      });
    }
    const sy = await maxYear(ctx, 'szcTaskTypes');
    if (sy !== null) {
      const b = await szc.behindTowns(ctx, actor, sy);
      tiles.push({
        key: 'livelihood.szc_behind', module: 'livelihood', label: { zh: `疏整促进度落后的镇街（${b.period}）`, en: `Towns behind on 疏整促 (${b.period})` }, value: b.total,
        severity: b.total > 0 ? 'alert' : 'ok', href: `/livelihood/szc?year=${sy}&status=red`, api: `/api/livelihood/szc/${sy}/behind`,
      });
    }
    const py = await maxYear(ctx, 'popPlans');
    if (py !== null) {
      const o = await pop.overTowns(ctx, actor, py);
      tiles.push({
        key: 'livelihood.population_over', module: 'livelihood', label: { zh: `常住人口超调控目标的镇街（${py}年）`, en: `Towns over their population cap (${py})` }, value: o.total,
        severity: o.total > 0 ? 'alert' : 'ok', href: `/livelihood/population?year=${py}&status=over`, api: `/api/livelihood/population/${py}/over`,
      });
    }
    return tiles;
  },
  /** Reviewers: what waits for review. Reporters: what was returned to their unit (their indicators, their town's reports and figures). */
  async myWork(ctx, actor) {
    const items: WorkItem[] = [];
    if (can(actor.role, 'live.review')) {
      const count = async (table: 'liveValues' | 'szcReports' | 'popFigures') => Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'submitted').executeTakeFirstOrThrow()).n);
      items.push(
        { key: 'livelihood.values_to_review', module: 'livelihood', kind: 'review', label: { zh: '待审核的七有五性指标数据', en: 'Livelihood values to review' }, count: await count('liveValues'), href: '/livelihood/data' },
        { key: 'livelihood.szc_to_review', module: 'livelihood', kind: 'review', label: { zh: '待审核的疏整促月报', en: '疏整促 reports to review' }, count: await count('szcReports'), href: '/livelihood/szc' },
        { key: 'livelihood.population_to_review', module: 'livelihood', kind: 'review', label: { zh: '待审核的常住人口数据', en: 'Population figures to review' }, count: await count('popFigures'), href: '/livelihood/population' },
      );
    } else if (can(actor.role, 'live.report')) {
      const scope = scopeOf(actor);
      const values = await ctx.db.selectFrom('liveValues').innerJoin('liveIndicators', 'liveIndicators.id', 'liveValues.indicatorId').innerJoin('orgUnits', 'orgUnits.id', 'liveIndicators.sourceUnitId')
        .select('orgUnits.path').where('liveValues.state', '=', 'returned').execute();
      const reports = await ctx.db.selectFrom('szcReports').innerJoin('orgUnits', 'orgUnits.id', 'szcReports.townId').select('orgUnits.path').where('szcReports.state', '=', 'returned').execute();
      const figures = await ctx.db.selectFrom('popFigures').innerJoin('orgUnits', 'orgUnits.id', 'popFigures.townId').select('orgUnits.path').where('popFigures.state', '=', 'returned').execute();
      const mine = (rows: { path: string }[]) => rows.filter((r) => inScope(scope, r.path)).length;
      items.push(
        { key: 'livelihood.values_returned', module: 'livelihood', kind: 'due', label: { zh: '退回修改的七有五性指标数据', en: 'Livelihood values returned to you' }, count: mine(values), href: '/livelihood/data' },
        { key: 'livelihood.szc_returned', module: 'livelihood', kind: 'due', label: { zh: '退回修改的疏整促月报', en: '疏整促 reports returned to you' }, count: mine(reports), href: '/livelihood/szc' },
        { key: 'livelihood.population_returned', module: 'livelihood', kind: 'due', label: { zh: '退回修改的常住人口数据', en: 'Population figures returned to you' }, count: mine(figures), href: '/livelihood/population' },
      );
    }
    return items;
  },
};
