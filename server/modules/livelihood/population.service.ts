// Population control (人口调控): the district's resident-population cap set by the city, split into one cap
// per town/street/zone (the split must add up to the district's cap exactly), quarterly resident figures
// reported by the towns (own town only; reviewed and then locked), the gap to the cap and each town's status.
import { can } from '../../../common/permissions.ts';
import { populationStatus, type PopFigureInput, type PopTargetsInput, type ReviewInput } from '../../../common/livelihood.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { townForWrite, townsOf } from './szc.service.ts';

export async function populationOverview(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'live.read');
  const [plan, towns, figures] = await Promise.all([
    ctx.db.selectFrom('popPlans').selectAll().where('year', '=', year).executeTakeFirst(),
    townsOf(ctx.db),
    ctx.db.selectFrom('popFigures').selectAll().where('year', '=', year).orderBy('quarter').execute(),
  ]);
  const caps = plan ? await ctx.db.selectFrom('popTownTargets').select(['townId', 'cap']).where('planId', '=', plan.id).execute() : [];
  const live = figures.filter((f) => f.state !== 'returned');
  const quarter = live.reduce((m, f) => Math.max(m, f.quarter), 0);
  const rows = towns.map((w) => {
    const cap = caps.find((c) => c.townId === w.id)?.cap ?? null;
    const mine = figures.filter((f) => f.townId === w.id);
    const latest = live.filter((f) => f.townId === w.id && f.quarter === quarter)[0] ?? null;
    return {
      id: w.id, code: w.code, name: w.name, kind: w.kind, cap,
      figures: [1, 2, 3, 4].map((q) => { const f = mine.find((x) => x.quarter === q); return f ? { id: f.id, value: f.value, state: f.state, source: f.source, version: f.version } : null; }),
      latest: latest?.value ?? null, gap: latest && cap !== null ? latest.value - cap : null, status: populationStatus(latest?.value ?? null, cap),
    };
  });
  const districtLatest = rows.reduce((a, r) => a + (r.latest ?? 0), 0);
  return {
    year, quarter, plan: plan ? { districtCap: plan.districtCap, baseline: plan.baseline, version: plan.version } : null,
    splitSum: caps.reduce((a, c) => a + c.cap, 0),
    districtLatest: quarter ? districtLatest : null, districtGap: quarter && plan ? districtLatest - plan.districtCap : null,
    towns: rows,
    abilities: { write: can(actor.role, 'live.write'), report: can(actor.role, 'live.report'), review: can(actor.role, 'live.review') },
  };
}

export async function overTowns(ctx: AppContext, actor: Actor, year: number) {
  const o = await populationOverview(ctx, actor, year);
  const items = o.towns.filter((t) => t.status === 'over');
  return { year, quarter: o.quarter, items, total: items.length };
}

/** Sets the district's cap and its split; the towns' caps must add up to the district's exactly. */
export async function setTargets(ctx: AppContext, actor: Actor, year: number, input: PopTargetsInput) {
  requirePermission(actor, 'live.write');
  await ctx.db.transaction().execute(async (trx) => {
    const seen = new Set<number>();
    for (const t of input.towns) {
      await townForWrite(trx, actor, t.townId);
      if (seen.has(t.townId)) throw new AppError('request.invalid', { fields: `towns: townId ${t.townId} 重复` });
      seen.add(t.townId);
    }
    const sum = input.towns.reduce((a, t) => a + t.cap, 0);
    if (sum !== input.districtCap) throw new AppError('live.split_sum', { sum, cap: input.districtCap, diff: sum - input.districtCap });
    const now = nowIso();
    const plan = await trx.selectFrom('popPlans').selectAll().where('year', '=', year).executeTakeFirst();
    let planId: number;
    if (plan) {
      if (input.version === null) throw new AppError('record.stale');
      const r = await trx.updateTable('popPlans').set({ districtCap: input.districtCap, baseline: input.baseline, version: plan.version + 1, updatedAt: now }).where('id', '=', plan.id).where('version', '=', input.version).executeTakeFirst();
      if (affected(r) === 0) throw new AppError('record.stale');
      planId = plan.id;
    } else {
      planId = (await trx.insertInto('popPlans').values({ year, districtCap: input.districtCap, baseline: input.baseline, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow()).id;
    }
    const before = await trx.selectFrom('popTownTargets').select(['townId', 'cap']).where('planId', '=', planId).execute();
    await trx.deleteFrom('popTownTargets').where('planId', '=', planId).execute();
    await trx.insertInto('popTownTargets').values(input.towns.map((t) => ({ planId, townId: t.townId, cap: t.cap }))).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'pop.targets', entityType: 'pop_plan', entityId: year, before: plan ? { districtCap: plan.districtCap, baseline: plan.baseline, towns: before } : null, after: input });
  });
  return populationOverview(ctx, actor, year);
}

export async function saveFigure(ctx: AppContext, actor: Actor, input: PopFigureInput) {
  requirePermission(actor, 'live.report');
  await ctx.db.transaction().execute(async (trx) => {
    const town = await townForWrite(trx, actor, input.townId);
    const existing = await trx.selectFrom('popFigures').select(['id', 'state', 'version', 'value']).where('year', '=', input.year).where('quarter', '=', input.quarter).where('townId', '=', input.townId).executeTakeFirst();
    if (existing?.state === 'approved' && !can(actor.role, 'live.review')) throw new AppError('live.locked', { what: `${town.name}${input.year}年第${input.quarter}季度常住人口` });
    if (input.version !== undefined && input.version !== (existing?.version ?? 0)) throw new AppError('record.stale');
    const now = nowIso();
    const { version: _seen, ...figure } = input;
    if (existing) {
      const r = await trx.updateTable('popFigures').set({ value: input.value, source: input.source, state: 'submitted', reviewNote: '', version: existing.version + 1, updatedAt: now })
        .where('id', '=', existing.id).where('version', '=', existing.version).executeTakeFirst();
      if (affected(r) !== 1) throw new AppError('record.stale');
    } else await trx.insertInto('popFigures').values({ ...figure, state: 'submitted', version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'pop.figure', entityType: 'pop_figure', entityId: `${input.year}Q${input.quarter}/${input.townId}`, before: existing ?? null, after: input });
  }).catch((e: unknown) => {
    if (isUniqueViolation(e)) throw new AppError('record.stale'); // two first figures of a quarter at once
    throw e;
  });
  return { ok: true };
}

export async function reviewFigures(ctx: AppContext, actor: Actor, input: ReviewInput) {
  requirePermission(actor, 'live.review');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('popFigures').select(['id', 'state', 'townId']).where('id', 'in', input.ids).execute();
    if (rows.length !== new Set(input.ids).size) throw new AppError('record.not_found');
    const pending = rows.filter((r) => r.state === 'submitted');
    if (pending.length) {
      await trx.updateTable('popFigures').set((eb) => ({ state: input.action === 'approve' ? 'approved' : 'returned', reviewNote: input.reason, version: eb('version', '+', 1), updatedAt: nowIso() }))
        .where('id', 'in', pending.map((p) => p.id)).execute();
    }
    if (input.action === 'return') {
      for (const town of new Set(pending.map((p) => p.townId))) await notify(trx, await reportersOf(trx, town), { kind: 'pop.returned', title: '常住人口数据被退回', body: input.reason || '请核实后重新报送', link: '/livelihood/population' });
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: `pop.figures.${input.action}`, entityType: 'pop_figure', entityId: null, after: { ids: pending.map((p) => p.id), reason: input.reason } });
    return { reviewed: pending.length };
  });
}
