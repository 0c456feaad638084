// Economic monitoring (经济运行监测): the indicator catalogue, yearly targets with threshold lines and
// quarterly phasing, values per period entered by the source unit (draft → submitted → approved |
// returned; approved is locked), revisions of approved values by the division with every vintage kept,
// and the analysis computed from approved values only (common/economy.ts analyseIndicator).
import { analyseIndicator, componentBreakdown, monthsElapsed, openingQuarter, type AnalysisInput, type IndicatorAnalysis, type IndicatorStatus } from '../../../common/economy.ts';
import type { EconomyOverview, IndicatorInput, IndicatorRow, IndicatorUpdate, TargetInput, TargetRow, ValueInput, ValueRevision, ValueRow, Vintage } from '../../../common/economy-schemas.ts';
import { compareDates, isoDateAt, parsePeriod, periodEnd } from '../../../common/periods.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../../platform/notify.ts';
import * as repo from './economy.repository.ts';
import { mayReport, moduleAbilities, valueAbilities } from './economy.policy.ts';

type Figures = { cumValue: number | null; prevCumValue: number | null; yoyPct: number | null; cityYoyPct: number | null; cityRank: number | null };
const figureKeys = ['cumValue', 'prevCumValue', 'yoyPct', 'cityYoyPct', 'cityRank'] as const;
const figuresOf = (v: Figures): Figures => ({ cumValue: v.cumValue, prevCumValue: v.prevCumValue, yoyPct: v.yoyPct, cityYoyPct: v.cityYoyPct, cityRank: v.cityRank });

/** Today in Beijing: a period may take values once it has ended. */
export function todayOf(_ctx: AppContext): string {
  return isoDateAt(Date.now());
}

// ── catalogue ──

function indicatorRow(actor: Actor, i: repo.IndicatorDbRow): IndicatorRow {
  return {
    id: i.id, code: i.code, name: i.name, unit: i.unit, freq: i.freq as 'M', kind: i.kind as 'flow', janFebMerged: !!i.janFebMerged, growthBasis: i.growthBasis as 'nominal',
    sourceUnitId: i.sourceUnitId, sourceUnitName: i.sourceUnitName, ownerUnitId: i.ownerUnitId, ownerUnitName: i.ownerUnitName ?? null, parentId: i.parentId, seq: i.seq,
    description: i.description, active: !!i.active, version: i.version,
    abilities: { update: moduleAbilities(actor).write, report: mayReport(actor, i.sourceUnitPath) },
  };
}

async function indicatorOrThrow(db: Executor, id: number): Promise<repo.IndicatorDbRow> {
  const [i] = await repo.indicators(db, { id });
  if (!i) throw new AppError('record.not_found');
  return i;
}

export async function listIndicators(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'econ.read');
  const [inds, years] = await Promise.all([repo.indicators(ctx.db), ctx.db.selectFrom('econValues').select('year').distinct().orderBy('year', 'desc').execute()]);
  return { items: inds.map((i) => indicatorRow(actor, i)), years: years.map((y) => y.year), abilities: moduleAbilities(actor) };
}

async function checkIndicatorRefs(trx: Executor, input: Partial<IndicatorInput>, selfId: number | null) {
  for (const u of [input.sourceUnitId, input.ownerUnitId]) {
    if (u !== undefined && u !== null && !(await repo.unitExists(trx, u))) throw new AppError('econ.unit_not_found', { id: u });
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    // The parent must exist and must not be the indicator itself or one of its components (no cycles).
    let cursor: number | null = input.parentId;
    for (let hops = 0; cursor !== null; hops++) {
      if (cursor === selfId || hops > 20) throw new AppError('econ.parent_invalid');
      const p: { parentId: number | null } | undefined = await trx.selectFrom('econIndicators').select('parentId').where('id', '=', cursor).executeTakeFirst();
      if (!p) throw new AppError('econ.parent_invalid');
      cursor = p.parentId;
    }
  }
}

export async function insertIndicator(trx: Trx, actorId: number | null, input: IndicatorInput, isDemo = false): Promise<number> {
  await checkIndicatorRefs(trx, input, null);
  const now = nowIso();
  try {
    const { id } = await trx.insertInto('econIndicators').values({
      code: input.code, name: input.name, unit: input.unit, freq: input.freq, kind: input.kind, janFebMerged: input.janFebMerged ? 1 : 0, growthBasis: input.growthBasis,
      sourceUnitId: input.sourceUnitId, ownerUnitId: input.ownerUnitId, parentId: input.parentId, seq: input.seq, description: input.description, isDemo: isDemo ? 1 : 0,
      version: 1, createdAt: now, updatedAt: now, createdBy: actorId,
    }).returning('id').executeTakeFirstOrThrow();
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('econ.code_taken', { code: input.code });
    throw e;
  }
}

export async function createIndicator(ctx: AppContext, actor: Actor, input: IndicatorInput): Promise<IndicatorRow> {
  requirePermission(actor, 'econ.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('econIndicators').select('id').where('code', '=', input.code).executeTakeFirst()) throw new AppError('econ.code_taken', { code: input.code });
    const id = await insertIndicator(trx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'econ.indicator.create', entityType: 'econ_indicator', entityId: id, after: input });
    return id;
  });
  return indicatorRow(actor, await indicatorOrThrow(ctx.db, id));
}

export async function updateIndicator(ctx: AppContext, actor: Actor, id: number, input: IndicatorUpdate): Promise<IndicatorRow> {
  requirePermission(actor, 'econ.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('econIndicators').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    await checkIndicatorRefs(trx, input, id);
    const { version, janFebMerged, active, ...rest } = input;
    const r = await trx.updateTable('econIndicators').set({
      ...rest, ...(janFebMerged === undefined ? {} : { janFebMerged: janFebMerged ? 1 : 0 }), ...(active === undefined ? {} : { active: active ? 1 : 0 }),
      version: before.version + 1, updatedAt: nowIso(),
    }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'econ.indicator.update', entityType: 'econ_indicator', entityId: id, before, after: input });
  });
  return indicatorRow(actor, await indicatorOrThrow(ctx.db, id));
}

// ── targets ──

function targetRow(t: repo.TargetDbRow): TargetRow {
  return {
    indicatorId: t.indicatorId, year: t.year, growthPct: t.growthPct, level: t.level, baseValue: t.baseValue, qualifier: t.qualifier as 'above',
    floorPct: t.floorPct, excellentPct: t.excellentPct, phasing: t.phasingJson ? JSON.parse(t.phasingJson) as (number | null)[] : null, note: t.note, version: t.version,
  };
}

export async function listTargets(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'econ.read');
  return { items: (await repo.targets(ctx.db, year)).map(targetRow) };
}

export async function upsertTarget(trx: Trx, actorId: number | null, year: number, indicatorId: number, input: TargetInput): Promise<{ before: repo.TargetDbRow | undefined }> {
  const [before] = await repo.targets(trx, year, indicatorId);
  const now = nowIso();
  const fields = {
    growthPct: input.growthPct, level: input.level, baseValue: input.baseValue, qualifier: input.qualifier, floorPct: input.floorPct, excellentPct: input.excellentPct,
    phasingJson: input.phasing ? JSON.stringify(input.phasing) : null, note: input.note,
  };
  if (!before) {
    try {
      await trx.insertInto('econTargets').values({ indicatorId, year, ...fields, version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('record.stale');
      throw e;
    }
  } else {
    if (input.version === undefined || input.version !== before.version) throw new AppError('record.stale');
    const r = await trx.updateTable('econTargets').set({ ...fields, version: before.version + 1, updatedAt: now }).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
  }
  return { before };
}

export async function saveTarget(ctx: AppContext, actor: Actor, year: number, indicatorId: number, input: TargetInput): Promise<TargetRow> {
  requirePermission(actor, 'econ.write');
  await ctx.db.transaction().execute(async (trx) => {
    await indicatorOrThrow(trx, indicatorId);
    const { before } = await upsertTarget(trx, actor.userId, year, indicatorId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: before ? 'econ.target.update' : 'econ.target.create', entityType: 'econ_target', entityId: `${indicatorId}:${year}`, before, after: input });
  });
  return targetRow((await repo.targets(ctx.db, year, indicatorId))[0]);
}

// ── values ──

function valueRow(actor: Actor, v: repo.ValueDbRow, sourceUnitPath: string): ValueRow {
  return {
    id: v.id, indicatorId: v.indicatorId, period: v.period, ...figuresOf(v), note: v.note, state: v.state as ValueRow['state'], source: v.source as 'manual',
    submittedAt: v.submittedAt, reviewedAt: v.reviewedAt, returnReason: v.returnReason, revisionCount: v.revisionCount, version: v.version,
    abilities: valueAbilities(actor, sourceUnitPath, v.state),
  };
}

/**
 * The period rules of domain.md §2.3: the period's kind matches the frequency, it has ended, and a
 * series that publishes January and February together has no January value. Throws the matching code.
 */
export function checkPeriod(i: Pick<repo.IndicatorDbRow, 'freq' | 'janFebMerged' | 'name'>, period: string, today: string): number {
  const p = parsePeriod(period);
  const wanted = i.freq === 'Q' ? 'quarter' : 'month';
  if (!p || p.kind !== wanted) throw new AppError('econ.period_freq_mismatch', { period, freq: i.freq === 'Q' ? '季度' : '月度' });
  if (compareDates(periodEnd(period), today) >= 0) throw new AppError('econ.period_not_ended', { period });
  if (i.janFebMerged && p.kind === 'month' && p.month === 1) throw new AppError('econ.jan_merged', { name: i.name });
  return p.year;
}

/** The latest earlier value of the same year with a cumulative figure (any state but returned), for the fall check. */
async function previousCumulative(db: Executor, indicatorId: number, year: number, period: string): Promise<{ period: string; cumValue: number } | null> {
  const rows = await db.selectFrom('econValues').select(['period', 'cumValue']).where('indicatorId', '=', indicatorId).where('year', '=', year)
    .where('state', '!=', 'returned').where('cumValue', 'is not', null).execute();
  const earlier = rows.filter((r) => monthsElapsed(r.period) < monthsElapsed(period)).sort((a, b) => monthsElapsed(b.period) - monthsElapsed(a.period));
  return earlier[0] ? { period: earlier[0].period, cumValue: earlier[0].cumValue! } : null;
}

export type ValueWrite = Figures & { note: string; submit: boolean; confirmFall: boolean; version?: number; source: 'manual' | 'import' };

/** Writes one value inside the caller's transaction, with every rule of entry; returns the value id. */
export async function writeValue(trx: Trx, actor: Actor, i: repo.IndicatorDbRow, period: string, w: ValueWrite, today: string): Promise<{ id: number; before: repo.ValueDbRow | undefined }> {
  if (!mayReport(actor, i.sourceUnitPath)) throw new AppError(actorCanReport(actor) ? 'econ.not_source_unit' : 'auth.forbidden');
  const year = checkPeriod(i, period, today);
  if (w.cumValue === null && w.yoyPct === null) throw new AppError('econ.value_empty');
  const before = await repo.valueAt(trx, i.id, period);
  if (before?.state === 'approved') throw new AppError('econ.value_locked', { period });
  if (before && w.version !== undefined && w.version !== before.version) throw new AppError('record.stale');
  if (i.kind === 'flow' && w.cumValue !== null && !w.confirmFall) {
    const prev = await previousCumulative(trx, i.id, year, period);
    if (prev && w.cumValue < prev.cumValue) throw new AppError('econ.cumulative_fall', { previous: prev.cumValue, current: w.cumValue, previousPeriod: prev.period });
  }
  const now = nowIso();
  const state = w.submit ? 'submitted' : 'draft';
  const fields = {
    ...figuresOf(w), note: w.note, state, source: w.source, submittedAt: w.submit ? now : null, submittedBy: w.submit ? actor.userId : null,
    reviewedAt: null, reviewedBy: null, returnReason: null, updatedAt: now,
  };
  if (!before) {
    try {
      const { id } = await trx.insertInto('econValues').values({ indicatorId: i.id, year, period, ...fields, version: 1, createdAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
      return { id, before };
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('record.stale');
      throw e;
    }
  }
  const r = await trx.updateTable('econValues').set({ ...fields, version: before.version + 1 }).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
  if (affected(r) === 0) throw new AppError('record.stale');
  return { id: before.id, before };
}

function actorCanReport(actor: Actor): boolean {
  return moduleAbilities(actor).report;
}

async function valueRowById(ctx: AppContext, actor: Actor, id: number): Promise<ValueRow> {
  const v = await repo.valueById(ctx.db, id);
  if (!v) throw new AppError('record.not_found');
  const i = await indicatorOrThrow(ctx.db, v.indicatorId);
  return valueRow(actor, v, i.sourceUnitPath);
}

async function reviewersToNotify(db: Executor): Promise<number[]> {
  return (await db.selectFrom('users').select('id').where('role', '=', 'division_staff').where('active', '=', 1).execute()).map((u) => u.id);
}

export async function saveValue(ctx: AppContext, actor: Actor, indicatorId: number, period: string, input: ValueInput): Promise<ValueRow> {
  requirePermission(actor, 'econ.report');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const i = await indicatorOrThrow(trx, indicatorId);
    const { id, before } = await writeValue(trx, actor, i, period, { ...input, source: 'manual' }, todayOf(ctx));
    await ctx.audit.record(trx, auditActorOf(actor), { action: input.submit ? 'econ.value.submit' : 'econ.value.save', entityType: 'econ_value', entityId: id, before: before && figuresOf(before), after: { indicator: i.code, period, ...input } });
    if (input.submit) {
      await notify(trx, await reviewersToNotify(trx), { kind: 'econ.value_submitted', title: `${i.name} ${period} 数据待审核`, body: `${actor.displayName} 报送了 ${i.name} ${period} 的数据。`, link: `/economy/data`, dedupeKey: `econ-submitted-${id}-${Date.now()}` });
    }
    return id;
  });
  return valueRowById(ctx, actor, id);
}

export async function reviewValue(ctx: AppContext, actor: Actor, id: number, input: { action: 'approve' | 'return'; reason?: string; version: number }): Promise<ValueRow> {
  requirePermission(actor, 'econ.review');
  if (input.action === 'return' && !input.reason?.trim()) throw new AppError('econ.return_reason_required');
  await ctx.db.transaction().execute(async (trx) => {
    const v = await repo.valueById(trx, id);
    if (!v) throw new AppError('record.not_found');
    if (v.state !== 'submitted') throw new AppError('econ.not_submitted');
    if (v.version !== input.version) throw new AppError('record.stale');
    const now = nowIso();
    const approve = input.action === 'approve';
    const r = await trx.updateTable('econValues').set({
      state: approve ? 'approved' : 'returned', reviewedAt: now, reviewedBy: actor.userId, returnReason: approve ? null : input.reason!.trim(), version: v.version + 1, updatedAt: now,
    }).where('id', '=', id).where('version', '=', v.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    if (approve) {
      // The first vintage: the figures as first approved; every later revision adds one.
      await trx.insertInto('econVintages').values({ valueId: id, kind: 'first', at: now, byUserId: actor.userId, byName: actor.displayName, reason: '审核通过', beforeJson: null, afterJson: JSON.stringify(figuresOf(v)) }).execute();
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: approve ? 'econ.value.approve' : 'econ.value.return', entityType: 'econ_value', entityId: id, after: { reason: input.reason ?? null } });
    const i = await indicatorOrThrow(trx, v.indicatorId);
    if (!approve && v.submittedBy) {
      await notify(trx, [v.submittedBy], { kind: 'econ.value_returned', title: `${i.name} ${v.period} 数据被退回`, body: `退回原因：${input.reason}`, link: `/economy/data`, dedupeKey: `econ-returned-${id}-${v.version}` });
    }
  });
  return valueRowById(ctx, actor, id);
}

export async function reviseValue(ctx: AppContext, actor: Actor, id: number, input: ValueRevision): Promise<ValueRow> {
  requirePermission(actor, 'econ.write');
  await ctx.db.transaction().execute(async (trx) => {
    const v = await repo.valueById(trx, id);
    if (!v) throw new AppError('record.not_found');
    if (v.state !== 'approved') throw new AppError('econ.not_approved');
    if (v.version !== input.version) throw new AppError('record.stale');
    const before = figuresOf(v);
    const after = figuresOf(input);
    if (figureKeys.every((k) => before[k] === after[k])) throw new AppError('econ.revision_unchanged');
    if (after.cumValue === null && after.yoyPct === null) throw new AppError('econ.value_empty');
    const now = nowIso();
    const r = await trx.updateTable('econValues').set({ ...after, revisionCount: v.revisionCount + 1, version: v.version + 1, updatedAt: now })
      .where('id', '=', id).where('version', '=', v.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await trx.insertInto('econVintages').values({ valueId: id, kind: 'revision', at: now, byUserId: actor.userId, byName: actor.displayName, reason: input.reason, beforeJson: JSON.stringify(before), afterJson: JSON.stringify(after) }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'econ.value.revise', entityType: 'econ_value', entityId: id, before, after: { ...after, reason: input.reason } });
  });
  return valueRowById(ctx, actor, id);
}

export async function listVintages(ctx: AppContext, actor: Actor, indicatorId: number, year: number): Promise<{ items: Vintage[] }> {
  requirePermission(actor, 'econ.read');
  await indicatorOrThrow(ctx.db, indicatorId);
  const rows = await repo.vintages(ctx.db, indicatorId, year);
  return {
    items: rows.map((r) => ({
      id: r.id, valueId: r.valueId, period: r.period, kind: r.kind as 'first', at: r.at, byName: r.byName, reason: r.reason,
      before: r.beforeJson ? JSON.parse(r.beforeJson) : null, after: JSON.parse(r.afterJson),
    })),
  };
}

export async function reviewQueue(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'econ.read');
  const [inds, rows] = await Promise.all([
    repo.indicators(ctx.db),
    ctx.db.selectFrom('econValues').selectAll().where('state', 'in', ['submitted', 'returned', 'draft']).orderBy('period').orderBy('indicatorId').execute(),
  ]);
  const byId = new Map(inds.map((i) => [i.id, i]));
  // Reporters see the values of their own indicators; reviewers every submitted value.
  const items = rows.filter((v) => {
    const i = byId.get(v.indicatorId)!;
    return (v.state === 'submitted' && moduleAbilities(actor).review) || mayReport(actor, i.sourceUnitPath);
  });
  return {
    items: items.map((v) => {
      const i = byId.get(v.indicatorId)!;
      return { ...valueRow(actor, v, i.sourceUnitPath), indicatorCode: i.code, indicatorName: i.name, unit: i.unit };
    }),
  };
}

// ── analysis ──

type YearData = { inds: repo.IndicatorDbRow[]; targets: Map<number, repo.TargetDbRow>; approved: repo.ValueDbRow[]; all: repo.ValueDbRow[] };

async function loadYear(db: Executor, year: number, indicatorId?: number): Promise<YearData> {
  const [inds, targets, all] = await Promise.all([
    repo.indicators(db, { id: indicatorId }), repo.targets(db, year, indicatorId), repo.values(db, { years: [year - 3, year - 2, year - 1, year], indicatorId }),
  ]);
  return { inds, targets: new Map(targets.map((t) => [t.indicatorId, t])), approved: all.filter((v) => v.state === 'approved'), all };
}

function analysisInput(i: repo.IndicatorDbRow, t: repo.TargetDbRow | undefined, approved: repo.ValueDbRow[], year: number, asOf?: string): AnalysisInput {
  const mine = approved.filter((v) => v.indicatorId === i.id);
  const current = mine.filter((v) => v.year === year && (!asOf || monthsElapsed(v.period) <= monthsElapsed(asOf)));
  return {
    freq: i.freq as 'M', kind: i.kind as 'flow', janFebMerged: !!i.janFebMerged, growthBasis: i.growthBasis as 'nominal', year,
    target: t ? { growthPct: t.growthPct, level: t.level, baseValue: t.baseValue, qualifier: t.qualifier as 'above', floorPct: t.floorPct, excellentPct: t.excellentPct, phasing: t.phasingJson ? JSON.parse(t.phasingJson) : null } : null,
    values: current.map((v) => ({ period: v.period, ...figuresOf(v) })),
    past: [year - 3, year - 2, year - 1].map((y) => ({ year: y, values: mine.filter((v) => v.year === y).map((v) => ({ period: v.period, cumValue: v.cumValue })) })),
  };
}

export async function overview(ctx: AppContext, actor: Actor, year: number, asOf?: string): Promise<EconomyOverview> {
  requirePermission(actor, 'econ.read');
  if (asOf && !asOf.startsWith(`${year}-`)) throw new AppError('request.invalid', { fields: 'asOf' });
  const d = await loadYear(ctx.db, year);
  const counts: Record<IndicatorStatus, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
  const items = d.inds.filter((i) => i.active).map((i) => {
    const t = d.targets.get(i.id);
    // A quarterly series as of a month: the quarters ended by then.
    const a = analyseIndicator(analysisInput(i, t, d.approved, year, asOf));
    counts[a.latest?.status ?? 'grey']++;
    return {
      indicator: indicatorRow(actor, i), target: t ? targetRow(t) : null, latest: a.latest, targetLevel: a.targetLevel, baseValue: a.baseValue,
      pending: d.all.filter((v) => v.indicatorId === i.id && v.year === year && v.state === 'submitted').length,
    };
  });
  return { year, asOf: asOf ?? null, items, counts, abilities: moduleAbilities(actor) };
}

export async function indicatorDetail(ctx: AppContext, actor: Actor, year: number, id: number) {
  requirePermission(actor, 'econ.read');
  const i = await indicatorOrThrow(ctx.db, id);
  const d = await loadYear(ctx.db, year, id);
  const t = d.targets.get(id);
  const analysis: IndicatorAnalysis = analyseIndicator(analysisInput(i, t, d.approved, year));
  const previousYears = [year - 2, year - 1].map((y) => ({
    year: y, periods: analyseIndicator(analysisInput(i, undefined, d.approved, y)).periods.map((p) => ({ period: p.period, cumValue: p.cumValue, growthPct: p.growthPct })),
  }));
  const components = await componentsOf(ctx.db, i, year);
  return {
    indicator: indicatorRow(actor, i), target: t ? targetRow(t) : null, analysis, previousYears,
    values: d.all.filter((v) => v.year === year).map((v) => valueRow(actor, v, i.sourceUnitPath)),
    components,
    thresholds: t?.growthPct !== null && t?.growthPct !== undefined ? { floorPct: t.floorPct ?? t.growthPct - 1, targetPct: t.growthPct, excellentPct: t.excellentPct } : null,
  };
}

/** Share, contribution and pull of the components of a total at the latest period both have approved. */
async function componentsOf(db: Executor, total: repo.IndicatorDbRow, year: number) {
  const parts = await db.selectFrom('econIndicators').select(['id', 'name']).where('parentId', '=', total.id).where('active', '=', 1).orderBy('seq').execute();
  if (parts.length === 0) return null;
  const vals = await db.selectFrom('econValues').select(['indicatorId', 'period', 'cumValue', 'prevCumValue'])
    .where('indicatorId', 'in', [total.id, ...parts.map((p) => p.id)]).where('year', '=', year).where('state', '=', 'approved').execute();
  const totals = vals.filter((v) => v.indicatorId === total.id && v.cumValue !== null && v.prevCumValue !== null).sort((a, b) => monthsElapsed(b.period) - monthsElapsed(a.period));
  const at = totals.find((tv) => parts.some((p) => vals.some((v) => v.indicatorId === p.id && v.period === tv.period)));
  if (!at) return null;
  const items = componentBreakdown({ cum: at.cumValue!, prev: at.prevCumValue! }, parts.map((p) => {
    const v = vals.find((x) => x.indicatorId === p.id && x.period === at.period);
    return { key: String(p.id), cum: v?.cumValue ?? null, prev: v?.prevCumValue ?? null };
  }));
  return {
    period: at.period,
    items: items.map((c) => {
      const p = parts.find((x) => String(x.id) === c.key)!;
      return { indicatorId: p.id, name: p.name, cumValue: vals.find((x) => x.indicatorId === p.id && x.period === at.period)?.cumValue ?? null, sharePct: c.sharePct, contributionPct: c.contributionPct, pullPp: c.pullPp };
    }),
  };
}

/** 开门红: the first quarter (March cumulative, or Q1) against the annual target and last year's first quarter. */
export async function opening(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'econ.read');
  const d = await loadYear(ctx.db, year);
  const items = d.inds.filter((i) => i.active).map((i) => {
    const t = d.targets.get(i.id);
    const q1Period = i.freq === 'Q' ? `${year}-Q1` : `${year}-03`;
    const a = analyseIndicator(analysisInput(i, t, d.approved, year));
    const q1 = a.periods.find((p) => p.period === q1Period) ?? null;
    const last = analyseIndicator(analysisInput(i, undefined, d.approved, year - 1)).periods.find((p) => p.period === (i.freq === 'Q' ? `${year - 1}-Q1` : `${year - 1}-03`));
    const targetPct = t?.growthPct ?? null;
    const judged = targetPct !== null && q1 ? openingQuarter(q1.growthPct, targetPct, q1.completionPct) : null;
    return { indicator: indicatorRow(actor, i), q1, lastYearQ1GrowthPct: last?.growthPct ?? null, targetPct, growthMet: judged?.growthMet ?? null, progressMet: judged?.progressMet ?? null, red: judged?.red ?? null };
  });
  return { year, period: `${year}-Q1`, items };
}

/** The latest approved figure of an indicator in a year, for other modules (e.g. the district's tax for the tax-source view). */
export async function latestApproved(db: Executor, code: string, year: number): Promise<{ cumValue: number | null; unit: string; period: string } | null> {
  const rows = await db.selectFrom('econValues').innerJoin('econIndicators', 'econIndicators.id', 'econValues.indicatorId')
    .select(['econValues.cumValue', 'econValues.period', 'econIndicators.unit']).where('econIndicators.code', '=', code).where('econValues.year', '=', year).where('econValues.state', '=', 'approved').execute();
  return rows.sort((a, b) => monthsElapsed(b.period) - monthsElapsed(a.period))[0] ?? null;
}
