// Work plan and supervision (重点工作督办): the year's tasks with their units and milestones, monthly
// progress reports (draft → submitted → approved | returned; approved is locked), and the computed
// red-amber-green status of every task (common/status.ts) with the dashboard built on it.
import { computeStatus, defaultStatusRule, type Status, type StatusResult, type StatusRule } from '../../../common/status.ts';
import { addPeriods, compareDates, comparePeriods, isoDateAt, periodEnd, periodOf, periodStart, workingDaysBetween } from '../../../common/periods.ts';
import { supervisionRuleSchema, defaultSupervisionRule, type ReportInput, type TaskInput, type TaskUpdate } from '../../../common/workplan.ts';
import { z } from 'zod';
import { auditActorOf, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import { can } from '../../../common/permissions.ts';
import type { AppContext } from '../../platform/context.ts';
import { isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './workplan.repository.ts';
import { notify, reportersOf } from '../../platform/notify.ts';

async function followersOf(db: Executor, taskId: number): Promise<number[]> {
  return (await db.selectFrom('taskFollows').select('userId').where('taskId', '=', taskId).execute()).map((f) => f.userId);
}
import { scopeTasks, taskAbilities } from './workplan.policy.ts';
import { VersionedCache } from '../../platform/data-version.ts';
import { readKept } from '../../platform/write-cache.ts';

type Milestone = Awaited<ReturnType<typeof repo.milestoneDatesOf>>[number];
type Report = Awaited<ReturnType<typeof repo.reportStatesOf>>[number];
type YearRow = NonNullable<Awaited<ReturnType<typeof repo.yearRow>>>;

async function yearOrThrow(db: Executor, year: number): Promise<YearRow> {
  const y = await repo.yearRow(db, year);
  if (!y) throw new AppError('plan.year_not_found', { year });
  return y;
}

/** The date status is evaluated at: the year's status date when set (a closed year, the demo), else today in Beijing. */
export function statusDateOf(y: Pick<YearRow, 'statusDate'>): string {
  return y.statusDate ?? isoDateAt(Date.now());
}

function ruleOf(y: YearRow): StatusRule {
  return { ...defaultStatusRule, ...(JSON.parse(y.statusRuleJson) as Partial<StatusRule>) };
}

/** The month whose report must be in by `today`: this month once its due day has passed, else the previous month. */
export function requiredPeriod(today: string, reportDueDay: number): { period: string; deadline: string } {
  const month = periodOf(today, 'month');
  const deadlineThis = `${month}-${String(reportDueDay).padStart(2, '0')}`;
  if (compareDates(today, deadlineThis) > 0) return { period: month, deadline: deadlineThis };
  const prev = addPeriods(month, -1);
  return { period: prev, deadline: `${prev}-${String(reportDueDay).padStart(2, '0')}` };
}

type TaskCore = Pick<repo.TaskRow, 'startDate' | 'dueDate' | 'state' | 'targetValue' | 'closedAt'>;

function actualPctOf(task: TaskCore, approved: Report | undefined): number | null {
  if (!approved) return null;
  if (approved.cumulativePct !== null) return approved.cumulativePct;
  if (approved.cumulativeValue !== null && task.targetValue) return Math.min(100, (approved.cumulativeValue / task.targetValue) * 100);
  return null;
}

export type TaskStatus = StatusResult & { actualPct: number | null; missingReport: string | null; reportLateWorkingDays: number };

/** Status of one task from its milestones and reports, as of `today`. */
export function taskStatus(task: TaskCore, milestones: Milestone[], reports: Report[], today: string, y: Pick<YearRow, 'reportDueDay'>, rule: StatusRule, supervisionReplyOverdue = false): TaskStatus {
  const approved = reports.filter((r) => r.state === 'approved' && comparePeriods(r.period, periodOf(today, 'month')) <= 0).at(-1);
  const actualPct = actualPctOf(task, approved);
  const req = requiredPeriod(today, y.reportDueDay);
  let missingReport: string | null = null;
  let late = 0;
  const startMonth = periodOf(task.startDate, 'month');
  const dueMonth = periodOf(task.dueDate, 'month');
  const needed = comparePeriods(req.period, startMonth) >= 0 && comparePeriods(req.period, dueMonth) <= 0 && task.state === 'active' && (actualPct ?? 0) < 100;
  if (needed && !reports.some((r) => r.period === req.period && (r.state === 'submitted' || r.state === 'approved'))) {
    missingReport = req.period;
    late = Math.max(1, workingDaysBetween(req.deadline, today));
  }
  // Done by the end of the reported month at the latest (a late-filed report does not make the work late).
  const filed = (approved?.submittedAt ?? approved?.updatedAt ?? '').slice(0, 10);
  const completedDate = actualPct !== null && actualPct >= 100 && approved
    ? (filed && compareDates(filed, periodEnd(approved.period)) < 0 ? filed : periodEnd(approved.period)) : null;
  // Yellow twice: status at the end of the previous month, for the 'yellow_twice' rule.
  const prevEnd = periodStart(periodOf(today, 'month'));
  const prevApproved = reports.filter((r) => r.state === 'approved' && comparePeriods(r.period, addPeriods(periodOf(today, 'month'), -1)) <= 0).at(-1);
  const previous = compareDates(prevEnd, task.startDate) > 0
    ? computeStatus({ today: prevEnd, start: task.startDate, due: task.dueDate, state: task.state as 'active', actualPct: actualPctOf(task, prevApproved), milestones }, rule).status
    : undefined;
  const s = computeStatus({
    today, start: task.startDate, due: task.dueDate, state: task.state as 'active', actualPct, milestones, completedDate,
    reportLateWorkingDays: late, previousStatus: previous, supervisionReplyOverdue,
  }, rule);
  return { ...s, actualPct, missingReport, reportLateWorkingDays: late };
}

function parseTags(json: string): string[] {
  try {
    return JSON.parse(json) as string[];
  } catch {
    return [];
  }
}

/** Marks a plan year's data as changed, inside the writing transaction (see evaluate's cache). */
export async function touchYear(trx: Executor, year: number): Promise<void> {
  await trx.updateTable('planYears').set((eb) => ({ dataVersion: eb('dataVersion', '+', 1) })).where('year', '=', year).execute();
}

export async function touchYearOfTask(trx: Executor, taskId: number): Promise<void> {
  const t = await trx.selectFrom('tasks').select('year').where('id', '=', taskId).executeTakeFirst();
  if (t) await touchYear(trx, t.year);
}

const districtViewer: Actor = { userId: 0, username: 'system', displayName: 'system', role: 'leader', orgId: null, orgPath: null, ip: null };

/** The status of every task of a year, computed once per (data version, status date) and kept per process. */
function evaluateYear(ctx: AppContext, y: YearRow): Promise<Evaluated> {
  const today = statusDateOf(y);
  const key = `${y.year}:${y.dataVersion}:${today}:${y.version}`;
  const perCtx = evalCache.get(ctx) ?? evalCache.set(ctx, new Map()).get(ctx)!;
  // One slot per (year, status date): a past month's bulletin (asOf) does not evict the current evaluation.
  const slot = `${y.year}:${today}`;
  const hit = perCtx.get(slot);
  if (hit && hit.key === key) return hit.value;
  // Requests arriving while it is computed share the one computation.
  const value = computeYear(ctx, y, today, key);
  perCtx.delete(slot);
  perCtx.set(slot, { key, value });
  if (perCtx.size > 20) perCtx.delete(perCtx.keys().next().value!);
  value.catch(() => { if (perCtx.get(slot)?.value === value) perCtx.delete(slot); });
  return value;
}

async function computeYear(ctx: AppContext, y: YearRow, today: string, key: string): Promise<Evaluated> {
  const [tasks, milestones, reports, units, notices] = await Promise.all([
    repo.tasks(ctx.db, districtViewer, { year: y.year }), repo.milestoneDatesOf(ctx.db, y.year), repo.reportStatesOf(ctx.db, y.year), repo.unitsOf(ctx.db, { year: y.year }),
    repo.openNoticesOf(ctx.db, y.year),
  ]);
  const group = <T extends { taskId: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) (m.get(r.taskId) ?? m.set(r.taskId, []).get(r.taskId)!).push(r);
    return m;
  };
  const ms = group(milestones);
  const rs = group(reports);
  const us = group(units);
  const rule = ruleOf(y);
  const overdueNotice = new Set(notices.filter((n) => compareDates(n.replyDue, today) < 0).map((n) => n.taskId));
  const openNotice = new Map(notices.map((n) => [n.taskId, n.level]));
  const items = tasks.map((t) => {
    const st = taskStatus(t, ms.get(t.id) ?? [], rs.get(t.id) ?? [], today, y, rule, overdueNotice.has(t.id));
    const lastReport = (rs.get(t.id) ?? []).at(-1) ?? null;
    const taskUnits = us.get(t.id) ?? [];
    return {
      item: {
        id: t.id, code: t.code, title: t.title, category: t.category, tags: parseTags(t.tags), areaId: t.areaId, workPointSeq: t.workPointSeq,
        leadUnitId: t.leadUnitId, leadUnitName: t.leadUnitName, coUnits: taskUnits.filter((u) => u.role === 'co').map((u) => ({ id: u.orgId, name: u.name })),
        leaderName: t.leaderName, startDate: t.startDate, dueDate: t.dueDate, state: t.state, weight: t.weight,
        target: t.targetMetric ? { metric: t.targetMetric, value: t.targetValue, unit: t.targetUnit, direction: t.targetDirection, isDemo: !!t.targetIsDemo } : null,
        status: st.status, reasons: st.reasons, expectedPct: st.expectedPct, actualPct: st.actualPct, gapPp: st.gapPp, missingReport: st.missingReport, reportLateWorkingDays: st.reportLateWorkingDays,
        lastReport: lastReport ? { period: lastReport.period, state: lastReport.state } : null,
        supervision: openNotice.get(t.id) ?? null,
      },
      leadUnitPath: t.leadUnitPath, unitPaths: taskUnits.map((u) => u.path), unitIds: taskUnits.map((u) => u.orgId),
      search: `${t.title}\n${t.code}`.toLowerCase(),
    };
  });
  return { today, rule, items, key };
}

type Evaluated = { today: string; rule: StatusRule; key: string; items: { item: TaskSummary; leadUnitPath: string; unitPaths: string[]; unitIds: number[]; search: string }[] };
const evalCache = new WeakMap<AppContext, Map<string, { key: string; value: Promise<Evaluated> }>>();

export type TaskSummary = {
  id: number; code: string; title: string; category: string; tags: string[]; areaId: number; workPointSeq: string; leadUnitId: number; leadUnitName: string;
  coUnits: { id: number; name: string }[]; leaderName: string; startDate: string; dueDate: string; state: string; weight: number;
  target: { metric: string; value: number | null; unit: string | null; direction: string | null; isDemo: boolean } | null;
  status: Status; reasons: string[]; expectedPct: number; actualPct: number | null; gapPp: number; missingReport: string | null; reportLateWorkingDays: number;
  lastReport: { period: string; state: string } | null; supervision: string | null;
};

type Entry = Evaluated['items'][number];

/** The year's tasks the actor may see, filtered (the cached entries themselves: callers copy what they return). */
async function select(ctx: AppContext, actor: Actor, y: YearRow, f: repo.TaskFilter): Promise<{ today: string; rule: StatusRule; key: string; entries: Entry[] }> {
  const { today, rule, items, key } = await evaluateYear(ctx, y);
  const scope = scopeOf(actor);
  const q = f.q?.toLowerCase();
  const entries = items.filter((e) =>
    (scope.kind === 'all' || (scope.kind === 'subtree' && e.unitPaths.some((p) => p.startsWith(scope.path))))
    && (f.areaId === undefined || e.item.areaId === f.areaId)
    && (f.unitId === undefined || e.unitIds.includes(f.unitId))
    && (!f.leaderName || e.item.leaderName === f.leaderName)
    && (!f.tag || e.item.tags.includes(f.tag))
    && (!q || e.search.includes(q))
    && (!f.mine || (actor.orgPath !== null && e.leadUnitPath.startsWith(actor.orgPath))));
  return { today, rule, key, entries };
}

const withAbilities = (actor: Actor, e: Entry) => ({ ...e.item, abilities: taskAbilities(actor, e.leadUnitPath) });

/** The year's tasks the actor may see, filtered, with the actor's abilities on each. */
async function evaluate(ctx: AppContext, actor: Actor, y: YearRow, f: repo.TaskFilter) {
  const { today, rule, entries } = await select(ctx, actor, y, f);
  return { today, rule, items: entries.map((e) => withAbilities(actor, e)) };
}

export async function listYears(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'plan.read');
  return { items: (await repo.listYears(ctx.db)).map((y) => ({ ...y, isDemo: !!y.isDemo })) };
}

export async function planStructure(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'plan.read');
  const y = await yearOrThrow(ctx.db, year);
  const [areas, workPoints] = await Promise.all([repo.areas(ctx.db, year), repo.workPoints(ctx.db, year)]);
  return {
    year: y.year, title: y.title, statusDate: statusDateOf(y), statusDateFixed: y.statusDate !== null, reportDueDay: y.reportDueDay, rule: ruleOf(y), isDemo: !!y.isDemo,
    supervisionRule: { ...defaultSupervisionRule, ...JSON.parse(y.supervisionRuleJson || '{}') }, version: y.version,
    areas, workPoints: workPoints.map((w) => ({ ...w, source: parseTags(w.source) })),
  };
}

export type ListFilter = repo.TaskFilter & { status?: Status; attention?: Attention; page: number; pageSize: number; asOf?: string };

/** The dashboard's attention lists, as task-list filters: deadline or milestone passed; behind the plan (red or yellow); monthly report missing. */
export const attentionKinds = ['overdue', 'lagging', 'missing'] as const;
export type Attention = (typeof attentionKinds)[number];
const needsAttention: Record<Attention, (i: { status: Status; reasons: string[]; missingReport: string | null }) => boolean> = {
  overdue: (i) => i.reasons.includes('deadline_passed') || i.reasons.includes('milestone_overdue'),
  lagging: (i) => (i.status === 'red' || i.status === 'yellow') && (i.reasons.includes('behind') || i.reasons.includes('behind_serious')),
  missing: (i) => !!i.missingReport,
};
/** The dashboard shows the first of each attention list; the task list (filter `attention`) has them all. */
export const DASHBOARD_LIST_MAX = 50;

export async function listTasks(ctx: AppContext, actor: Actor, f: ListFilter) {
  requirePermission(actor, 'plan.read');
  const y0 = await readKept(ctx, actor, `plan_year:${f.year}`, () => yearOrThrow(ctx.db, f.year));
  // asOf: status as it stood on an earlier day (a past month's bulletin); never later than the year's status date.
  const y = f.asOf && compareDates(f.asOf, statusDateOf(y0)) < 0 ? { ...y0, statusDate: f.asOf } : y0;
  const { entries, today } = await select(ctx, actor, y, f);
  const filtered = entries.filter((e) => (!f.status || e.item.status === f.status) && (!f.attention || needsAttention[f.attention](e.item)));
  return {
    items: filtered.slice((f.page - 1) * f.pageSize, f.page * f.pageSize).map((e) => withAbilities(actor, e)), total: filtered.length, statusDate: today,
    abilities: { create: can(actor.role, 'plan.write'), import: can(actor.role, 'plan.write'), supervise: can(actor.role, 'plan.review') },
  };
}

// The task list as the route answers it, kept per process: the answer is a function of the year's
// evaluation (its key moves with every write, see evaluateYear), the filter and what of the caller it
// reads (role, scope, own unit for "mine"), so the same page for the same kind of caller is built once.
const listCache = new WeakMap<AppContext, VersionedCache<string, Buffer>>();

/** listTasks as JSON (UTF-8), from the cache while the year's evaluation is unchanged. */
export async function listTasksJson(ctx: AppContext, actor: Actor, f: ListFilter): Promise<Buffer> {
  requirePermission(actor, 'plan.read');
  const y0 = await readKept(ctx, actor, `plan_year:${f.year}`, () => yearOrThrow(ctx.db, f.year));
  const y = f.asOf && compareDates(f.asOf, statusDateOf(y0)) < 0 ? { ...y0, statusDate: f.asOf } : y0;
  const { key } = await evaluateYear(ctx, y);
  const cache = listCache.get(ctx) ?? listCache.set(ctx, new VersionedCache(500)).get(ctx)!;
  const who = JSON.stringify([actor.role, scopeOf(actor), f.mine ? actor.orgPath : null]);
  const what = JSON.stringify([f.year, f.asOf ?? null, f.areaId ?? null, f.unitId ?? null, f.leaderName ?? null, f.tag ?? null, f.q ?? null, !!f.mine, f.status ?? null, f.attention ?? null, f.page, f.pageSize]);
  const slot = `${who}|${what}`;
  return cache.obtain(slot, key, async () => Buffer.from(JSON.stringify(await listTasks(ctx, actor, f))));
}

export async function getTask(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'plan.read');
  const t = await scopeTasks(actor, ctx.db.selectFrom('tasks').select(['id', 'year']).where('tasks.id', '=', id)).executeTakeFirst();
  if (!t) throw new AppError('record.not_found');
  const y = await yearOrThrow(ctx.db, t.year);
  const { entries } = await select(ctx, actor, y, { year: t.year });
  const found = entries.find((e) => e.item.id === id);
  const summary = found ? withAbilities(actor, found) : undefined;
  const [row, milestones, reports] = await Promise.all([
    ctx.db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    repo.milestonesOf(ctx.db, { taskId: id }), repo.reportsOf(ctx.db, { taskId: id }),
  ]);
  const [notices, closeRequests, following, sessions] = await Promise.all([
    ctx.db.selectFrom('supervisionNotices').selectAll().where('taskId', '=', id).orderBy('issuedAt', 'desc').execute(),
    ctx.db.selectFrom('closeRequests').selectAll().where('taskId', '=', id).orderBy('requestedAt', 'desc').execute(),
    ctx.db.selectFrom('taskFollows').select('userId').where('taskId', '=', id).where('userId', '=', actor.userId).executeTakeFirst(),
    ctx.db.selectFrom('studySessions').innerJoin('orgUnits', 'orgUnits.id', 'studySessions.unitId').selectAll('studySessions').select('orgUnits.name as unitName')
      .where('studySessions.taskId', '=', id).orderBy('studySessions.heldOn', 'desc').execute(),
  ]);
  const history = await ctx.db.selectFrom('auditLog').select(['seq', 'at', 'actorName', 'action', 'afterJson'])
    .where('entityType', 'in', ['task', 'progress_report']).where('entityId', 'in', [String(id), ...reports.map((r) => `r${r.id}`)])
    .orderBy('seq', 'desc').limit(100).execute();
  return {
    ...summary, year: t.year, description: row.description, version: row.version, statusDate: statusDateOf(y),
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, plannedDate: m.plannedDate, plannedPct: m.plannedPct, deliverable: m.deliverable, doneDate: m.doneDate })),
    reports: reports.map((r) => ({
      id: r.id, period: r.period, state: r.state, cumulativePct: r.cumulativePct, cumulativeValue: r.cumulativeValue, narrative: r.narrative,
      problems: r.problems, needsCoordination: !!r.needsCoordination, nextSteps: r.nextSteps, submittedAt: r.submittedAt, reviewedAt: r.reviewedAt,
      returnReason: r.returnReason, version: r.version, attachmentIds: JSON.parse(r.attachmentIds) as number[],
    })),
    history: history.map((h) => ({ seq: Number(h.seq), at: h.at, actorName: h.actorName, action: h.action })),
    notices: notices.map((n) => ({ ...n, overdue: n.state === 'open' && compareDates(n.replyDue, statusDateOf(y)) < 0 })),
    closeRequests: closeRequests.map((c) => ({ ...c, attachmentIds: JSON.parse(c.attachmentIds) as number[] })),
    studySessions: sessions,
    following: !!following,
  };
}

// ── writes ──

function checkDates(input: { startDate: string; dueDate: string; milestones?: TaskInput['milestones'] }) {
  if (compareDates(input.dueDate, input.startDate) < 0) throw new AppError('task.due_before_start');
  for (const m of input.milestones ?? []) {
    if (compareDates(m.plannedDate, input.startDate) < 0 || compareDates(m.plannedDate, input.dueDate) > 0) {
      throw new AppError('task.milestone_outside', { title: m.title, date: m.plannedDate });
    }
  }
}

async function checkUnits(trx: Executor, ids: number[]) {
  for (const id of new Set(ids)) {
    if (!(await trx.selectFrom('orgUnits').select('id').where('id', '=', id).executeTakeFirst())) throw new AppError('task.unit_not_found', { id });
  }
}

async function writeUnits(trx: Trx, taskId: number, leadUnitId: number, coUnitIds: number[]) {
  await trx.deleteFrom('taskUnits').where('taskId', '=', taskId).execute();
  await trx.insertInto('taskUnits').values([
    { taskId, orgId: leadUnitId, role: 'lead' },
    ...[...new Set(coUnitIds)].filter((u) => u !== leadUnitId).map((orgId) => ({ taskId, orgId, role: 'co' })),
  ]).execute();
}

async function writeMilestones(trx: Trx, taskId: number, milestones: TaskInput['milestones'], actorId: number | null) {
  await trx.deleteFrom('milestones').where('taskId', '=', taskId).execute();
  const now = nowIso();
  if (milestones.length === 0) return;
  await trx.insertInto('milestones').values(milestones.map((m) => ({
    taskId, title: m.title, plannedDate: m.plannedDate, plannedPct: m.plannedPct ?? null, deliverable: m.deliverable ?? '', doneDate: m.doneDate ?? null,
    version: 1, createdAt: now, updatedAt: now, createdBy: actorId,
  }))).execute();
}

/** Inserts a task inside the caller's transaction (used by the API, the import and the demo seed). */
export async function insertTask(trx: Trx, actorId: number | null, year: number, input: TaskInput): Promise<number> {
  checkDates(input);
  const wp = await trx.selectFrom('workPoints').select(['id', 'year']).where('id', '=', input.workPointId).executeTakeFirst();
  if (!wp || wp.year !== year) throw new AppError('task.work_point_not_found');
  await checkUnits(trx, [input.leadUnitId, ...input.coUnitIds]);
  if (await trx.selectFrom('tasks').select('id').where('code', '=', input.code).executeTakeFirst()) throw new AppError('task.code_taken', { code: input.code });
  const now = nowIso();
  let id: number;
  try {
    ({ id } = await trx.insertInto('tasks').values({
      code: input.code, year, workPointId: input.workPointId, title: input.title, description: input.description ?? '', category: input.category,
      tags: JSON.stringify(input.tags ?? []), leadUnitId: input.leadUnitId, leaderName: input.leaderName, startDate: input.startDate, dueDate: input.dueDate,
      targetMetric: input.target?.metric ?? null, targetValue: input.target?.value ?? null, targetUnit: input.target?.unit ?? null,
      targetDirection: input.target?.direction ?? null, targetIsDemo: 0, weight: input.weight ?? 5, state: 'active', closedAt: null,
      version: 1, createdAt: now, updatedAt: now, createdBy: actorId,
    }).returning('id').executeTakeFirstOrThrow());
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('task.code_taken', { code: input.code });
    throw e;
  }
  await writeUnits(trx, id, input.leadUnitId, input.coUnitIds ?? []);
  await writeMilestones(trx, id, input.milestones ?? [], actorId);
  await touchYear(trx, year);
  return id;
}

export async function createTask(ctx: AppContext, actor: Actor, year: number, input: TaskInput) {
  requirePermission(actor, 'plan.write');
  await yearOrThrow(ctx.db, year);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertTask(trx, actor.userId, year, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'task.create', entityType: 'task', entityId: id, after: input });
    return id;
  });
  return getTask(ctx, actor, id);
}

export async function updateTask(ctx: AppContext, actor: Actor, id: number, input: TaskUpdate) {
  requirePermission(actor, 'plan.write');
  await ctx.db.transaction().execute((trx) => updateTaskInTrx(trx, actor, id, input, ctx));
  return getTask(ctx, actor, id);
}

/** The update itself, inside the caller's transaction (the API and the xlsx re-import share it). */
export async function updateTaskInTrx(trx: Trx, actor: Actor, id: number, input: TaskUpdate, ctx?: AppContext): Promise<void> {
    const before = await trx.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const milestones = input.milestones ?? (await repo.milestonesOf(trx, { taskId: id })).map((m) => ({ ...m, deliverable: m.deliverable }));
    checkDates({ startDate: input.startDate ?? before.startDate, dueDate: input.dueDate ?? before.dueDate, milestones });
    if (input.workPointId !== undefined) {
      const wp = await trx.selectFrom('workPoints').select('year').where('id', '=', input.workPointId).executeTakeFirst();
      if (!wp || wp.year !== before.year) throw new AppError('task.work_point_not_found');
    }
    await checkUnits(trx, [...(input.leadUnitId ? [input.leadUnitId] : []), ...(input.coUnitIds ?? [])]);
    const { version, milestones: _m, coUnitIds, target, tags, ...set } = input;
    const r = await trx.updateTable('tasks').set({
      ...set,
      ...(tags !== undefined ? { tags: JSON.stringify(tags) } : {}),
      ...(target !== undefined ? { targetMetric: target?.metric ?? null, targetValue: target?.value ?? null, targetUnit: target?.unit ?? null, targetDirection: target?.direction ?? null, targetIsDemo: 0 } : {}),
      version: version + 1, updatedAt: nowIso(),
    }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    if (input.leadUnitId !== undefined || coUnitIds !== undefined) {
      const co = coUnitIds ?? (await trx.selectFrom('taskUnits').select('orgId').where('taskId', '=', id).where('role', '=', 'co').execute()).map((u) => u.orgId);
      await writeUnits(trx, id, input.leadUnitId ?? before.leadUnitId, co);
    }
    if (input.milestones) await writeMilestones(trx, id, input.milestones, actor.userId);
    await touchYear(trx, before.year);
    if (ctx) await ctx.audit.record(trx, auditActorOf(actor), { action: 'task.update', entityType: 'task', entityId: id, before, after: input });
}

/** A reporter's monthly progress: saved as draft or submitted; an approved month is locked. */
export async function saveReport(ctx: AppContext, actor: Actor, taskId: number, period: string, input: ReportInput) {
  requirePermission(actor, 'plan.report');
  const result = await ctx.db.transaction().execute(async (trx) => {
    const task = await scopeTasks(actor, trx.selectFrom('tasks').innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId')
      .select(['tasks.id', 'tasks.year', 'tasks.startDate', 'tasks.dueDate', 'tasks.leadUnitId', 'tasks.targetValue', 'orgUnits.path']).where('tasks.id', '=', taskId)).executeTakeFirst();
    if (!task) throw new AppError('record.not_found');
    if (!taskAbilities(actor, task.path).report) throw new AppError('report.not_lead_unit');
    const y = await yearOrThrow(trx, task.year);
    if (comparePeriods(period, periodOf(task.startDate, 'month')) < 0 || comparePeriods(period, periodOf(task.dueDate, 'month')) > 0) throw new AppError('report.period_outside', { period });
    if (comparePeriods(period, periodOf(statusDateOf(y), 'month')) > 0) throw new AppError('report.future_period', { period });
    if ((input.cumulativePct ?? null) === null && (input.cumulativeValue ?? null) === null) throw new AppError('report.value_or_pct');
    const existing = await trx.selectFrom('progressReports').selectAll().where('taskId', '=', taskId).where('period', '=', period).executeTakeFirst();
    if (existing?.state === 'approved') throw new AppError('report.locked', { period });
    if (existing?.state === 'submitted') throw new AppError('report.awaiting_review', { period });
    const now = nowIso();
    for (const a of input.attachmentIds ?? []) {
      const att = await trx.selectFrom('attachments').select(['uploadedBy', 'ownerType', 'ownerId']).where('id', '=', a).executeTakeFirst();
      const mine = att && ((att.ownerType === 'pending' && att.uploadedBy === actor.userId) || (att.ownerType === 'progress_report' && att.ownerId === existing?.id));
      if (!mine) throw new AppError('record.not_found');
    }
    const values = {
      attachmentIds: JSON.stringify(input.attachmentIds ?? []),
      cumulativePct: input.cumulativePct ?? null, cumulativeValue: input.cumulativeValue ?? null, narrative: input.narrative,
      problems: input.problems ?? null, needsCoordination: input.needsCoordination ? 1 : 0, nextSteps: input.nextSteps ?? null,
      state: input.submit ? 'submitted' : 'draft', submittedAt: input.submit ? now : null, submittedBy: input.submit ? actor.userId : null, updatedAt: now,
    };
    let id: number;
    if (existing) {
      if (input.version !== undefined && input.version !== existing.version) throw new AppError('record.stale');
      const r = await trx.updateTable('progressReports').set({ ...values, version: existing.version + 1 })
        .where('id', '=', existing.id).where('version', '=', existing.version).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
      id = existing.id;
    } else {
      // Two first saves of the month at once (PostgreSQL): both saw no report; the loser is a stale edit.
      try {
        ({ id } = await trx.insertInto('progressReports').values({
          ...values, taskId, period, unitId: task.leadUnitId, reviewedAt: null, reviewedBy: null, returnReason: null, version: 1, createdAt: now, createdBy: actor.userId,
        }).returning('id').executeTakeFirstOrThrow());
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('record.stale');
        throw e;
      }
    }
    if (input.submit) {
      await notify(trx, await followersOf(trx, taskId), { kind: 'progress', title: `进展已报送：${period}`, body: input.narrative.slice(0, 200), link: `/plan/tasks/${taskId}` });
    }
    await touchYear(trx, task.year);
    if (input.attachmentIds?.length) await trx.updateTable('attachments').set({ ownerType: 'progress_report', ownerId: id }).where('id', 'in', input.attachmentIds).execute();
    await ctx.audit.record(trx, auditActorOf(actor), {
      action: input.submit ? 'report.submit' : 'report.save_draft', entityType: 'progress_report', entityId: `r${id}`,
      before: existing ?? null, after: { taskId, period, ...values },
    });
    return { id };
  });
  return getTask(ctx, actor, taskId).then((t) => ({ ...t, savedReportId: result.id }));
}

export async function reviewReport(ctx: AppContext, actor: Actor, reportId: number, input: { action: 'approve' | 'return'; reason?: string; version: number }) {
  requirePermission(actor, 'plan.review');
  if (input.action === 'return' && !input.reason?.trim()) throw new AppError('report.reason_required');
  const taskId = await ctx.db.transaction().execute(async (trx) => {
    const report = await trx.selectFrom('progressReports').selectAll().where('id', '=', reportId).executeTakeFirst();
    if (!report) throw new AppError('record.not_found');
    const visible = await scopeTasks(actor, trx.selectFrom('tasks').select('id').where('tasks.id', '=', report.taskId)).executeTakeFirst();
    if (!visible) throw new AppError('record.not_found');
    if (report.state !== 'submitted') throw new AppError('report.not_submitted');
    const now = nowIso();
    const r = await trx.updateTable('progressReports').set({
      state: input.action === 'approve' ? 'approved' : 'returned', reviewedAt: now, reviewedBy: actor.userId,
      returnReason: input.action === 'return' ? input.reason!.trim() : null, version: report.version + 1, updatedAt: now,
    }).where('id', '=', reportId).where('version', '=', input.version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    await touchYearOfTask(trx, report.taskId);
    const task = await trx.selectFrom('tasks').select(['title', 'leadUnitId']).where('id', '=', report.taskId).executeTakeFirstOrThrow();
    const to = [...(await followersOf(trx, report.taskId)), ...(input.action === 'return' ? await reportersOf(trx, task.leadUnitId) : [])];
    await notify(trx, to, {
      kind: input.action === 'approve' ? 'report_approved' : 'report_returned',
      title: input.action === 'approve' ? `进展已审核通过：${task.title}（${report.period}）` : `进展被退回：${task.title}（${report.period}）`,
      body: input.action === 'return' ? `退回原因：${input.reason}` : '', link: `/plan/tasks/${report.taskId}`,
    });
    await ctx.audit.record(trx, auditActorOf(actor), {
      action: input.action === 'approve' ? 'report.approve' : 'report.return', entityType: 'progress_report', entityId: `r${reportId}`,
      before: { state: report.state }, after: { state: input.action === 'approve' ? 'approved' : 'returned', reason: input.reason ?? null },
    });
    return report.taskId;
  });
  return getTask(ctx, actor, taskId);
}

/** Counts by status per area and per lead unit, and the lists leaders read: overdue, lagging, missing reports. */
export async function dashboard(ctx: AppContext, actor: Actor, year: number) {
  return (await dashboardCached(ctx, actor, year)).value;
}

/**
 * The dashboard as JSON (UTF-8). It depends only on the year's evaluation (its cache key covers every
 * write that changes tasks, reports, notices, units and the year's rules: all of them bump the year's
 * data version) and on the caller's scope, so it is built once per (evaluation, scope) and kept per process.
 */
export async function dashboardJson(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const d = await dashboardCached(ctx, actor, year);
  d.json ??= Buffer.from(JSON.stringify(d.value));
  return d.json;
}

type DashboardValue = Awaited<ReturnType<typeof buildDashboard>>;
const dashboardCache = new WeakMap<AppContext, VersionedCache<string, { value: DashboardValue; json?: Buffer }>>();

async function dashboardCached(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'plan.read');
  const y = await readKept(ctx, actor, `plan_year:${year}`, () => yearOrThrow(ctx.db, year));
  const { key } = await evaluateYear(ctx, y);
  const scope = scopeOf(actor);
  const scopeKey = scope.kind === 'subtree' ? `subtree:${scope.path}` : scope.kind;
  const cache = dashboardCache.get(ctx) ?? dashboardCache.set(ctx, new VersionedCache(100)).get(ctx)!;
  return cache.obtain(`${year}|${scopeKey}`, key, async () => ({ value: await buildDashboard(ctx, actor, y) }));
}

async function buildDashboard(ctx: AppContext, actor: Actor, y: YearRow) {
  const year = y.year;
  const [{ entries, today, rule }, areas] = await Promise.all([select(ctx, actor, y, { year }), repo.areas(ctx.db, year)]);
  const items = entries.map((e) => e.item);
  const zero = (): Record<Status, number> => ({ green: 0, yellow: 0, red: 0, grey: 0, closed: 0 });
  const totals = zero();
  const byArea = new Map(areas.map((a) => [a.id, { areaId: a.id, seq: a.seq, title: a.shortTitle, counts: zero() }]));
  const byUnit = new Map<number, { unitId: number; name: string; counts: Record<Status, number>; missingReports: number }>();
  for (const i of items) {
    totals[i.status]++;
    const area = byArea.get(i.areaId);
    if (area) area.counts[i.status]++;
    const u = byUnit.get(i.leadUnitId) ?? byUnit.set(i.leadUnitId, { unitId: i.leadUnitId, name: i.leadUnitName, counts: zero(), missingReports: 0 }).get(i.leadUnitId)!;
    u.counts[i.status]++;
    if (i.missingReport) u.missingReports++;
  }
  const overdue = items.filter(needsAttention.overdue).sort((a, b) => compareDates(a.dueDate, b.dueDate));
  const lagging = items.filter(needsAttention.lagging).sort((a, b) => a.gapPp - b.gapPp);
  const missing = items.filter(needsAttention.missing);
  const pick = (i: (typeof items)[number]) => ({ id: i.id, code: i.code, title: i.title, leadUnitName: i.leadUnitName, dueDate: i.dueDate, status: i.status, reasons: i.reasons, expectedPct: i.expectedPct, actualPct: i.actualPct, gapPp: i.gapPp, missingReport: i.missingReport });
  return {
    year, statusDate: today, rule, totals, total: items.length,
    byArea: [...byArea.values()],
    byUnit: [...byUnit.values()].sort((a, b) => b.counts.red - a.counts.red || b.counts.yellow - a.counts.yellow || a.name.localeCompare(b.name, 'zh')),
    // The full lists are the task list's `attention` filter: at city scale they made the answer a megabyte.
    counts: { overdue: overdue.length, lagging: lagging.length, missingReports: missing.length },
    listMax: DASHBOARD_LIST_MAX,
    overdue: overdue.slice(0, DASHBOARD_LIST_MAX).map(pick),
    lagging: lagging.slice(0, DASHBOARD_LIST_MAX).map(pick),
    missingReports: missing.slice(0, DASHBOARD_LIST_MAX).map(pick),
    pendingReview: scopeOf(actor).kind === 'all' ? (await ctx.db.selectFrom('progressReports').innerJoin('tasks', 'tasks.id', 'progressReports.taskId')
      .select(['progressReports.id', 'progressReports.period', 'tasks.id as taskId', 'tasks.title']).where('tasks.year', '=', year).where('progressReports.state', '=', 'submitted').orderBy('progressReports.submittedAt').limit(50).execute()) : [],
  };
}

export const yearSettingsInput = z.strictObject({
  version: z.number().int().positive(),
  reportDueDay: z.number().int().min(1).max(28),
  statusRule: z.strictObject({
    greenTolerancePp: z.number().min(0).max(50), redGapPp: z.number().min(1).max(100),
    milestoneWarnDays: z.number().int().min(0).max(60), lateReportYellowWorkingDays: z.number().int().min(0).max(30),
  }),
  supervisionRule: supervisionRuleSchema,
});

/** The year's rules, visible to everyone who reads the plan and changed by division staff (audited). */
export async function updateYearSettings(ctx: AppContext, actor: Actor, year: number, input: z.infer<typeof yearSettingsInput>) {
  requirePermission(actor, 'plan.write');
  if (input.statusRule.redGapPp <= input.statusRule.greenTolerancePp) throw new AppError('request.invalid', { fields: 'statusRule.redGapPp' });
  await ctx.db.transaction().execute(async (trx) => {
    const y = await yearOrThrow(trx, year);
    const r = await trx.updateTable('planYears').set({
      reportDueDay: input.reportDueDay, statusRuleJson: JSON.stringify(input.statusRule), supervisionRuleJson: JSON.stringify(input.supervisionRule),
      version: input.version + 1, updatedAt: nowIso(),
    }).where('year', '=', year).where('version', '=', input.version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'plan.settings_update', entityType: 'plan_year', entityId: year, before: { reportDueDay: y.reportDueDay, statusRule: y.statusRuleJson, supervisionRule: y.supervisionRuleJson }, after: input });
  });
  return planStructure(ctx, actor, year);
}

/** The date a year's figures are evaluated at, for other modules: the plan year's status date when set, else today. */
export async function statusDateForYear(db: Executor, year: number): Promise<string> {
  const y = await repo.yearRow(db, year);
  return y ? statusDateOf(y) : isoDateAt(Date.now());
}

/** The work point that carries tasks other modules create (e.g. joint-meeting action items), made on first use. */
export async function ensureWorkPoint(trx: Trx, year: number, areaSeq: number, seq: string, title: string): Promise<number | null> {
  const wp = await trx.selectFrom('workPoints').select('id').where('year', '=', year).where('seq', '=', seq).executeTakeFirst();
  if (wp) return wp.id;
  const area = await trx.selectFrom('planAreas').select('id').where('year', '=', year).where('seq', '=', areaSeq).executeTakeFirst()
    ?? await trx.selectFrom('planAreas').select('id').where('year', '=', year).orderBy('seq').executeTakeFirst();
  if (!area) return null;
  const now = nowIso();
  const { id } = await trx.insertInto('workPoints').values({ year, areaId: area.id, seq, title, source: '["发改联席会"]', version: 1, createdAt: now, updatedAt: now, createdBy: null }).returning('id').executeTakeFirstOrThrow();
  return id;
}
