// The open API's answers: plain, stable shapes for other government systems (no abilities, no internal
// ids beyond the record's own), built by the modules' own functions as a district-wide reader.
import { sql } from 'kysely';
import type { Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import * as econ from '../economy/economy.service.ts';
import * as proj from '../projects/projects.service.ts';
import { listAlerts } from '../prices/prices.service.ts';
import { cockpit } from './cockpit.service.ts';

export async function indicators(ctx: AppContext, actor: Actor, year?: number) {
  const y = year ?? Number((await ctx.db.selectFrom('econValues').select(sql<number | null>`max(year)`.as('y')).where('state', '=', 'approved').executeTakeFirst())?.y ?? new Date().getFullYear());
  const o = await econ.overview(ctx, actor, y);
  return {
    year: y,
    items: o.items.map((r) => ({
      code: r.indicator.code, name: r.indicator.name, unit: r.indicator.unit, frequency: r.indicator.freq, sourceUnit: r.indicator.sourceUnitName,
      target: r.target ? { growthPct: r.target.growthPct, level: r.target.level, qualifier: r.target.qualifier } : null,
      latest: r.latest && {
        period: r.latest.period, cumValue: r.latest.cumValue, growthPct: r.latest.growthPct, gapPp: r.latest.gapPp, completionPct: r.latest.completionPct,
        timeProgressPct: r.latest.timeProgressPct, status: r.latest.status,
      },
    })),
  };
}

export async function projects(ctx: AppContext, actor: Actor, q: { year?: number; page: number; pageSize: number }) {
  const years = (await proj.projectYears(ctx, actor)).years;
  const year = q.year ?? years[0];
  if (year === undefined) return { year: null, total: 0, items: [] };
  if (!years.includes(year)) throw new AppError('record.not_found');
  const l = await proj.listProjects(ctx, actor, { year, page: q.page, pageSize: q.pageSize });
  return {
    year, asOf: l.asOf, total: l.total, page: q.page, pageSize: q.pageSize,
    items: l.items.map((p) => ({
      code: p.code, name: p.name, category: p.category, sector: p.sector, town: p.townName, responsibleUnit: p.responsibleUnitName, totalInvestment: p.totalInvestment,
      planInvestment: p.plan, completedInvestment: p.cum, completionPct: p.completionPct, status: p.status, missedStart: p.missedStart, openProblems: p.openProblems,
    })),
  };
}

export async function alerts(ctx: AppContext, actor: Actor) {
  const [c, a] = await Promise.all([cockpit(ctx, actor), listAlerts(ctx, actor, { status: 'open' })]);
  return {
    asOf: c.asOf,
    attention: c.tiles.filter((t) => t.severity !== 'ok').map((t) => ({ key: t.key, module: t.module, label: t.label, value: t.value, unit: t.unit ?? null, severity: t.severity })),
    priceAlerts: a.items.map((x) => ({ date: x.date, commodity: x.name, kind: x.kind, level: x.level, value: x.value, message: x.message })),
  };
}
