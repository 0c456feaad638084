// The 14th Five-Year Plan (十四五规划) mid-term evaluation: the plan's indicator table (base year 2020,
// 2025 target and its form, 预期性/约束性), yearly actuals from the lead units, the time-progress rating of
// common/economy.ts evaluatePlanIndicator (a manual override needs a reason and stays visible as such),
// and the plan's tasks linked to the work-plan tasks that carry them this year.
import { evaluatePlanIndicator } from '../../../common/economy.ts';
import type { FypActualInput, FypEvaluationRow, FypIndicatorInput, FypRating } from '../../../common/economy-schemas.ts';
import { fypTaskInput } from '../../../common/economy-schemas.ts';
import type { z } from 'zod';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { listTasks } from '../workplan/workplan.service.ts';
import { moduleAbilities } from './economy.policy.ts';
import * as repo from './economy.repository.ts';

export const PLAN_FIRST_YEAR = 2021;
export const PLAN_LAST_YEAR = 2025;
export type FypTaskInput = z.infer<typeof fypTaskInput>;

const statusToTask: Record<string, string> = { green: '序时推进', yellow: '进度滞后', red: '进度滞后', grey: '尚未启动', closed: '已完成' };

async function checkUnit(db: Executor, id: number | undefined) {
  if (id !== undefined && !(await repo.unitExists(db, id))) throw new AppError('econ.unit_not_found', { id });
}

export async function insertFypIndicator(trx: Trx, actorId: number | null, input: FypIndicatorInput): Promise<number> {
  await checkUnit(trx, input.leadUnitId);
  const now = nowIso();
  try {
    const { id } = await trx.insertInto('fypIndicators').values({
      code: input.code, groupName: input.group, name: input.name, unit: input.unit, form: input.form, attribute: input.attribute, baseValue: input.baseValue,
      targetValue: input.targetValue, targetRatePct: input.targetRatePct, chainRates: input.chainRates ? 1 : 0, leadUnitId: input.leadUnitId, seq: input.seq,
      overrideRating: null, version: 1, createdAt: now, updatedAt: now, createdBy: actorId,
    }).returning('id').executeTakeFirstOrThrow();
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('fyp.code_taken', { code: input.code });
    throw e;
  }
}

export async function createFypIndicator(ctx: AppContext, actor: Actor, input: FypIndicatorInput) {
  requirePermission(actor, 'econ.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('fypIndicators').select('id').where('code', '=', input.code).executeTakeFirst()) throw new AppError('fyp.code_taken', { code: input.code });
    const id = await insertFypIndicator(trx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'fyp.indicator.create', entityType: 'fyp_indicator', entityId: id, after: input });
    return { id };
  });
}

export async function updateFypIndicator(ctx: AppContext, actor: Actor, id: number, input: FypIndicatorInput & { version: number }) {
  requirePermission(actor, 'econ.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('fypIndicators').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    await checkUnit(trx, input.leadUnitId);
    try {
      const r = await trx.updateTable('fypIndicators').set({
        code: input.code, groupName: input.group, name: input.name, unit: input.unit, form: input.form, attribute: input.attribute, baseValue: input.baseValue,
        targetValue: input.targetValue, targetRatePct: input.targetRatePct, chainRates: input.chainRates ? 1 : 0, leadUnitId: input.leadUnitId, seq: input.seq,
        version: before.version + 1, updatedAt: nowIso(),
      }).where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
      if (affected(r) === 0) throw new AppError('record.stale');
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('fyp.code_taken', { code: input.code });
      throw e;
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'fyp.indicator.update', entityType: 'fyp_indicator', entityId: id, before, after: input });
    return { id };
  });
}

export async function saveActual(ctx: AppContext, actor: Actor, id: number, year: number, input: FypActualInput) {
  requirePermission(actor, 'econ.write');
  if (year < PLAN_FIRST_YEAR || year > PLAN_LAST_YEAR) throw new AppError('fyp.year_out_of_plan');
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('fypIndicators').select('id').where('id', '=', id).executeTakeFirst())) throw new AppError('record.not_found');
    const before = await trx.selectFrom('fypActuals').selectAll().where('fypIndicatorId', '=', id).where('year', '=', year).executeTakeFirst();
    const now = nowIso();
    if (before) {
      await trx.updateTable('fypActuals').set({ value: input.value, ratePct: input.ratePct, note: input.note, version: before.version + 1, updatedAt: now }).where('id', '=', before.id).execute();
    } else {
      await trx.insertInto('fypActuals').values({ fypIndicatorId: id, year, value: input.value, ratePct: input.ratePct, note: input.note, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).execute();
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'fyp.actual.save', entityType: 'fyp_indicator', entityId: id, before, after: { year, ...input } });
    return { ok: true };
  });
}

export async function overrideRating(ctx: AppContext, actor: Actor, id: number, input: { rating: FypRating | null; reason: string; version: number }) {
  requirePermission(actor, 'econ.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('fypIndicators').select(['overrideRating', 'overrideReason', 'version']).where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const r = await trx.updateTable('fypIndicators').set({ overrideRating: input.rating, overrideReason: input.rating ? input.reason : '', version: before.version + 1, updatedAt: nowIso() })
      .where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'fyp.rating.override', entityType: 'fyp_indicator', entityId: id, before, after: input });
    return { ok: true };
  });
}

async function checkPlanTask(db: Executor, id: number | null) {
  if (id !== null && !(await db.selectFrom('tasks').select('id').where('id', '=', id).executeTakeFirst())) throw new AppError('fyp.plan_task_not_found', { id });
}

export async function insertFypTask(trx: Trx, actorId: number | null, input: FypTaskInput): Promise<number> {
  await checkUnit(trx, input.leadUnitId);
  await checkPlanTask(trx, input.planTaskId);
  const now = nowIso();
  const { id } = await trx.insertInto('fypTasks').values({ ...input, version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function createFypTask(ctx: AppContext, actor: Actor, input: FypTaskInput) {
  requirePermission(actor, 'econ.write');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertFypTask(trx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'fyp.task.create', entityType: 'fyp_task', entityId: id, after: input });
    return { id };
  });
}

export async function updateFypTask(ctx: AppContext, actor: Actor, id: number, input: FypTaskInput & { version: number }) {
  requirePermission(actor, 'econ.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('fypTasks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    await checkUnit(trx, input.leadUnitId);
    await checkPlanTask(trx, input.planTaskId);
    const { version, ...fields } = input;
    const r = await trx.updateTable('fypTasks').set({ ...fields, version: before.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'fyp.task.update', entityType: 'fyp_task', entityId: id, before, after: input });
    return { id };
  });
}

/** The evaluation table as of the end of `asOfYear` (default: the last year with any actual). */
export async function evaluation(ctx: AppContext, actor: Actor, asOfYear?: number) {
  requirePermission(actor, 'econ.read');
  const [inds, actuals, tasks] = await Promise.all([
    ctx.db.selectFrom('fypIndicators').innerJoin('orgUnits', 'orgUnits.id', 'fypIndicators.leadUnitId').selectAll('fypIndicators').select('orgUnits.name as leadUnitName')
      .orderBy('fypIndicators.seq').orderBy('fypIndicators.id').execute(),
    ctx.db.selectFrom('fypActuals').selectAll().orderBy('year').execute(),
    ctx.db.selectFrom('fypTasks').innerJoin('orgUnits', 'orgUnits.id', 'fypTasks.leadUnitId').leftJoin('tasks', 'tasks.id', 'fypTasks.planTaskId')
      .selectAll('fypTasks').select(['orgUnits.name as leadUnitName', 'tasks.title as planTaskTitle', 'tasks.year as planTaskYear']).orderBy('fypTasks.id').execute(),
  ]);
  const year = Math.min(PLAN_LAST_YEAR, Math.max(PLAN_FIRST_YEAR, asOfYear ?? (actuals.length ? Math.max(...actuals.map((a) => a.year)) : PLAN_FIRST_YEAR)));
  const items: FypEvaluationRow[] = inds.map((i) => {
    const mine = actuals.filter((a) => a.fypIndicatorId === i.id);
    const ev = evaluatePlanIndicator({
      form: i.form as 'level', binding: i.attribute === 'binding', baseValue: i.baseValue, targetValue: i.targetValue, targetRatePct: i.targetRatePct, chainRates: !!i.chainRates,
      actuals: mine.map((a) => ({ year: a.year, value: a.value, ratePct: a.ratePct })),
    }, year);
    const rating = (i.overrideRating as FypRating | null) ?? ev.rating;
    return {
      id: i.id, code: i.code, group: i.groupName, name: i.name, unit: i.unit, form: i.form as 'level', attribute: i.attribute as 'expected', baseValue: i.baseValue, targetValue: i.targetValue,
      targetRatePct: i.targetRatePct, chainRates: !!i.chainRates, leadUnitId: i.leadUnitId, leadUnitName: i.leadUnitName, version: i.version,
      actuals: mine.map((a) => ({ year: a.year, value: a.value, ratePct: a.ratePct, note: a.note })),
      evaluation: {
        ...ev, computed: ev.rating, rating, overridden: i.overrideRating !== null, overrideReason: i.overrideReason,
        // A binding indicator that is behind stays flagged red whatever the rating says.
        flag: i.attribute === 'binding' && (ev.flag || ['滞后', '严重滞后', '未达标'].includes(rating)),
      },
    };
  });
  // Linked work-plan tasks: their computed status this year decides the plan task's progress.
  const statusById = new Map<number, string>();
  for (const y of [...new Set(tasks.filter((t) => t.planTaskYear !== null).map((t) => t.planTaskYear!))]) {
    const { items: planItems } = await listTasks(ctx, { ...actor, role: 'leader', orgPath: null }, { year: y, page: 1, pageSize: 1_000_000 });
    for (const p of planItems) statusById.set(p.id, p.status);
  }
  return {
    asOfYear: year, expectedPct: Math.round(((year - 2020) / 5) * 10000) / 100, items,
    tasks: tasks.map((t) => {
      const planStatus = t.planTaskId ? statusById.get(t.planTaskId) ?? null : null;
      return {
        id: t.id, chapter: t.chapter, title: t.title, leadUnitId: t.leadUnitId, leadUnitName: t.leadUnitName, endState: t.endState, planTaskId: t.planTaskId, planTaskTitle: t.planTaskTitle ?? null,
        planTaskStatus: planStatus, status: t.status, computedStatus: planStatus ? statusToTask[planStatus] ?? null : null, version: t.version,
      };
    }),
    abilities: moduleAbilities(actor),
  };
}
