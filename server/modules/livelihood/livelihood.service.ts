// The 七有五性 livelihood index (七有五性监测评价): the yearly indicator system and its weights, values from the
// member units (own district) and the division (the city's other districts), review and lock, the index
// with ranks, rank drivers and the Monte Carlo sensitivity, weak indicators turned into supervised tasks of
// the work plan, and livelihood projects linked to the project library.
import { can } from '../../../common/permissions.ts';
import {
  computeIndex, districts, rankDrivers, SELF, sensitivity, standardDimensions, weightProblems,
  type Aggregation, type Direction, type DimensionGroup, type EngineDimension, type EngineIndicator, type IndicatorInput, type Normalisation, type RawValues, type ReviewInput, type ValuesInput, type WeightsInput,
} from '../../../common/livelihood.ts';
import { auditActorOf, inScope, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { ensureWorkPoint, insertTask } from '../workplan/workplan.service.ts';

const districtName = new Map(districts.map((d) => [d.code, d.name]));

export async function systemOf(db: Executor, year: number) {
  const system = await db.selectFrom('liveSystems').selectAll().where('year', '=', year).executeTakeFirst();
  if (!system) throw new AppError('live.system_missing', { year });
  const [dimensions, indicators] = await Promise.all([
    db.selectFrom('liveDimensions').selectAll().where('systemId', '=', system.id).orderBy('seq').execute(),
    db.selectFrom('liveIndicators').innerJoin('orgUnits', 'orgUnits.id', 'liveIndicators.sourceUnitId').selectAll('liveIndicators')
      .select(['orgUnits.name as sourceUnitName', 'orgUnits.path as sourceUnitPath']).where('systemId', '=', system.id).orderBy('liveIndicators.seq').execute(),
  ]);
  const dimCode = new Map(dimensions.map((d) => [d.id, d.code]));
  return { system, dimensions, indicators: indicators.map((i) => ({ ...i, dimensionCode: dimCode.get(i.dimensionId)! })) };
}
type SystemData = Awaited<ReturnType<typeof systemOf>>;

const engineDims = (s: SystemData): EngineDimension[] => s.dimensions.map((d) => ({ code: d.code, group: d.groupName as DimensionGroup, weight: d.weight }));
const engineInds = (s: SystemData): EngineIndicator[] => s.indicators.map((i) => ({ code: i.code, dimension: i.dimensionCode, direction: i.direction as Direction, weight: i.weight, target: i.target }));

/** The weight problems as one error naming the level (全部维度, or the dimension) and its sum. */
function weightsError(s: Pick<SystemData, 'dimensions'>, dims: EngineDimension[], inds: EngineIndicator[]): AppError | null {
  const p = weightProblems(dims, inds)[0];
  if (!p) return null;
  const name = p.dimension ? s.dimensions.find((d) => d.code === p.dimension)?.name ?? p.dimension : null;
  return new AppError('live.weights_sum', { scope: name ? `维度“${name}”内各指标` : '各维度', sum: p.sum, dimension: p.dimension });
}

export async function listYears(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'live.read');
  const systems = await ctx.db.selectFrom('liveSystems').selectAll().orderBy('year', 'desc').execute();
  const counts = await ctx.db.selectFrom('liveIndicators').select('systemId').select((eb) => eb.fn.countAll<number>().as('n')).groupBy('systemId').execute();
  const withValues = await ctx.db.selectFrom('liveValues').innerJoin('liveIndicators', 'liveIndicators.id', 'liveValues.indicatorId').select('liveIndicators.systemId')
    .select((eb) => eb.fn.countAll<number>().as('n')).where('liveValues.state', '=', 'approved').where('liveValues.district', '=', SELF).where('liveValues.quarter', '=', 0).groupBy('liveIndicators.systemId').execute();
  const [szc, pop] = await Promise.all([
    ctx.db.selectFrom('szcTaskTypes').select('year').distinct().orderBy('year', 'desc').execute(),
    ctx.db.selectFrom('popPlans').select('year').orderBy('year', 'desc').execute(),
  ]);
  return {
    items: systems.map((s) => ({ year: s.year, normalisation: s.normalisation, aggregation: s.aggregation, indicators: Number(counts.find((c) => c.systemId === s.id)?.n ?? 0), approvedValues: Number(withValues.find((c) => c.systemId === s.id)?.n ?? 0) })),
    szcYears: szc.map((r) => r.year), populationYears: pop.map((r) => r.year),
  };
}

export async function getSystem(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'live.read');
  const s = await systemOf(ctx.db, year);
  return {
    ...s.system,
    dimensions: s.dimensions,
    indicators: s.indicators.map(({ sourceUnitPath: _p, ...i }) => i),
    weightProblems: weightProblems(engineDims(s), engineInds(s)),
    abilities: { write: can(actor.role, 'live.write') },
  };
}

/** A new year's system: a copy of an earlier year's (the city revises it, so it is edited afterwards) or the twelve dimensions with equal weights. */
export async function createSystem(ctx: AppContext, actor: Actor, input: { year: number; copyFrom: number | null }) {
  requirePermission(actor, 'live.write');
  await ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('liveSystems').select('id').where('year', '=', input.year).executeTakeFirst()) throw new AppError('live.system_exists', { year: input.year });
    const from = input.copyFrom === null ? null : await systemOf(trx, input.copyFrom);
    await insertSystem(trx, actor.userId, input.year, from);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.system.create', entityType: 'live_system', entityId: input.year, after: input });
  });
  return getSystem(ctx, actor, input.year);
}

export async function insertSystem(trx: Trx, userId: number | null, year: number, from: SystemData | null, method?: { normalisation: Normalisation; aggregation: Aggregation }) {
  const now = nowIso();
  const meta = { version: 1, createdAt: now, updatedAt: now, createdBy: userId };
  let id: number;
  try {
    ({ id } = await trx.insertInto('liveSystems').values({ year, normalisation: method?.normalisation ?? from?.system.normalisation ?? 'minmax', aggregation: method?.aggregation ?? from?.system.aggregation ?? 'arithmetic', note: '', ...meta }).returning('id').executeTakeFirstOrThrow());
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('live.system_exists', { year });
    throw e;
  }
  const dims = from ? from.dimensions.map((d) => ({ code: d.code, groupName: d.groupName, name: d.name, weight: d.weight, seq: d.seq }))
    : standardDimensions.map((d, k) => ({ code: d.code, groupName: d.group, name: d.name, weight: 1 / standardDimensions.length, seq: k + 1 }));
  const dimIds = new Map<string, number>();
  for (const d of dims) dimIds.set(d.code, (await trx.insertInto('liveDimensions').values({ systemId: id, ...d, ...meta }).returning('id').executeTakeFirstOrThrow()).id);
  for (const i of from?.indicators ?? []) {
    await trx.insertInto('liveIndicators').values({
      systemId: id, dimensionId: dimIds.get(i.dimensionCode)!, code: i.code, name: i.name, unit: i.unit, direction: i.direction, sourceUnitId: i.sourceUnitId, weight: i.weight,
      minValid: i.minValid, maxValid: i.maxValid, target: i.target, seq: i.seq, ...meta,
    }).execute();
  }
  return { id, dimIds };
}

export async function addIndicator(ctx: AppContext, actor: Actor, year: number, input: IndicatorInput) {
  requirePermission(actor, 'live.write');
  return ctx.db.transaction().execute(async (trx) => {
    const s = await systemOf(trx, year);
    if (!s.dimensions.some((d) => d.id === input.dimensionId)) throw new AppError('record.not_found');
    if (!(await trx.selectFrom('orgUnits').select('id').where('id', '=', input.sourceUnitId).executeTakeFirst())) throw new AppError('live.unknown_unit', { id: input.sourceUnitId });
    const now = nowIso();
    try {
      const { id } = await trx.insertInto('liveIndicators').values({ systemId: s.system.id, ...input, seq: s.indicators.length + 1, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.indicator.create', entityType: 'live_indicator', entityId: id, after: input });
      return { id };
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('record.duplicate', { field: '指标编码', value: input.code });
      throw e;
    }
  });
}

/** Method and weights of a year, all at once: every dimension and indicator listed, each level summing to 1. */
export async function saveWeights(ctx: AppContext, actor: Actor, year: number, input: WeightsInput) {
  requirePermission(actor, 'live.write');
  await ctx.db.transaction().execute(async (trx) => {
    const s = await systemOf(trx, year);
    const dw = new Map(input.dimensions.map((d) => [d.id, d.weight]));
    const iw = new Map(input.indicators.map((i) => [i.id, i]));
    const missing = [...s.dimensions.filter((d) => !dw.has(d.id)).map((d) => d.name), ...s.indicators.filter((i) => !iw.has(i.id)).map((i) => i.name),
      ...[...dw.keys()].filter((id) => !s.dimensions.some((d) => d.id === id)).map(String), ...[...iw.keys()].filter((id) => !s.indicators.some((i) => i.id === id)).map(String)];
    if (missing.length || dw.size !== input.dimensions.length || iw.size !== input.indicators.length) throw new AppError('live.weights_incomplete', { missing: missing.join('、') || '重复项' });
    const dims = s.dimensions.map((d) => ({ code: d.code, group: d.groupName as DimensionGroup, weight: dw.get(d.id)! }));
    const inds = s.indicators.map((i) => ({ code: i.code, dimension: i.dimensionCode, direction: i.direction as Direction, weight: iw.get(i.id)!.weight, target: iw.get(i.id)!.target === undefined ? i.target : iw.get(i.id)!.target }));
    const err = weightsError(s, dims, inds);
    if (err) throw err;
    if (input.normalisation === 'target') {
      const noTarget = s.indicators.find((i, k) => !inds[k].target);
      if (noTarget) throw new AppError('live.target_missing', { indicator: noTarget.name });
    }
    const now = nowIso();
    const r = await trx.updateTable('liveSystems').set({ normalisation: input.normalisation, aggregation: input.aggregation, version: s.system.version + 1, updatedAt: now })
      .where('id', '=', s.system.id).where('version', '=', input.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    for (const d of s.dimensions) if (d.weight !== dw.get(d.id)) await trx.updateTable('liveDimensions').set({ weight: dw.get(d.id)!, version: d.version + 1, updatedAt: now }).where('id', '=', d.id).execute();
    for (const [k, i] of s.indicators.entries()) {
      if (i.weight !== inds[k].weight || i.target !== inds[k].target) await trx.updateTable('liveIndicators').set({ weight: inds[k].weight, target: inds[k].target ?? null, version: i.version + 1, updatedAt: now }).where('id', '=', i.id).execute();
    }
    await ctx.audit.record(trx, auditActorOf(actor), {
      action: 'live.weights', entityType: 'live_system', entityId: year,
      before: { normalisation: s.system.normalisation, aggregation: s.system.aggregation, dimensions: s.dimensions.map((d) => [d.code, d.weight]), indicators: s.indicators.map((i) => [i.code, i.weight]) }, after: input,
    });
  });
  return getSystem(ctx, actor, year);
}

// ── values ──

export async function valuesGrid(ctx: AppContext, actor: Actor, year: number, quarter: number) {
  requirePermission(actor, 'live.read');
  const s = await systemOf(ctx.db, year);
  const scope = scopeOf(actor);
  const values = s.indicators.length ? await ctx.db.selectFrom('liveValues').select(['id', 'indicatorId', 'district', 'value', 'note', 'state', 'source', 'reviewNote', 'version', 'updatedAt'])
    .where('indicatorId', 'in', s.indicators.map((i) => i.id)).where('quarter', '=', quarter).execute() : [];
  const report = can(actor.role, 'live.report');
  return {
    year, quarter, districts, self: SELF,
    indicators: s.indicators.map(({ sourceUnitPath, ...i }) => ({ ...i, canReport: report && inScope(scope, sourceUnitPath) })),
    values,
    pending: values.filter((v) => v.state === 'submitted').length,
    abilities: { write: can(actor.role, 'live.write'), report, review: can(actor.role, 'live.review') },
  };
}

/** Writes values inside the caller's transaction with every rule of entry; returns how many. */
export async function writeValues(trx: Trx, actor: Actor, input: ValuesInput, source: 'manual' | 'import'): Promise<number> {
  const s = await systemOf(trx, input.year);
  const scope = scopeOf(actor);
  const reviewer = can(actor.role, 'live.review');
  const now = nowIso();
  for (const item of input.items) {
    const ind = s.indicators.find((i) => i.id === item.indicatorId);
    if (!ind) throw new AppError('live.unknown_indicator', { id: item.indicatorId, year: input.year });
    if (item.district !== SELF && !can(actor.role, 'live.write')) throw new AppError('live.peer_by_division');
    if (item.district === SELF && !inScope(scope, ind.sourceUnitPath)) throw new AppError('live.not_source_unit', { indicator: ind.name });
    if ((ind.minValid !== null && item.value < ind.minValid) || (ind.maxValid !== null && item.value > ind.maxValid)) {
      throw new AppError('live.value_out_of_range', { indicator: ind.name, value: item.value, min: ind.minValid ?? '−∞', max: ind.maxValid ?? '+∞', indicatorId: ind.id, district: item.district });
    }
    const existing = await trx.selectFrom('liveValues').select(['id', 'state', 'version']).where('indicatorId', '=', ind.id).where('quarter', '=', input.quarter).where('district', '=', item.district).executeTakeFirst();
    if (existing?.state === 'approved' && !reviewer) throw new AppError('live.locked', { what: `${districtName.get(item.district)}“${ind.name}”的数据` });
    if (item.version !== undefined && item.version !== (existing?.version ?? 0)) throw new AppError('record.stale');
    // the division's own entries (the city's published figures, revisions) need no second review
    const state = reviewer ? 'approved' : 'submitted';
    if (existing) {
      const r = await trx.updateTable('liveValues').set({ value: item.value, note: item.note, state, source, reviewNote: '', version: existing.version + 1, updatedAt: now })
        .where('id', '=', existing.id).where('version', '=', existing.version).executeTakeFirst();
      if (affected(r) !== 1) throw new AppError('record.stale');
    } else await trx.insertInto('liveValues').values({ indicatorId: ind.id, quarter: input.quarter, district: item.district, value: item.value, note: item.note, state, source, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).execute();
  }
  return input.items.length;
}

export async function saveValues(ctx: AppContext, actor: Actor, input: ValuesInput) {
  requirePermission(actor, 'live.report');
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const n = await writeValues(trx, actor, input, 'manual');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.values', entityType: 'live_values', entityId: input.year, after: input });
    return n;
  }).catch((e: unknown) => {
    if (isUniqueViolation(e)) throw new AppError('record.stale'); // two first values of a cell at once
    throw e;
  });
  return { saved };
}

export async function reviewValues(ctx: AppContext, actor: Actor, input: ReviewInput) {
  requirePermission(actor, 'live.review');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('liveValues').innerJoin('liveIndicators', 'liveIndicators.id', 'liveValues.indicatorId')
      .select(['liveValues.id', 'liveValues.state', 'liveIndicators.sourceUnitId', 'liveIndicators.name']).where('liveValues.id', 'in', input.ids).execute();
    if (rows.length !== new Set(input.ids).size) throw new AppError('record.not_found');
    const pending = rows.filter((r) => r.state === 'submitted');
    const now = nowIso();
    if (pending.length) {
      await trx.updateTable('liveValues').set((eb) => ({ state: input.action === 'approve' ? 'approved' : 'returned', reviewNote: input.reason, version: eb('version', '+', 1), updatedAt: now }))
        .where('id', 'in', pending.map((p) => p.id)).execute();
    }
    if (input.action === 'return') {
      for (const unit of new Set(pending.map((p) => p.sourceUnitId))) {
        await notify(trx, await reportersOf(trx, unit), { kind: 'live.returned', title: '七有五性指标数据被退回', body: `${pending.filter((p) => p.sourceUnitId === unit).map((p) => p.name).join('、')}：${input.reason || '请核实后重新报送'}`, link: '/livelihood/data' });
      }
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: `live.values.${input.action}`, entityType: 'live_values', entityId: null, after: { ids: pending.map((p) => p.id), reason: input.reason } });
    return { reviewed: pending.length };
  });
}

// ── the index ──

export type IndexQuery = { normalisation?: Normalisation; aggregation?: Aggregation; runs?: number; spread?: number; seed?: number };

/** Everything the index needs and answers, on the approved yearly values. Also used by the export and the weak-indicator tasks. */
export async function computeYear(db: Executor, year: number, q: IndexQuery = {}) {
  const s = await systemOf(db, year);
  const dims = engineDims(s);
  const inds = engineInds(s);
  const err = weightsError(s, dims, inds);
  if (err) throw err;
  const normalisation = q.normalisation ?? (s.system.normalisation as Normalisation);
  const aggregation = q.aggregation ?? (s.system.aggregation as Aggregation);
  if (normalisation === 'target') {
    const noTarget = s.indicators.find((i) => !i.target);
    if (noTarget) throw new AppError('live.target_missing', { indicator: noTarget.name });
  }
  const rows = s.indicators.length ? await db.selectFrom('liveValues').select(['indicatorId', 'district', 'value', 'state']).where('indicatorId', 'in', s.indicators.map((i) => i.id)).where('quarter', '=', 0).execute() : [];
  const codeOf = new Map(s.indicators.map((i) => [i.id, i.code]));
  const raw: RawValues = {};
  for (const r of rows) if (r.state === 'approved') (raw[r.district] ??= {})[codeOf.get(r.indicatorId)!] = r.value;
  if (!raw[SELF] || Object.keys(raw).length < 2) throw new AppError('live.no_data', { year });
  const result = computeIndex(dims, inds, raw, { normalisation, aggregation });
  const drivers = rankDrivers(dims, inds, result, SELF);
  const sens = sensitivity(dims, inds, result, SELF, { runs: q.runs ?? 500, spread: q.spread ?? 0.1, seed: q.seed ?? year });
  return { s, raw, result, drivers, sens, pending: rows.filter((r) => r.state === 'submitted').length, normalisation, aggregation };
}

export async function indexOf(ctx: AppContext, actor: Actor, year: number, q: IndexQuery) {
  requirePermission(actor, 'live.read');
  const { s, result, drivers, sens, pending, normalisation, aggregation } = await computeYear(ctx.db, year, q);
  const self = result.districts.find((d) => d.district === SELF)!;
  const eco = result.districts.filter((d) => districts.find((x) => x.code === d.district)?.ecological && d.total !== null);
  const indByCode = new Map(s.indicators.map((i) => [i.code, i]));
  const tasks = await ctx.db.selectFrom('liveWeakTasks').innerJoin('tasks', 'tasks.id', 'liveWeakTasks.taskId').select(['liveWeakTasks.indicatorId', 'tasks.id', 'tasks.code'])
    .where('liveWeakTasks.indicatorId', 'in', s.indicators.length ? s.indicators.map((i) => i.id) : [0]).execute();
  return {
    year, pendingValues: pending,
    method: {
      normalisation, aggregation, systemNormalisation: s.system.normalisation, systemAggregation: s.system.aggregation,
      dimensions: s.dimensions.map((d) => ({ code: d.code, name: d.name, group: d.groupName, weight: d.weight })),
      indicators: s.indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, dimension: i.dimensionCode, direction: i.direction, weight: i.weight, target: i.target, sourceUnitName: i.sourceUnitName })),
      missing: 'exclude-and-reweight', sensitivity: { runs: sens.runs, spread: sens.spread, seed: sens.seed },
    },
    self: { ...self, of: result.districts.filter((d) => d.rank !== null).length, ecologicalRank: 1 + eco.filter((d) => d.total! > self.total! + 1e-9).length, ecologicalOf: eco.length },
    districts: result.districts.map((d) => ({ ...d, name: districtName.get(d.district) ?? d.district })),
    dimensions: s.dimensions.map((d) => {
      const vals = result.districts.map((x) => x.dimensions[d.code]).filter((v): v is number => v !== null);
      const own = self.dimensions[d.code];
      return { code: d.code, name: d.name, group: d.groupName, weight: d.weight, score: own, average: vals.length ? Math.round((vals.reduce((a, b) => a + b, 0) / vals.length) * 100) / 100 : null, rank: own === null ? null : 1 + vals.filter((v) => v > own + 1e-9).length };
    }),
    drivers: drivers.map((d) => {
      const i = indByCode.get(d.indicator)!;
      const t = tasks.find((x) => x.indicatorId === i.id);
      return { ...d, indicatorId: i.id, name: i.name, unit: i.unit, direction: i.direction, sourceUnitId: i.sourceUnitId, sourceUnitName: i.sourceUnitName, task: t ? { id: t.id, code: t.code } : null };
    }),
    sensitivity: { ...sens, districts: sens.districts.map((d) => ({ ...d, name: districtName.get(d.district) ?? d.district })) },
  };
}

export async function weakIndicators(ctx: AppContext, actor: Actor, year: number) {
  const r = await indexOf(ctx, actor, year, {});
  const items = r.drivers.filter((d) => d.weak);
  return { year, items, total: items.length };
}

/**
 * Each weak indicator becomes a supervised task of the work plan (`QYWX-<year>-<code>`), led by the
 * indicator's source member unit. Asking again makes no second task.
 */
export async function makeWeakTasks(ctx: AppContext, actor: Actor, input: { year: number; planYear: number; dueDate: string | null }) {
  requirePermission(actor, 'live.write');
  requirePermission(actor, 'plan.write');
  const { s, drivers } = await computeYear(ctx.db, input.year);
  const weak = drivers.filter((d) => d.weak).map((d) => ({ d, i: s.indicators.find((x) => x.code === d.indicator)! }));
  return ctx.db.transaction().execute(async (trx) => {
    const have = new Set((await trx.selectFrom('liveWeakTasks').select('indicatorId').where('indicatorId', 'in', weak.length ? weak.map((w) => w.i.id) : [0]).execute()).map((r) => r.indicatorId));
    const todo = weak.filter((w) => !have.has(w.i.id));
    const created: { indicator: string; taskId: number; code: string }[] = [];
    if (todo.length) {
      const workPointId = await ensureWorkPoint(trx, input.planYear, 5, 'QYWX', '补齐“七有”“五性”短板指标');
      if (workPointId === null) throw new AppError('live.plan_year_missing', { year: input.planYear });
      const now = nowIso();
      for (const { d, i } of todo) {
        const code = `QYWX-${input.year}-${i.code}`;
        const dueDate = input.dueDate ?? `${input.planYear}-12-31`;
        const taskId = await insertTask(trx, actor.userId, input.planYear, {
          code, workPointId, title: `提升“${i.name}”指标（${input.year}年全市排名第 ${d.rank} 位）`.slice(0, 100),
          description: `${input.year}年七有五性监测评价中，本区“${i.name}”标准化得分 ${d.score}，低于全市平均 ${d.average}，拉低总指数 ${Math.abs(d.drag ?? 0)} 分。请牵头研究提升措施并按月报送进展。`,
          category: '业务', tags: ['民生'], leadUnitId: i.sourceUnitId, coUnitIds: [], leaderName: '分管委领导', startDate: now.slice(0, 10) < dueDate ? now.slice(0, 10) : `${input.planYear}-01-01`, dueDate,
          target: null, weight: 5, milestones: [{ title: '制定提升措施并落实', plannedDate: dueDate, plannedPct: 100, deliverable: '提升措施及指标数据', doneDate: null }],
        });
        await trx.insertInto('liveWeakTasks').values({ indicatorId: i.id, taskId, createdAt: now }).execute();
        await notify(trx, await reportersOf(trx, i.sourceUnitId), { kind: 'live.weak_task', title: `七有五性短板指标：${i.name}`, body: `请牵头落实提升措施，并在“重点任务”中按月报送进展。`, link: `/plan/tasks/${taskId}`, dedupeKey: `live-weak-${i.id}` });
        created.push({ indicator: i.code, taskId, code });
      }
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.weak_tasks', entityType: 'live_system', entityId: input.year, after: { created } });
    return { created, existing: weak.length - todo.length };
  });
}

// ── livelihood projects (links to the project library) ──

export async function listProjects(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'live.read');
  const rows = await ctx.db.selectFrom('liveProjects').innerJoin('projects', 'projects.id', 'liveProjects.projectId')
    .select(['liveProjects.id', 'liveProjects.projectId', 'liveProjects.dimensionCode', 'liveProjects.note', 'liveProjects.version', 'projects.code', 'projects.name', 'projects.year', 'projects.category',
      'projects.totalInvestment', 'projects.planConstruction', 'projects.planEquipment', 'projects.planOther'])
    .orderBy('liveProjects.id').execute();
  const reports = rows.length ? await ctx.db.selectFrom('investmentReports').select(['projectId', 'year', 'period', 'monthTotal', 'physicalProgress', 'state'])
    .where('projectId', 'in', rows.map((r) => r.projectId)).where('state', '=', 'approved').orderBy('period').execute() : [];
  const dimName = new Map(standardDimensions.map((d) => [d.code, d.name]));
  const items = rows.map((r) => {
    const mine = reports.filter((x) => x.projectId === r.projectId && x.year === r.year);
    const plan = r.planConstruction + r.planEquipment + r.planOther;
    const done = Math.round(mine.reduce((a, x) => a + x.monthTotal, 0) * 10000) / 10000;
    return { ...r, dimensionName: dimName.get(r.dimensionCode) ?? r.dimensionCode, planYear: plan, completedYear: done, completionPct: plan > 0 ? Math.round((1000 * done) / plan) / 10 : null, lastPeriod: mine.at(-1)?.period ?? null, physicalProgress: mine.at(-1)?.physicalProgress ?? '' };
  });
  return { items, total: items.length, abilities: { write: can(actor.role, 'live.write') } };
}

export async function linkProject(ctx: AppContext, actor: Actor, input: { projectId: number; dimensionCode: string; note: string }) {
  requirePermission(actor, 'live.write');
  return ctx.db.transaction().execute(async (trx) => {
    const p = await trx.selectFrom('projects').select(['id', 'code']).where('id', '=', input.projectId).executeTakeFirst();
    if (!p) throw new AppError('record.not_found');
    if (await trx.selectFrom('liveProjects').select('id').where('projectId', '=', input.projectId).executeTakeFirst()) throw new AppError('record.duplicate', { field: '民生项目', value: p.code });
    const now = nowIso();
    const { id } = await trx.insertInto('liveProjects').values({ ...input, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.project.link', entityType: 'live_project', entityId: id, after: input });
    return { id };
  });
}

export async function unlinkProject(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'live.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('liveProjects').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    await trx.deleteFrom('liveProjects').where('id', '=', id).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'live.project.unlink', entityType: 'live_project', entityId: id, before });
  });
  return { ok: true };
}
