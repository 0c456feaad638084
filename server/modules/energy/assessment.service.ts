// Energy-saving target responsibility assessment (节能目标责任考核) of towns and key energy users: the
// year's targets (intensity drop, consumption cap, measure tasks), quarterly figures reported by the towns,
// scores, grades and ranking, the year-end assessment as xlsx and docx; key energy users (重点用能单位)
// with their yearly consumption, intensity trend and industry benchmark; and the module's dashboard,
// which also lists the project library's rural-revitalisation and agriculture projects.
import { z } from 'zod';
import {
  gradeLabels, intensity, intensityDropPct, rankByScore, reviewStageLabels, scoreAssessment, scoreScheme, type MeasureTask, type ReviewStage,
} from '../../../common/energy.ts';
import { compareDates, isoDateAt, parsePeriod, periodEnd } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, inScope, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { buildOfficialDocument } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import { ensureWorkPoint, insertTask } from '../workplan/workplan.service.ts';
import { listReviews, loadSettings } from './reviews.service.ts';

const today = () => isoDateAt(Date.now());
const r2 = (v: number) => Math.round(v * 100) / 100;

// ── targets and figures ──
async function targetRows(db: Executor, year: number) {
  return db.selectFrom('energyTargets as t')
    .leftJoin('orgUnits as o', 'o.id', 't.orgId')
    .leftJoin('energyKeyUsers as k', 'k.id', 't.keyUserId')
    .leftJoin('orgUnits as kt', 'kt.id', 'k.townId')
    .selectAll('t')
    .select(['o.name as orgName', 'o.path as orgPath', 'k.name as keyUserName', 'k.industry as keyUserIndustry', 'kt.path as keyUserTownPath'])
    .where('t.year', '=', year).orderBy('t.id').execute();
}
type TargetRow = Awaited<ReturnType<typeof targetRows>>[number];
const pathOf = (t: Pick<TargetRow, 'orgPath' | 'keyUserTownPath'>) => t.orgPath ?? t.keyUserTownPath;

export async function assessment(ctx: AppContext, actor: Actor, year: number, f: { offTarget?: boolean } = {}) {
  requirePermission(actor, 'energy.read');
  const scope = scopeOf(actor);
  const all = await targetRows(ctx.db, year);
  const quarters = all.length ? await ctx.db.selectFrom('energyQuarters').selectAll().where('targetId', 'in', all.map((t) => t.id)).orderBy('quarter').execute() : [];
  const scored = all.map((t) => {
    const qs = quarters.filter((q) => q.targetId === t.id);
    const actualTce = r2(qs.reduce((a, q) => a + q.energyTce, 0));
    const actualOutput = r2(qs.reduce((a, q) => a + q.output, 0));
    const actualDropPct = qs.length ? intensityDropPct(actualTce, actualOutput, t.baseTce, t.baseOutput) : null;
    const tasks = JSON.parse(t.tasksJson) as MeasureTask[];
    const s = scoreAssessment({ targetDropPct: t.targetDropPct, capTce: t.capTce, actualDropPct, actualTce, tasks, deduction: t.deduction });
    // Off target during the year: the year-to-date intensity drop is short of the target, or the cap is already exceeded.
    const offTarget = qs.length > 0 && (actualDropPct === null || actualDropPct < t.targetDropPct || actualTce > t.capTce);
    return {
      id: t.id, version: t.version, year: t.year, kind: t.orgId ? 'town' as const : 'key_user' as const, orgId: t.orgId, keyUserId: t.keyUserId,
      name: t.orgName ?? t.keyUserName ?? '', industry: t.keyUserIndustry, path: pathOf(t),
      targetDropPct: t.targetDropPct, capTce: t.capTce, baseTce: t.baseTce, baseOutput: t.baseOutput, baseIntensity: intensity(t.baseTce, t.baseOutput),
      tasks, deductionNote: t.deductionNote, quarters: qs.map((q) => ({ quarter: q.quarter, energyTce: q.energyTce, output: q.output, note: q.note, version: q.version, intensity: intensity(q.energyTce, q.output) })),
      quartersReported: qs.length, actualTce, actualOutput, actualIntensity: intensity(actualTce, actualOutput), actualDropPct, offTarget,
      ...s, gradeLabel: gradeLabels[s.grade].zh,
    };
  });
  const ranked = rankByScore(scored);
  const visible = ranked.filter((t) => inScope(scope, t.path)).filter((t) => !f.offTarget || t.offTarget);
  const mayReport = can(actor.role, 'energy.report');
  return {
    year, scheme: scoreScheme, total: visible.length,
    items: visible.map(({ path, ...t }) => ({ ...t, abilities: { report: mayReport && inScope(scope, path), edit: can(actor.role, 'energy.write') } })),
    abilities: { write: can(actor.role, 'energy.write') },
  };
}

/**
 * Each town off its energy target during the year (intensity drop short of the target, or the cap already
 * passed) becomes a supervised task of the work plan, `NYKH-<year>-<town code>`, led by the town, under the
 * 生态节能 area; asking again makes no second task (task codes are unique). Key energy users are companies,
 * not units of the plan: they stay on the assessment page.
 */
export async function offTargetTasks(ctx: AppContext, actor: Actor, input: { year: number; planYear: number; dueDate: string | null }) {
  requirePermission(actor, 'energy.write');
  requirePermission(actor, 'plan.write');
  const off = (await assessment(ctx, actor, input.year, { offTarget: true })).items.filter((t) => t.kind === 'town' && t.orgId !== null);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('planYears').select('id').where('year', '=', input.planYear).executeTakeFirst())) throw new AppError('plan.year_not_found', { year: input.planYear });
    const codes = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).where('id', 'in', off.length ? off.map((t) => t.orgId!) : [0]).execute()).map((o) => [o.id, o.code]));
    const created: { name: string; taskId: number; code: string }[] = [];
    let existing = 0;
    let workPointId: number | null = null;
    const dueDate = input.dueDate ?? `${input.planYear}-12-31`;
    for (const t of off) {
      const code = `NYKH-${input.year}-${codes.get(t.orgId!)}`;
      if (await trx.selectFrom('tasks').select('id').where('code', '=', code).executeTakeFirst()) { existing++; continue; }
      workPointId ??= await ensureWorkPoint(trx, input.planYear, 8, 'NYKH', '落实能耗强度下降和总量控制目标');
      if (workPointId === null) throw new AppError('plan.year_not_found', { year: input.planYear });
      const overCap = t.actualTce > t.capTce;
      const why = overCap ? `能耗总量已达 ${t.actualTce} tce，超过控制目标 ${t.capTce} tce` : `能耗强度累计下降 ${t.actualDropPct ?? '—'}%，低于目标 ${t.targetDropPct}%`;
      const start = today() < dueDate ? today() : `${input.planYear}-01-01`;
      const taskId = await insertTask(trx, actor.userId, input.planYear, {
        code, workPointId, title: `${t.name}落实${input.year}年节能目标（${overCap ? '总量超控' : '强度下降不足'}）`.slice(0, 100),
        description: `${input.year}年节能目标责任考核中，${t.name}已报 ${t.quartersReported} 个季度：${why}。请制定整改措施，并按月报送进展。`,
        category: '业务', tags: ['节能'], leadUnitId: t.orgId!, coUnitIds: [], leaderName: '分管委领导', startDate: start, dueDate,
        target: null, weight: 5, milestones: [{ title: '制定并落实节能整改措施', plannedDate: dueDate, plannedPct: 100, deliverable: '整改措施及季度能耗数据', doneDate: null }],
      });
      await notify(trx, await reportersOf(trx, t.orgId!), { kind: 'energy.off_target_task', title: `节能目标未达进度：${t.name}`, body: '请牵头落实整改措施，并在“重点任务”中按月报送进展。', link: `/plan/tasks/${taskId}`, dedupeKey: `energy-off-${input.year}-${t.orgId}` });
      created.push({ name: t.name, taskId, code });
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.off_target_tasks', entityType: 'energy_assessment', entityId: input.year, after: { created, existing } });
    return { created, existing };
  });
}

export type TargetInput = { year: number; orgId: number | null; keyUserId: number | null; targetDropPct: number; capTce: number; baseTce: number; baseOutput: number; tasks: MeasureTask[]; deduction: number; deductionNote: string };

export async function insertTarget(trx: Trx, actorId: number | null, input: TargetInput): Promise<number> {
  let name = '';
  if (input.orgId !== null) {
    const o = await trx.selectFrom('orgUnits').select(['name', 'kind']).where('id', '=', input.orgId).executeTakeFirst();
    if (!o || !['town', 'zone'].includes(o.kind)) throw new AppError('energy.bad_assessee');
    name = o.name;
  } else {
    const k = await trx.selectFrom('energyKeyUsers').select('name').where('id', '=', input.keyUserId!).executeTakeFirst();
    if (!k) throw new AppError('energy.bad_assessee');
    name = k.name;
  }
  const assessee = input.orgId !== null ? `org:${input.orgId}` : `key:${input.keyUserId}`;
  if (await trx.selectFrom('energyTargets').select('id').where('year', '=', input.year).where('assessee', '=', assessee).executeTakeFirst()) throw new AppError('energy.target_exists', { name, year: input.year });
  const now = nowIso();
  const { tasks, ...fields } = input;
  try {
    const { id } = await trx.insertInto('energyTargets').values({ ...fields, assessee, tasksJson: JSON.stringify(tasks), version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).returning('id').executeTakeFirstOrThrow();
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('energy.target_exists', { name, year: input.year });
    throw e;
  }
}

export async function createTarget(ctx: AppContext, actor: Actor, input: TargetInput) {
  requirePermission(actor, 'energy.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertTarget(trx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.target_create', entityType: 'energy_target', entityId: id, after: input });
    return id;
  });
  return { id };
}

export async function updateTarget(ctx: AppContext, actor: Actor, id: number, input: { targetDropPct?: number; capTce?: number; tasks?: MeasureTask[]; deduction?: number; deductionNote?: string; version: number }) {
  requirePermission(actor, 'energy.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('energyTargets').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const { version, tasks, ...fields } = input;
    const set = { ...fields, ...(tasks ? { tasksJson: JSON.stringify(tasks) } : {}) };
    const r = await trx.updateTable('energyTargets').set({ ...set, version: before.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.target_update', entityType: 'energy_target', entityId: id, before, after: input });
  });
  return { id };
}

/** A town's (or, by the division, a key user's) figures for one quarter; the quarter must have ended. */
export async function reportQuarter(ctx: AppContext, actor: Actor, id: number, quarter: string, input: { energyTce: number; output: number; note: string; version: number }, on = today()) {
  requirePermission(actor, 'energy.report');
  await ctx.db.transaction().execute(async (trx) => {
    const t = await trx.selectFrom('energyTargets as t').leftJoin('orgUnits as o', 'o.id', 't.orgId').leftJoin('energyKeyUsers as k', 'k.id', 't.keyUserId').leftJoin('orgUnits as kt', 'kt.id', 'k.townId')
      .select(['t.id', 't.year', 'o.path as orgPath', 'kt.path as keyUserTownPath']).where('t.id', '=', id).executeTakeFirst();
    // Out of the reporter's scope is "not found": another town's target does not exist for them.
    if (!t || !inScope(scopeOf(actor), pathOf(t))) throw new AppError('record.not_found');
    const p = parsePeriod(quarter);
    if (!p || p.kind !== 'quarter' || p.year !== t.year) throw new AppError('energy.bad_quarter', { quarter, year: t.year });
    if (compareDates(periodEnd(quarter), on) >= 0) throw new AppError('energy.quarter_future', { quarter });
    const before = await trx.selectFrom('energyQuarters').selectAll().where('targetId', '=', id).where('quarter', '=', quarter).executeTakeFirst();
    const now = nowIso();
    const values = { energyTce: input.energyTce, output: input.output, note: input.note, reportedBy: actor.userId, reportedAt: now };
    if (!before) {
      if (input.version !== 0) throw new AppError('record.stale');
      await trx.insertInto('energyQuarters').values({ targetId: id, quarter, ...values, version: 1 }).execute();
    } else {
      const r = await trx.updateTable('energyQuarters').set({ ...values, version: before.version + 1 }).where('targetId', '=', id).where('quarter', '=', quarter).where('version', '=', input.version).executeTakeFirst();
      if (affected(r) === 0) throw new AppError('record.stale');
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.quarter_report', entityType: 'energy_target', entityId: id, before: before ?? null, after: { quarter, ...input } });
  });
  return { id, quarter };
}

// ── exports ──
const gradeOrder = ['excellent', 'met', 'basic', 'failed'] as const;

export async function assessmentXlsx(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const a = await assessment(ctx, actor, year);
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'export.xlsx', entityType: 'energy_assessment', entityId: year, after: { rows: a.items.length } });
  return buildWorkbook({
    sheetName: `${year}年节能目标责任考核`,
    columns: [
      { key: 'rank', header: '排名', kind: 'integer' }, { key: 'name', header: '考核对象' }, { key: 'kindLabel', header: '类别' },
      { key: 'targetDropPct', header: '强度降低目标(%)', kind: 'number' }, { key: 'actualDropPct', header: '强度实际降低(%)', kind: 'number' },
      { key: 'capTce', header: '能耗总量控制目标(tce)', kind: 'number' }, { key: 'actualTce', header: '实际能耗(tce)', kind: 'number' },
      { key: 'actualOutput', header: '产出(万元)', kind: 'number' }, { key: 'actualIntensity', header: '能耗强度(tce/万元)', kind: 'number' },
      { key: 'quartersReported', header: '已报季度', kind: 'integer' },
      { key: 'intensityScore', header: `强度得分(${scoreScheme.intensity})`, kind: 'number' }, { key: 'totalScore', header: `总量得分(${scoreScheme.total})`, kind: 'number' },
      { key: 'measureScore', header: `措施得分(${scoreScheme.measures})`, kind: 'number' }, { key: 'deduction', header: '扣分', kind: 'number' },
      { key: 'score', header: '总分', kind: 'number' }, { key: 'gradeLabel', header: '考核等级' },
    ],
    row: z.object({}),
  }, a.items.map((i) => ({ ...i, kindLabel: i.kind === 'town' ? '镇乡街道' : '重点用能单位' })));
}

export async function assessmentDocx(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const a = await assessment(ctx, actor, year);
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'energy_assessment', entityId: year, after: { document: 'assessment' } });
  const count = (g: string) => a.items.filter((i) => i.grade === g).length;
  const towns = a.items.filter((i) => i.kind === 'town');
  const keys = a.items.filter((i) => i.kind === 'key_user');
  const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  const table = (rows: typeof a.items) => ({
    type: 'table' as const, headers: ['排名', '考核对象', '强度降低 目标/实际(%)', '能耗 控制/实际(tce)', '总分', '等级'], widths: [8, 28, 18, 22, 10, 14],
    rows: rows.map((i) => [i.rank, i.name, `${fmt(i.targetDropPct)} / ${fmt(i.actualDropPct)}`, `${i.capTce.toLocaleString('zh-CN')} / ${i.actualTce.toLocaleString('zh-CN')}`, fmt(i.score), i.gradeLabel]),
  });
  return buildOfficialDocument({
    issuer: '区发展和改革委员会', title: `${year}年度节能目标责任评价考核结果的通报`, recipients: '各镇乡、街道，各重点用能单位',
    blocks: [
      { type: 'p', text: `根据《${year}年度节能目标责任评价考核实施方案》，区发展改革委对${towns.length}个镇乡街道和${keys.length}家重点用能单位${year}年度节能目标完成情况和节能措施落实情况进行了评价考核。考核采用百分制：能耗强度降低目标${scoreScheme.intensity}分、能源消费总量控制目标${scoreScheme.total}分、节能措施落实${scoreScheme.measures}分，核实的违规问题相应扣分；未完成强度或总量目标的，考核等级最高为“基本完成”。现将结果通报如下。` },
      { type: 'h1', text: '总体情况' },
      { type: 'p', text: gradeOrder.map((g) => `${gradeLabels[g].zh}${count(g)}个`).join('，') + '。' },
      { type: 'h1', text: '镇乡街道考核结果' }, table(towns),
      ...(keys.length ? [{ type: 'h1' as const, text: '重点用能单位考核结果' }, table(keys)] : []),
      { type: 'h1', text: '有关要求' },
      { type: 'p', text: '考核等级为“未完成”的单位，应在通报印发后一个月内向区发展改革委提交书面整改报告，明确整改措施和时限；考核结果纳入领导班子和领导干部综合考核评价。' },
    ],
    signature: '区发展和改革委员会', date: today(),
  });
}

// ── key energy users ──
export type KeyUserInput = { name: string; industry: string; townId: number | null; level: string; contact: string };

export async function keyUsers(ctx: AppContext, actor: Actor, f: { year?: number; aboveBenchmark?: boolean }) {
  requirePermission(actor, 'energy.read');
  const scope = scopeOf(actor);
  const s = await loadSettings(ctx.db);
  const rows = await ctx.db.selectFrom('energyKeyUsers as k').leftJoin('orgUnits as t', 't.id', 'k.townId').selectAll('k').select(['t.name as townName', 't.path as townPath']).orderBy('k.id').execute();
  const years = rows.length ? await ctx.db.selectFrom('energyKeyUserYears').selectAll().where('keyUserId', 'in', rows.map((r) => r.id)).orderBy('year').execute() : [];
  const latest = f.year ?? Math.max(0, ...years.map((y) => y.year));
  const items = rows.filter((r) => inScope(scope, r.townPath)).map(({ townPath, ...k }) => {
    const trend = years.filter((y) => y.keyUserId === k.id && y.year <= latest).map((y) => ({ year: y.year, energyTce: y.energyTce, output: y.output, intensity: intensity(y.energyTce, y.output) }));
    const cur = trend.find((y) => y.year === latest) ?? null;
    const prev = trend.find((y) => y.year === latest - 1) ?? null;
    const benchmark = s.benchmarks[k.industry] ?? null;
    return {
      ...k, trend, year: latest, energyTce: cur?.energyTce ?? null, intensity: cur?.intensity ?? null,
      dropPct: cur && prev ? intensityDropPct(cur.energyTce, cur.output, prev.energyTce, prev.output) : null,
      benchmark, aboveBenchmark: benchmark !== null && cur?.intensity != null && cur.intensity > benchmark,
    };
  }).filter((k) => !f.aboveBenchmark || k.aboveBenchmark);
  return { year: latest, items, total: items.length, abilities: { write: can(actor.role, 'energy.write') } };
}

export async function insertKeyUser(trx: Trx, actorId: number | null, input: KeyUserInput, isDemo = false): Promise<number> {
  if (input.townId !== null && !(await trx.selectFrom('orgUnits').select('id').where('id', '=', input.townId).executeTakeFirst())) throw new AppError('energy.bad_assessee');
  const now = nowIso();
  try {
    const { id } = await trx.insertInto('energyKeyUsers').values({ ...input, isDemo: isDemo ? 1 : 0, version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).returning('id').executeTakeFirstOrThrow();
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('record.duplicate', { field: '单位名称', value: input.name });
    throw e;
  }
}

export async function createKeyUser(ctx: AppContext, actor: Actor, input: KeyUserInput) {
  requirePermission(actor, 'energy.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertKeyUser(trx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.key_user_create', entityType: 'energy_key_user', entityId: id, after: input });
    return id;
  });
  return { id };
}

/** A key user's figures of a year, set (inserted or replaced) inside the caller's transaction; returns what stood before. */
async function writeKeyUserYear(trx: Trx, id: number, year: number, input: { energyTce: number; output: number }) {
  const before = await trx.selectFrom('energyKeyUserYears').selectAll().where('keyUserId', '=', id).where('year', '=', year).executeTakeFirst();
  if (before) await trx.updateTable('energyKeyUserYears').set({ ...input, updatedAt: nowIso() }).where('keyUserId', '=', id).where('year', '=', year).execute();
  else await trx.insertInto('energyKeyUserYears').values({ keyUserId: id, year, ...input, updatedAt: nowIso() }).execute();
  return before ?? null;
}

export async function saveKeyUserYear(ctx: AppContext, actor: Actor, id: number, year: number, input: { energyTce: number; output: number }) {
  requirePermission(actor, 'energy.write');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('energyKeyUsers').select('id').where('id', '=', id).executeTakeFirst())) throw new AppError('record.not_found');
    const before = await writeKeyUserYear(trx, id, year, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.key_user_year', entityType: 'energy_key_user', entityId: id, before, after: { year, ...input } });
  });
  return { id, year };
}

const keyUserYearSheet = {
  sheetName: '重点用能单位年度数据',
  columns: [
    { key: 'name', header: '单位名称', required: true, width: 32, note: '与系统中登记的重点用能单位名称一致' },
    { key: 'year', header: '年度', required: true, kind: 'integer', width: 8 },
    { key: 'energyTce', header: '综合能源消费量（tce）', required: true, kind: 'number', width: 18 },
    { key: 'output', header: '工业增加值或产值（万元）', required: true, kind: 'number', width: 20 },
  ],
  row: z.object({
    name: z.string().trim().min(1).max(100), year: z.number().int().min(2000, '年度应为 2000–2100').max(2100, '年度应为 2000–2100'),
    energyTce: z.number().min(0, '不能为负').max(1e9), output: z.number().min(0, '不能为负').max(1e12),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function keyUserYearTemplate(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'energy.read');
  return buildTemplate(keyUserYearSheet);
}

/**
 * Key energy users' yearly consumption and output from the statistics bureau's sheet: each row names a
 * registered key user and a year; every bad cell is named, and nothing is saved unless every row passes.
 */
export async function importKeyUserYears(ctx: AppContext, actor: Actor, file: Buffer) {
  requirePermission(actor, 'energy.write');
  const { rows, rowNumbers } = await parseImport(keyUserYearSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 5000 });
  return ctx.db.transaction().execute(async (trx) => {
    const byName = new Map((await trx.selectFrom('energyKeyUsers').select(['id', 'name']).execute()).map((k) => [k.name, k.id]));
    const errors: ImportRowError[] = [];
    const seen = new Set<string>();
    for (const [k, r] of rows.entries()) {
      const id = byName.get(r.name);
      if (id === undefined) { errors.push({ row: rowNumbers[k], column: '单位名称', reason: `不是已登记的重点用能单位：${r.name}` }); continue; }
      if (seen.has(`${id}|${r.year}`)) { errors.push({ row: rowNumbers[k], column: '年度', reason: `与前面的行重复：${r.name} ${r.year}年` }); continue; }
      seen.add(`${id}|${r.year}`);
      await writeKeyUserYear(trx, id, r.year, { energyTce: r.energyTce, output: r.output });
    }
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.key_user_years_import', entityType: 'energy_key_user', entityId: null, after: { rows: rows.length } });
    return { imported: rows.length };
  });
}

// ── rural revitalisation and agriculture projects ──
export const ruralTags = ['乡村振兴', '农业'];

export async function ruralProjects(ctx: AppContext, actor: Actor, year?: number) {
  requirePermission(actor, 'energy.read');
  requirePermission(actor, 'proj.read');
  const scope = scopeOf(actor);
  const rows = await ctx.db.selectFrom('projects as p').innerJoin('orgUnits as ru', 'ru.id', 'p.responsibleUnitId').leftJoin('orgUnits as town', 'town.id', 'p.townId')
    .select(['p.id', 'p.code', 'p.name', 'p.year', 'p.category', 'p.tags', 'p.totalInvestment', 'town.name as townName', 'town.path as townPath', 'ru.name as responsibleUnitName', 'ru.path as ruPath'])
    .where((eb) => eb.or(ruralTags.map((t) => eb('p.tags', 'like', `%"${t}"%`))))
    .$if(year !== undefined, (q) => q.where('p.year', '=', year!)).orderBy('p.id').execute();
  const reviews = rows.length ? await ctx.db.selectFrom('energyReviews').select(['projectId', 'stage', 'tceDl']).where('projectId', 'in', rows.map((r) => r.id)).orderBy('id').execute() : [];
  const items = rows.filter((r) => inScope(scope, r.ruPath) || inScope(scope, r.townPath)).map(({ townPath, ruPath, ...r }) => {
    const rv = reviews.filter((x) => x.projectId === r.id).pop();
    return { ...r, tags: JSON.parse(r.tags) as string[], reviewStage: rv?.stage ?? null, reviewStageLabel: rv ? reviewStageLabels[rv.stage as ReviewStage].zh : null, tceDl: rv?.tceDl ?? null };
  });
  return { items, total: items.length };
}

// ── dashboard ──
export async function dashboard(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'energy.read');
  const all = await listReviews(ctx, actor, { page: 1, pageSize: 100_000 });
  const stages: Record<string, number> = {};
  for (const r of all.items) stages[r.stage] = (stages[r.stage] ?? 0) + 1;
  const pending = all.items.filter((r) => r.pendingApproval);
  // Projects that recorded 开工 while their required review is not approved: flagged here (and refused from now on by the projects module).
  const started = pending.length ? await ctx.db.selectFrom('projectMilestones').select(['projectId', 'actualDate']).where('step', '=', '开工').where('actualDate', 'is not', null).where('projectId', 'in', pending.map((r) => r.projectId)).execute() : [];
  const a = await assessment(ctx, actor, year);
  const k = await keyUsers(ctx, actor, { year });
  const rural = can(actor.role, 'proj.read') ? await ruralProjects(ctx, actor) : { items: [], total: 0 };
  return {
    year,
    reviews: {
      total: all.total, byStage: stages, overdue: all.items.filter((r) => r.overdue).length, pendingApproval: pending.length,
      approvedTce: r2(all.items.filter((r) => ['approved', 'verified'].includes(r.stage)).reduce((s, r) => s + r.tceDl, 0)),
      startedWithoutApproval: pending.filter((r) => started.some((m) => m.projectId === r.projectId)).map((r) => ({ reviewId: r.id, projectId: r.projectId, projectName: r.projectName, stageLabel: r.stageLabel, startedOn: started.find((m) => m.projectId === r.projectId)!.actualDate })),
    },
    assessment: {
      assessees: a.total, offTarget: a.items.filter((i) => i.offTarget).length,
      top: a.items.slice(0, 5).map((i) => ({ id: i.id, name: i.name, rank: i.rank, score: i.score, gradeLabel: i.gradeLabel, actualDropPct: i.actualDropPct, targetDropPct: i.targetDropPct })),
      byTown: a.items.filter((i) => i.kind === 'town').map((i) => ({ name: i.name, targetDropPct: i.targetDropPct, actualDropPct: i.actualDropPct })),
    },
    keyUsers: { total: k.total, aboveBenchmark: k.items.filter((x) => x.aboveBenchmark).length, energyTce: r2(k.items.reduce((s, x) => s + (x.energyTce ?? 0), 0)), year: k.year },
    rural: rural.items,
  };
}
