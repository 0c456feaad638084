// The shared problem ledger (问题台账) and the 发改联席会 / 部门会商 loop: a bottleneck raised on a project
// (or, later, on an enterprise demand) goes onto a meeting agenda; the minutes record the discussion and
// the decisions (议定事项); each decision becomes a supervised task of the work plan for its lead unit;
// the problem can be resolved only when every one of those tasks is closed (销号 = verified done).
// Consultations collect written opinions from the invited units by a deadline. Minutes export as .docx.
import { problemStatusLabels, type MeetingInput, type MinutesInput, type ProblemInput, type ProblemStatus } from '../../../common/projects.ts';
import { compareDates, isoDateAt } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, inScope, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { buildOfficialDocument, type DocBlock } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { ensureWorkPoint, insertTask, touchYear } from '../workplan/workplan.service.ts';
import * as repo from './projects.repository.ts';
import { mayReportProject } from './projects.policy.ts';

const OPEN: ProblemStatus[] = ['open', 'scheduled', 'decided', 'escalated'];
const ISSUER = '区发展和改革委员会';

async function unitPath(db: Executor, id: number): Promise<string> {
  const u = await db.selectFrom('orgUnits').select('path').where('id', '=', id).executeTakeFirst();
  if (!u) throw new AppError('proj.unit_not_found', { id });
  return u.path;
}

async function addEvent(trx: Trx, problemId: number, actorName: string, action: string, note: string) {
  await trx.insertInto('problemEvents').values({ problemId, at: nowIso(), byName: actorName, action, note }).execute();
}

// ── problems ──

async function problemRows(db: Executor, f: { id?: number; status?: string; source?: string; refId?: number; ownerUnitId?: number; type?: string }) {
  return db.selectFrom('problems')
    .innerJoin('orgUnits as owner', 'owner.id', 'problems.ownerUnitId')
    .innerJoin('orgUnits as raiser', 'raiser.id', 'problems.raisedByUnitId')
    .leftJoin('projects', (j) => j.onRef('projects.id', '=', 'problems.refId').on('problems.source', '=', 'project'))
    .leftJoin('orgUnits as ru', 'ru.id', 'projects.responsibleUnitId')
    .selectAll('problems')
    .select(['owner.name as ownerUnitName', 'owner.path as ownerPath', 'raiser.name as raisedByUnitName', 'raiser.path as raiserPath', 'projects.name as projectName', 'projects.code as projectCode', 'ru.path as projectUnitPath'])
    .$if(f.id !== undefined, (q) => q.where('problems.id', '=', f.id!))
    .$if(!!f.status, (q) => q.where('problems.status', '=', f.status!))
    .$if(!!f.source, (q) => q.where('problems.source', '=', f.source!))
    .$if(f.refId !== undefined, (q) => q.where('problems.refId', '=', f.refId!))
    .$if(f.ownerUnitId !== undefined, (q) => q.where('problems.ownerUnitId', '=', f.ownerUnitId!))
    .$if(!!f.type, (q) => q.where('problems.type', '=', f.type!))
    .orderBy('problems.raisedAt', 'desc').orderBy('problems.id', 'desc')
    .execute();
}
type ProblemRow = Awaited<ReturnType<typeof problemRows>>[number];

function problemVisible(actor: Actor, p: ProblemRow): boolean {
  const scope = scopeOf(actor);
  return inScope(scope, p.ownerPath) || inScope(scope, p.raiserPath) || inScope(scope, p.projectUnitPath);
}

function problemView(actor: Actor, p: ProblemRow, today: string) {
  const { ownerPath: _o, raiserPath: _r, projectUnitPath: _p, ...rest } = p;
  return {
    ...rest, statusLabel: problemStatusLabels[p.status as ProblemStatus].zh, overdue: OPEN.includes(p.status as ProblemStatus) && compareDates(p.dueDate, today) < 0,
    abilities: { act: can(actor.role, 'proj.write') },
  };
}

export async function listProblems(ctx: AppContext, actor: Actor, f: { status?: string; source?: string; refId?: number; ownerUnitId?: number; type?: string; overdue?: boolean; page: number; pageSize: number }) {
  requirePermission(actor, 'proj.read');
  const today = isoDateAt(Date.now());
  // The counts by status answer the other filters but not the status one, so every tab keeps its number.
  const unfiltered = (await problemRows(ctx.db, { ...f, status: undefined })).filter((p) => problemVisible(actor, p)).map((p) => problemView(actor, p, today)).filter((p) => !f.overdue || p.overdue);
  const rows = f.status ? unfiltered.filter((p) => p.status === f.status) : unfiltered;
  const counts = Object.fromEntries(['open', 'scheduled', 'decided', 'resolved', 'escalated', 'cancelled'].map((s) => [s, unfiltered.filter((r) => r.status === s).length]));
  return { total: rows.length, counts, overdue: rows.filter((r) => r.overdue).length, items: rows.slice((f.page - 1) * f.pageSize, f.page * f.pageSize), abilities: { raise: can(actor.role, 'proj.report'), act: can(actor.role, 'proj.write') } };
}

async function visibleProblem(db: Executor, actor: Actor, id: number): Promise<ProblemRow> {
  const [p] = await problemRows(db, { id });
  if (!p || !problemVisible(actor, p)) throw new AppError('record.not_found');
  return p;
}

async function decisionsOf(db: Executor, f: { problemId?: number; meetingId?: number }) {
  return db.selectFrom('meetingDecisions')
    .innerJoin('orgUnits', 'orgUnits.id', 'meetingDecisions.leadUnitId')
    .innerJoin('meetings', 'meetings.id', 'meetingDecisions.meetingId')
    .leftJoin('tasks', 'tasks.id', 'meetingDecisions.taskId')
    .selectAll('meetingDecisions')
    .select(['orgUnits.name as leadUnitName', 'tasks.state as taskState', 'tasks.code as taskCode', 'tasks.lastStatus as taskStatus', 'meetings.title as meetingTitle', 'meetings.minutesNo'])
    .$if(f.problemId !== undefined, (q) => q.where('meetingDecisions.problemId', '=', f.problemId!))
    .$if(f.meetingId !== undefined, (q) => q.where('meetingDecisions.meetingId', '=', f.meetingId!))
    .orderBy('meetingDecisions.id').execute();
}

export async function getProblem(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'proj.read');
  const p = await visibleProblem(ctx.db, actor, id);
  const [events, meetings, decisions] = await Promise.all([
    ctx.db.selectFrom('problemEvents').selectAll().where('problemId', '=', id).orderBy('id').execute(),
    ctx.db.selectFrom('meetingItems').innerJoin('meetings', 'meetings.id', 'meetingItems.meetingId').select(['meetings.id', 'meetings.title', 'meetings.meetingDate', 'meetings.status', 'meetingItems.discussion'])
      .where('meetingItems.problemId', '=', id).orderBy('meetings.meetingDate').execute(),
    decisionsOf(ctx.db, { problemId: id }),
  ]);
  return { ...problemView(actor, p, isoDateAt(Date.now())), events, meetings, decisions: decisions.map((d) => ({ ...d, coUnitIds: JSON.parse(d.coUnitIds) as number[], done: d.taskState === 'closed' })) };
}

/** Inserts a problem inside the caller's transaction; the enterprise-demand module raises into the same ledger. */
export async function insertProblem(trx: Trx, actor: Actor, input: ProblemInput): Promise<number> {
  await unitPath(trx, input.ownerUnitId);
  const raiser = await unitPath(trx, input.raisedByUnitId);
  if (!can(actor.role, 'proj.write') && !inScope(scopeOf(actor), raiser)) throw new AppError('auth.forbidden');
  if (input.source === 'project') {
    if (input.refId === null) throw new AppError('problem.ref_not_found');
    const [proj] = await repo.projects(trx, actor, { id: input.refId });
    if (!proj || !(can(actor.role, 'proj.write') || mayReportProject(actor, proj.responsibleUnitPath))) throw new AppError('problem.ref_not_found');
  }
  const now = nowIso();
  const { id } = await trx.insertInto('problems').values({
    ...input, raisedAt: now, status: 'open', resolvedAt: null, escalatedTo: null, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await addEvent(trx, id, actor.displayName, 'raise', input.description);
  return id;
}

export async function raiseProblem(ctx: AppContext, actor: Actor, input: ProblemInput) {
  requirePermission(actor, 'proj.report');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertProblem(trx, actor, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'problem.raise', entityType: 'problem', entityId: id, after: input });
    await notify(trx, await reportersOf(trx, input.ownerUnitId), { kind: 'problem.raised', title: `新问题：${input.title}`, body: `请于 ${input.dueDate} 前协调解决。`, link: `/problems/${id}`, dedupeKey: `problem-raised-${id}` });
    return id;
  });
  return getProblem(ctx, actor, id);
}

export async function actOnProblem(ctx: AppContext, actor: Actor, id: number, input: { action: 'resolve' | 'escalate' | 'cancel' | 'reopen'; note: string; escalatedTo?: string; version: number }) {
  requirePermission(actor, 'proj.write');
  await ctx.db.transaction().execute(async (trx) => {
    const p = await visibleProblem(trx, actor, id);
    const open = OPEN.includes(p.status as ProblemStatus);
    const label = problemStatusLabels[p.status as ProblemStatus].zh;
    let status: ProblemStatus;
    if (input.action === 'resolve') {
      if (!open) throw new AppError('problem.bad_transition', { status: label });
      const pending = (await decisionsOf(trx, { problemId: id })).filter((d) => d.taskState !== 'closed');
      if (pending.length) throw new AppError('problem.open_action_items', { count: pending.length });
      status = 'resolved';
    } else if (input.action === 'escalate') {
      if (!open) throw new AppError('problem.bad_transition', { status: label });
      if (!input.escalatedTo?.trim()) throw new AppError('problem.escalation_body_required');
      status = 'escalated';
    } else if (input.action === 'cancel') {
      if (!open) throw new AppError('problem.bad_transition', { status: label });
      status = 'cancelled';
    } else {
      if (open) throw new AppError('problem.bad_transition', { status: label });
      status = 'open';
    }
    const r = await trx.updateTable('problems').set({
      status, resolvedAt: status === 'resolved' ? nowIso() : null, escalatedTo: status === 'escalated' ? input.escalatedTo!.trim() : p.escalatedTo,
      version: p.version + 1, updatedAt: nowIso(),
    }).where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await addEvent(trx, id, actor.displayName, input.action, input.escalatedTo ? `${input.note}（提交：${input.escalatedTo}）` : input.note);
    await ctx.audit.record(trx, auditActorOf(actor), { action: `problem.${input.action}`, entityType: 'problem', entityId: id, before: { status: p.status }, after: { status, note: input.note, escalatedTo: input.escalatedTo ?? null } });
  });
  return getProblem(ctx, actor, id);
}

/** Overdue open problems: the owner unit's reporters are reminded once a day. */
export async function remindOverdueProblems(ctx: AppContext) {
  const today = isoDateAt(Date.now());
  const rows = await ctx.db.selectFrom('problems').select(['id', 'title', 'ownerUnitId', 'dueDate']).where('status', 'in', OPEN).where('dueDate', '<', today).execute();
  let sent = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of rows) sent += await notify(trx, await reportersOf(trx, p.ownerUnitId), { kind: 'problem.overdue', title: `问题逾期未解决：${p.title}`, body: `协调时限 ${p.dueDate} 已过，请尽快办理并反馈。`, link: `/problems/${p.id}`, dedupeKey: `problem-overdue-${p.id}-${today}` });
  });
  return { overdue: rows.length, sent };
}

// ── meetings and consultations ──

async function meetingRow(db: Executor, id: number) {
  const m = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw new AppError('record.not_found');
  return m;
}

function meetingVisible(actor: Actor, unitPaths: string[]): boolean {
  const scope = scopeOf(actor);
  return scope.kind === 'all' || unitPaths.some((p) => inScope(scope, p));
}

export async function listMeetings(ctx: AppContext, actor: Actor, f: { kind?: string; year?: number }) {
  requirePermission(actor, 'proj.read');
  const rows = await ctx.db.selectFrom('meetings').selectAll()
    .$if(!!f.kind, (q) => q.where('kind', '=', f.kind!))
    .$if(f.year !== undefined, (q) => q.where('meetingDate', 'like', `${f.year}-%`))
    .orderBy('meetingDate', 'desc').execute();
  const units = new Map((await ctx.db.selectFrom('orgUnits').select(['id', 'name', 'path']).execute()).map((u) => [u.id, u]));
  const counts = await ctx.db.selectFrom('meetingDecisions').leftJoin('tasks', 'tasks.id', 'meetingDecisions.taskId')
    .select(['meetingDecisions.meetingId', 'tasks.state']).execute();
  const items = rows.map((m) => ({ ...m, unitIds: JSON.parse(m.unitIds) as number[] })).filter((m) => meetingVisible(actor, m.unitIds.map((u) => units.get(u)?.path ?? '')))
    .map((m) => {
      const ds = counts.filter((c) => c.meetingId === m.id);
      return { ...m, unitNames: m.unitIds.map((u) => units.get(u)?.name ?? ''), decisions: ds.length, decisionsDone: ds.filter((d) => d.state === 'closed').length };
    });
  return { items, abilities: { create: can(actor.role, 'proj.write') } };
}

export async function getMeeting(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'proj.read');
  const m = await meetingRow(ctx.db, id);
  const unitIds = JSON.parse(m.unitIds) as number[];
  const units = unitIds.length ? await ctx.db.selectFrom('orgUnits').select(['id', 'name', 'path']).where('id', 'in', unitIds).execute() : [];
  if (!meetingVisible(actor, units.map((u) => u.path))) throw new AppError('record.not_found');
  const [items, decisions, opinions] = await Promise.all([
    ctx.db.selectFrom('meetingItems').innerJoin('problems', 'problems.id', 'meetingItems.problemId').leftJoin('projects', (j) => j.onRef('projects.id', '=', 'problems.refId').on('problems.source', '=', 'project'))
      .select(['meetingItems.problemId', 'meetingItems.seq', 'meetingItems.discussion', 'problems.title', 'problems.type', 'problems.status', 'problems.description', 'projects.name as projectName'])
      .where('meetingItems.meetingId', '=', id).orderBy('meetingItems.seq').execute(),
    decisionsOf(ctx.db, { meetingId: id }),
    ctx.db.selectFrom('meetingOpinions').innerJoin('orgUnits', 'orgUnits.id', 'meetingOpinions.unitId').selectAll('meetingOpinions').select('orgUnits.name as unitName').where('meetingId', '=', id).execute(),
  ]);
  const invitedHere = actor.orgPath !== null && units.some((u) => actor.orgPath!.startsWith(u.path));
  return {
    ...m, unitIds, units: units.map((u) => ({ id: u.id, name: u.name })), items, opinions,
    decisions: decisions.map((d) => ({ ...d, coUnitIds: JSON.parse(d.coUnitIds) as number[], done: d.taskState === 'closed' })),
    abilities: {
      minutes: can(actor.role, 'proj.write') && m.status === 'planned',
      opinion: m.kind === 'consultation' && can(actor.role, 'proj.report') && invitedHere,
    },
  };
}

async function checkAgenda(trx: Executor, problemIds: number[]) {
  for (const pid of new Set(problemIds)) {
    const p = await trx.selectFrom('problems').select(['title', 'status']).where('id', '=', pid).executeTakeFirst();
    if (!p) throw new AppError('record.not_found');
    if (!OPEN.includes(p.status as ProblemStatus)) throw new AppError('meeting.problem_closed', { title: p.title });
  }
}

export async function insertMeeting(trx: Trx, actor: Actor, input: MeetingInput): Promise<number> {
  for (const u of new Set(input.unitIds)) await unitPath(trx, u);
  await checkAgenda(trx, input.problemIds);
  const now = nowIso();
  const { id } = await trx.insertInto('meetings').values({
    kind: input.kind, title: input.title, meetingDate: input.meetingDate, location: input.location, chairName: input.chairName, unitIds: JSON.stringify([...new Set(input.unitIds)]),
    opinionDue: input.opinionDue, status: 'planned', minutesNo: null, summary: '', version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  for (const [i, pid] of [...new Set(input.problemIds)].entries()) {
    await trx.insertInto('meetingItems').values({ meetingId: id, problemId: pid, seq: i + 1, discussion: '' }).execute();
    await trx.updateTable('problems').set((eb) => ({ status: 'scheduled', version: eb('version', '+', 1), updatedAt: now })).where('id', '=', pid).where('status', '=', 'open').execute();
    await addEvent(trx, pid, actor.displayName, 'schedule', `列入${input.meetingDate}“${input.title}”议程`);
  }
  return id;
}

export async function createMeeting(ctx: AppContext, actor: Actor, input: MeetingInput) {
  requirePermission(actor, 'proj.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertMeeting(trx, actor, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'meeting.create', entityType: 'meeting', entityId: id, after: input });
    const invited = (await Promise.all(input.unitIds.map((u) => reportersOf(trx, u)))).flat();
    await notify(trx, invited, { kind: 'meeting.invited', title: `会议通知：${input.title}`, body: `${input.meetingDate}${input.location ? ` ${input.location}` : ''}${input.opinionDue ? `，请于 ${input.opinionDue} 前提交书面意见` : ''}`, link: `/meetings/${id}`, dedupeKey: `meeting-${id}` });
    return id;
  });
  return getMeeting(ctx, actor, id);
}

/**
 * Records the minutes: discussion per agenda item, the decisions, and for each decision a supervised task
 * of the work plan (lead unit, co-units, deadline) in the year of the meeting. The meeting is then held.
 */
export async function recordMinutesInTrx(trx: Trx, ctx: AppContext, actor: Actor, id: number, input: MinutesInput) {
  const m = await meetingRow(trx, id);
  if (m.status !== 'planned') throw new AppError('meeting.already_held');
  const agenda = new Set((await trx.selectFrom('meetingItems').select('problemId').where('meetingId', '=', id).execute()).map((i) => i.problemId));
  for (const d of input.discussions) if (!agenda.has(d.problemId)) throw new AppError('meeting.problem_not_on_agenda', { id: d.problemId });
  for (const d of input.decisions) {
    if (compareDates(d.deadline, m.meetingDate) < 0) throw new AppError('meeting.deadline_before_meeting');
    if (d.problemId !== null && !agenda.has(d.problemId)) throw new AppError('meeting.problem_not_on_agenda', { id: d.problemId });
    for (const u of [d.leadUnitId, ...d.coUnitIds]) await unitPath(trx, u);
  }
  const now = nowIso();
  const r = await trx.updateTable('meetings').set({ status: 'held', minutesNo: input.minutesNo, summary: input.summary, version: m.version + 1, updatedAt: now })
    .where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
  if (affected(r) === 0) throw new AppError('record.stale');
  for (const d of input.discussions) await trx.updateTable('meetingItems').set({ discussion: d.discussion }).where('meetingId', '=', id).where('problemId', '=', d.problemId).execute();
  const year = Number(m.meetingDate.slice(0, 4));
  const workPointId = input.decisions.length ? await ensureWorkPoint(trx, year, 3, 'LXH', '发改联席会议定事项') : null;
  if (input.decisions.length && workPointId === null) throw new AppError('meeting.plan_year_missing', { year });
  for (const [i, d] of input.decisions.entries()) {
    const taskId = await insertTask(trx, actor.userId, year, {
      code: `LXH-${id}-${i + 1}`, workPointId: workPointId!, title: d.text.length > 100 ? `${d.text.slice(0, 99)}…` : d.text,
      description: `${m.title}（${input.minutesNo}）议定事项：${d.text}`, category: '业务', tags: ['项目'], leadUnitId: d.leadUnitId, coUnitIds: d.coUnitIds,
      leaderName: m.chairName, startDate: m.meetingDate, dueDate: d.deadline, target: null, weight: 5,
      milestones: [{ title: '完成议定事项', plannedDate: d.deadline, plannedPct: 100, deliverable: '办理结果及佐证材料', doneDate: null }],
    });
    await trx.insertInto('meetingDecisions').values({ meetingId: id, problemId: d.problemId, text: d.text, leadUnitId: d.leadUnitId, coUnitIds: JSON.stringify(d.coUnitIds), deadline: d.deadline, taskId, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).execute();
    await notify(trx, await reportersOf(trx, d.leadUnitId), { kind: 'meeting.decision', title: `联席会议定事项：${d.text.slice(0, 30)}`, body: `请于 ${d.deadline} 前办结，并在“重点任务”中报送进展、申请销号。`, link: `/plan/tasks/${taskId}`, dedupeKey: `decision-task-${taskId}` });
    if (d.problemId !== null) {
      await trx.updateTable('problems').set((eb) => ({ status: 'decided', version: eb('version', '+', 1), updatedAt: now })).where('id', '=', d.problemId!).where('status', 'in', ['open', 'scheduled']).execute();
      await addEvent(trx, d.problemId, actor.displayName, 'decide', `${input.minutesNo}：${d.text}（${d.deadline} 前）`);
    }
  }
  if (input.decisions.length) await touchYear(trx, year);
  await ctx.audit.record(trx, auditActorOf(actor), { action: 'meeting.minutes', entityType: 'meeting', entityId: id, after: input });
}

export async function recordMinutes(ctx: AppContext, actor: Actor, id: number, input: MinutesInput) {
  requirePermission(actor, 'proj.write');
  await ctx.db.transaction().execute((trx) => recordMinutesInTrx(trx, ctx, actor, id, input));
  return getMeeting(ctx, actor, id);
}

export async function submitOpinion(ctx: AppContext, actor: Actor, id: number, input: { opinion: string }) {
  requirePermission(actor, 'proj.report');
  await ctx.db.transaction().execute(async (trx) => {
    const m = await meetingRow(trx, id);
    if (m.kind !== 'consultation') throw new AppError('meeting.not_consultation');
    const unitIds = JSON.parse(m.unitIds) as number[];
    const units = await trx.selectFrom('orgUnits').select(['id', 'path']).where('id', 'in', unitIds).execute();
    const unit = units.find((u) => actor.orgPath !== null && actor.orgPath.startsWith(u.path));
    if (!unit) throw new AppError('meeting.not_invited');
    const now = nowIso();
    const before = await trx.selectFrom('meetingOpinions').selectAll().where('meetingId', '=', id).where('unitId', '=', unit.id).executeTakeFirst();
    if (before) await trx.updateTable('meetingOpinions').set({ opinion: input.opinion, submittedAt: now, submittedBy: actor.userId }).where('meetingId', '=', id).where('unitId', '=', unit.id).execute();
    else await trx.insertInto('meetingOpinions').values({ meetingId: id, unitId: unit.id, opinion: input.opinion, submittedAt: now, submittedBy: actor.userId }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'meeting.opinion', entityType: 'meeting', entityId: id, before, after: { unitId: unit.id, ...input } });
  });
  return getMeeting(ctx, actor, id);
}

/** 会议纪要 in official layout: who met, each agenda item with its discussion, and the decisions with lead unit and deadline. */
export async function minutesDocx(ctx: AppContext, actor: Actor, id: number): Promise<Buffer> {
  const m = await getMeeting(ctx, actor, id);
  if (m.status !== 'held') throw new AppError('record.not_found');
  const blocks: DocBlock[] = [
    { type: 'p', text: `${m.meetingDate.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}，${m.chairName}主持召开${m.title}${m.location ? `（${m.location}）` : ''}，${m.units.map((u) => u.name).join('、')}参加会议。${m.summary}` },
    ...m.items.flatMap((it, i): DocBlock[] => [
      { type: 'h1', text: `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? i + 1}、${it.projectName ? `${it.projectName}：` : ''}${it.title}` },
      { type: 'p', text: it.discussion || it.description },
      ...m.decisions.filter((d) => d.problemId === it.problemId).map((d): DocBlock => ({ type: 'p', text: `会议议定：${d.text}。由${d.leadUnitName}牵头${d.coUnitIds.length ? '，相关单位配合' : ''}，${d.deadline.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}前完成。` })),
    ]),
    { type: 'h1', text: '议定事项清单' },
    { type: 'table', headers: ['序号', '议定事项', '牵头单位', '完成时限', '督办任务'], widths: [8, 46, 18, 14, 14], rows: m.decisions.map((d, i) => [i + 1, d.text, d.leadUnitName, d.deadline, d.taskCode ?? '—']) },
    { type: 'p', text: '议定事项已纳入重点工作督办，各牵头单位按期报送进展，办结后提交佐证材料申请销号；逾期未办结的，按督办规则升级督办。' },
  ];
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'meeting', entityId: id, after: { document: 'minutes' } });
  return buildOfficialDocument({ issuer: `${ISSUER}会议纪要`, docNumber: m.minutesNo ?? undefined, title: `${m.title}纪要`, blocks, signature: ISSUER, date: m.meetingDate });
}
