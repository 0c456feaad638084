// 疏整促 (疏解整治促提升) special action: the year's task types with units and lead bureaus, per-town annual
// targets, monthly cumulative reports by the towns (own town only; reviewed and then locked), completion by
// town and type against time progress, and the publicity log (信息宣传). Population control lives in
// population.service.ts.
import { can } from '../../../common/permissions.ts';
import { completionPct, szcStatus, timeProgressPct, type SzcReportInput, type ReviewInput } from '../../../common/livelihood.ts';
import { auditActorOf, inScope, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';

/** The towns, streets and functional zones (org kinds town and zone), in their org order. */
export function townsOf(db: Executor) {
  return db.selectFrom('orgUnits').select(['id', 'code', 'name', 'path', 'kind']).where('kind', 'in', ['town', 'zone']).orderBy('sortOrder').orderBy('id').execute();
}

/** A town's own reporter (or the division) may write for it; anyone else is refused, naming the town. */
export async function townForWrite(db: Executor, actor: Actor, townId: number) {
  const town = await db.selectFrom('orgUnits').select(['id', 'name', 'path', 'kind']).where('id', '=', townId).executeTakeFirst();
  if (!town) throw new AppError('record.not_found');
  if (town.kind !== 'town' && town.kind !== 'zone') throw new AppError('live.not_a_town', { name: town.name });
  if (!inScope(scopeOf(actor), town.path)) throw new AppError('live.wrong_town', { town: town.name });
  return town;
}

type Cell = { typeId: number; townId: number; target: number; actual: number; pct: number | null; state: string | null; period: string | null };

/** The plan of a year and where it stands at the end of `period` (default: the latest month reported). */
export async function szcOverview(ctx: AppContext, actor: Actor, year: number, period?: string) {
  requirePermission(actor, 'live.read');
  const [types, towns, publicity] = await Promise.all([
    ctx.db.selectFrom('szcTaskTypes').innerJoin('orgUnits', 'orgUnits.id', 'szcTaskTypes.leadUnitId').selectAll('szcTaskTypes').select('orgUnits.name as leadUnitName')
      .where('year', '=', year).orderBy('szcTaskTypes.seq').execute(),
    townsOf(ctx.db),
    ctx.db.selectFrom('szcPublicity').leftJoin('orgUnits', 'orgUnits.id', 'szcPublicity.townId').selectAll('szcPublicity').select('orgUnits.name as townName')
      .where('year', '=', year).orderBy('date', 'desc').execute(),
  ]);
  const typeIds = types.length ? types.map((t) => t.id) : [0];
  const [targets, reports] = await Promise.all([
    ctx.db.selectFrom('szcTargets').selectAll().where('typeId', 'in', typeIds).execute(),
    ctx.db.selectFrom('szcReports').select(['typeId', 'townId', 'period', 'cumActual', 'state']).where('typeId', 'in', typeIds).where('state', '!=', 'returned').orderBy('period').execute(),
  ]);
  const asOf = period ?? reports.reduce<string | null>((m, r) => (m === null || r.period > m ? r.period : m), null) ?? `${year}-01`;
  const timePct = timeProgressPct(asOf);
  const cells: Cell[] = [];
  for (const t of targets) {
    const last = reports.filter((r) => r.typeId === t.typeId && r.townId === t.townId && r.period <= asOf).at(-1);
    cells.push({ typeId: t.typeId, townId: t.townId, target: t.target, actual: last?.cumActual ?? 0, pct: completionPct(last?.cumActual ?? 0, t.target), state: last?.state ?? null, period: last?.period ?? null });
  }
  const townRows = towns.filter((w) => cells.some((c) => c.townId === w.id)).map((w) => {
    const mine = cells.filter((c) => c.townId === w.id && c.pct !== null);
    // mean of per-type completion, each capped at 100%: the types have different units, so they are not summed [design]
    const completion = mine.length ? Math.round((mine.reduce((a, c) => a + Math.min(c.pct!, 100), 0) / mine.length) * 100) / 100 : null;
    return { id: w.id, code: w.code, name: w.name, completion, status: szcStatus(completion, timePct), reported: mine.filter((c) => c.period === asOf).length, types: mine.length };
  });
  return {
    year, period: asOf, timePct,
    types: types.map((t) => {
      const mine = cells.filter((c) => c.typeId === t.id);
      const target = mine.reduce((a, c) => a + c.target, 0);
      const actual = Math.round(mine.reduce((a, c) => a + c.actual, 0) * 10000) / 10000;
      return { ...t, target, actual, pct: completionPct(actual, target) };
    }),
    towns: townRows,
    cells,
    publicity,
    publicityByLevel: ['中央级', '市级', '区级'].map((level) => ({ level, count: publicity.filter((p) => p.level === level).length })),
    allTowns: towns.map((w) => ({ id: w.id, name: w.name, code: w.code })),
    abilities: { write: can(actor.role, 'live.write'), report: can(actor.role, 'live.report'), review: can(actor.role, 'live.review') },
  };
}

export async function behindTowns(ctx: AppContext, actor: Actor, year: number) {
  const o = await szcOverview(ctx, actor, year);
  const items = o.towns.filter((t) => t.status === 'red');
  return { year, period: o.period, timePct: o.timePct, items, total: items.length };
}

export async function createType(ctx: AppContext, actor: Actor, year: number, input: { code: string; name: string; group: string; unit: string; leadUnitId: number }) {
  requirePermission(actor, 'live.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('orgUnits').select('id').where('id', '=', input.leadUnitId).executeTakeFirst())) throw new AppError('live.unknown_unit', { id: input.leadUnitId });
    const seq = (await trx.selectFrom('szcTaskTypes').select('id').where('year', '=', year).execute()).length + 1;
    const now = nowIso();
    try {
      const { group, ...rest } = input;
      const { id } = await trx.insertInto('szcTaskTypes').values({ year, ...rest, groupName: group, seq, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'szc.type.create', entityType: 'szc_task_type', entityId: id, after: { year, ...input } });
      return { id };
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('record.duplicate', { field: '任务类型编码', value: input.code });
      throw e;
    }
  });
}

/** Replaces a task type's per-town targets (towns, streets and zones only; one row per town). */
export async function setTargets(ctx: AppContext, actor: Actor, typeId: number, input: { targets: { townId: number; target: number }[]; version: number }) {
  requirePermission(actor, 'live.write');
  await ctx.db.transaction().execute(async (trx) => {
    const type = await trx.selectFrom('szcTaskTypes').selectAll().where('id', '=', typeId).executeTakeFirst();
    if (!type) throw new AppError('record.not_found');
    const seen = new Set<number>();
    for (const t of input.targets) {
      await townForWrite(trx, actor, t.townId);
      if (seen.has(t.townId)) throw new AppError('request.invalid', { fields: `targets: townId ${t.townId} 重复` });
      seen.add(t.townId);
    }
    const r = await trx.updateTable('szcTaskTypes').set({ version: type.version + 1, updatedAt: nowIso() }).where('id', '=', typeId).where('version', '=', input.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    const before = await trx.selectFrom('szcTargets').select(['townId', 'target']).where('typeId', '=', typeId).execute();
    await trx.deleteFrom('szcTargets').where('typeId', '=', typeId).execute();
    if (input.targets.length) await trx.insertInto('szcTargets').values(input.targets.map((t) => ({ typeId, townId: t.townId, target: t.target }))).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'szc.targets', entityType: 'szc_task_type', entityId: typeId, before, after: input.targets });
  });
  return { ok: true };
}

export async function listReports(ctx: AppContext, actor: Actor, q: { year: number; townId?: number; period?: string; state?: string }) {
  requirePermission(actor, 'live.read');
  const scope = scopeOf(actor);
  const rows = await ctx.db.selectFrom('szcReports').innerJoin('szcTaskTypes', 'szcTaskTypes.id', 'szcReports.typeId').innerJoin('orgUnits', 'orgUnits.id', 'szcReports.townId')
    .selectAll('szcReports').select(['szcTaskTypes.name as typeName', 'szcTaskTypes.unit', 'orgUnits.name as townName', 'orgUnits.path as townPath'])
    .where('szcTaskTypes.year', '=', q.year)
    .$if(q.townId !== undefined, (b) => b.where('szcReports.townId', '=', q.townId!))
    .$if(q.period !== undefined, (b) => b.where('szcReports.period', '=', q.period!))
    .$if(q.state !== undefined, (b) => b.where('szcReports.state', '=', q.state!))
    .orderBy('szcReports.period', 'desc').orderBy('orgUnits.sortOrder').orderBy('szcTaskTypes.seq').execute();
  // towns see their own reports; the division and leaders the district's
  const items = rows.filter((r) => scope.kind === 'all' || inScope(scope, r.townPath)).map(({ townPath: _p, ...r }) => r);
  return { items, total: items.length };
}

/** A town's cumulative figure of a month for one task type, with every rule of entry, inside the caller's transaction. */
export async function writeReport(trx: Trx, actor: Actor, input: SzcReportInput) {
  const town = await townForWrite(trx, actor, input.townId);
  const type = await trx.selectFrom('szcTaskTypes').selectAll().where('id', '=', input.typeId).executeTakeFirst();
  if (!type) throw new AppError('record.not_found');
  if (Number(input.period.slice(0, 4)) !== type.year) throw new AppError('live.period_year', { period: input.period, year: type.year });
  if (!(await trx.selectFrom('szcTargets').select('target').where('typeId', '=', type.id).where('townId', '=', town.id).executeTakeFirst())) throw new AppError('live.no_target', { town: town.name, type: type.name });
  const prev = await trx.selectFrom('szcReports').select(['cumActual', 'period']).where('typeId', '=', type.id).where('townId', '=', town.id).where('period', '<', input.period)
    .where('state', '!=', 'returned').orderBy('period', 'desc').limit(1).executeTakeFirst();
  if (prev && input.cumActual < prev.cumActual && !(input.correction && input.note.trim())) throw new AppError('live.decreasing', { value: input.cumActual, previous: prev.cumActual });
  const existing = await trx.selectFrom('szcReports').select(['id', 'state', 'version']).where('typeId', '=', type.id).where('townId', '=', town.id).where('period', '=', input.period).executeTakeFirst();
  const reviewer = can(actor.role, 'live.review');
  if (existing?.state === 'approved' && !reviewer) throw new AppError('live.locked', { what: `${town.name}${input.period}“${type.name}”的进度` });
  const now = nowIso();
  if (input.version !== undefined && input.version !== (existing?.version ?? 0)) throw new AppError('record.stale');
  const values = { cumActual: input.cumActual, note: input.note, correction: input.correction ? 1 : 0, state: 'submitted', reviewNote: '', updatedAt: now };
  if (existing) {
    // The version in the WHERE: a concurrent save on PostgreSQL that read the same version finds no row.
    const r = await trx.updateTable('szcReports').set({ ...values, version: existing.version + 1 }).where('id', '=', existing.id).where('version', '=', existing.version).executeTakeFirst();
    if (affected(r) !== 1) throw new AppError('record.stale');
  } else await trx.insertInto('szcReports').values({ typeId: type.id, townId: town.id, period: input.period, ...values, version: 1, createdAt: now, createdBy: actor.userId }).execute();
  return { town, type };
}

export async function saveReport(ctx: AppContext, actor: Actor, input: SzcReportInput) {
  requirePermission(actor, 'live.report');
  await ctx.db.transaction().execute(async (trx) => {
    await writeReport(trx, actor, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'szc.report', entityType: 'szc_report', entityId: `${input.typeId}/${input.townId}/${input.period}`, after: input });
  }).catch(staleOnRace);
  return { ok: true };
}

/** Two first reports of one month at the same moment: the second insert meets the unique key — it is stale, not a fault. */
function staleOnRace(e: unknown): never {
  if (isUniqueViolation(e)) throw new AppError('record.stale');
  throw e;
}

export async function reviewReports(ctx: AppContext, actor: Actor, input: ReviewInput) {
  requirePermission(actor, 'live.review');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('szcReports').select(['id', 'state', 'townId', 'period']).where('id', 'in', input.ids).execute();
    if (rows.length !== new Set(input.ids).size) throw new AppError('record.not_found');
    const pending = rows.filter((r) => r.state === 'submitted');
    if (pending.length) {
      await trx.updateTable('szcReports').set((eb) => ({ state: input.action === 'approve' ? 'approved' : 'returned', reviewNote: input.reason, version: eb('version', '+', 1), updatedAt: nowIso() }))
        .where('id', 'in', pending.map((p) => p.id)).execute();
    }
    if (input.action === 'return') {
      for (const town of new Set(pending.map((p) => p.townId))) await notify(trx, await reportersOf(trx, town), { kind: 'szc.returned', title: '疏整促月报被退回', body: input.reason || '请核实后重新报送', link: '/livelihood/szc' });
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: `szc.reports.${input.action}`, entityType: 'szc_report', entityId: null, after: { ids: pending.map((p) => p.id), reason: input.reason } });
    return { reviewed: pending.length };
  });
}

export async function addPublicity(ctx: AppContext, actor: Actor, year: number, input: { townId: number | null; date: string; title: string; outlet: string; level: string }) {
  requirePermission(actor, 'live.report');
  return ctx.db.transaction().execute(async (trx) => {
    if (input.townId !== null) await townForWrite(trx, actor, input.townId);
    else requirePermission(actor, 'live.write');
    if (Number(input.date.slice(0, 4)) !== year) throw new AppError('live.period_year', { period: input.date, year });
    const now = nowIso();
    const { id } = await trx.insertInto('szcPublicity').values({ year, ...input, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'szc.publicity', entityType: 'szc_publicity', entityId: id, after: input });
    return { id };
  });
}
