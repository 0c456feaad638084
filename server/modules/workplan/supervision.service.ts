// Supervision (督办): notices a leader or division issues on a task, the unit's reply, escalation of
// overdue replies, and the automatic notices the year's rule asks for (late reports, red tasks).
// Also closing (销号) and follows. The sweep is idempotent: running it twice issues nothing new.
import { addWorkingDays, compareDates } from '../../../common/periods.ts';
import { defaultSupervisionRule, supervisionLevels, type SupervisionLevel, type SupervisionRule } from '../../../common/workplan.ts';
import { auditActorOf, requirePermission, systemActor, type Actor, type AuditActor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { lockForChain, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { scopeTasks, taskAbilities } from './workplan.policy.ts';
import * as repo from './workplan.repository.ts';
import { listTasks, statusDateOf, touchYearOfTask } from './workplan.service.ts';

export function supervisionRuleOf(y: { supervisionRuleJson: string }): SupervisionRule {
  return { ...defaultSupervisionRule, ...(JSON.parse(y.supervisionRuleJson || '{}') as Partial<SupervisionRule>) };
}

async function visibleTask(db: Executor, actor: Actor, taskId: number) {
  const t = await scopeTasks(actor, db.selectFrom('tasks').innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId')
    .select(['tasks.id', 'tasks.year', 'tasks.title', 'tasks.code', 'tasks.leadUnitId', 'tasks.state', 'tasks.targetValue', 'tasks.targetDirection', 'orgUnits.path'])
    .where('tasks.id', '=', taskId)).executeTakeFirst();
  if (!t) throw new AppError('record.not_found');
  return t;
}

async function followers(db: Executor, taskId: number): Promise<number[]> {
  return (await db.selectFrom('taskFollows').select('userId').where('taskId', '=', taskId).execute()).map((f) => f.userId);
}

async function insertNotice(trx: Trx, who: AuditActor, ctx: AppContext, task: { id: number; title: string; leadUnitId: number },
  n: { level: SupervisionLevel; trigger: string; reason: string; requirement: string; replyDue: string; issuedBy: number | null }) {
  const now = nowIso();
  const { id } = await trx.insertInto('supervisionNotices').values({
    taskId: task.id, level: n.level, trigger: n.trigger, reason: n.reason, requirement: n.requirement, replyDue: n.replyDue, issuedBy: n.issuedBy,
    issuedAt: now, reply: null, repliedAt: null, repliedBy: null, state: 'open', escalatedTo: null, version: 1, createdAt: now, updatedAt: now, createdBy: n.issuedBy,
  }).returning('id').executeTakeFirstOrThrow();
  await touchYearOfTask(trx, task.id);
  await ctx.audit.record(trx, who, { action: 'supervision.issue', entityType: 'task', entityId: task.id, after: { noticeId: id, ...n } });
  await notify(trx, [...(await reportersOf(trx, task.leadUnitId)), ...(await followers(trx, task.id))], {
    kind: 'supervision', title: `【${n.level}督办】${task.title}`, body: `${n.reason}。要求：${n.requirement}。请于 ${n.replyDue} 前答复。`, link: `/plan/tasks/${task.id}`,
  });
  return id;
}

export async function issueNotice(ctx: AppContext, actor: Actor, taskId: number, input: { level: SupervisionLevel; reason: string; requirement: string; replyDue: string }) {
  requirePermission(actor, 'plan.review');
  return ctx.db.transaction().execute(async (trx) => {
    const task = await visibleTask(trx, actor, taskId);
    const y = (await repo.yearRow(trx, task.year))!;
    if (compareDates(input.replyDue, statusDateOf(y)) < 0) throw new AppError('supervision.reply_due_past');
    const id = await insertNotice(trx, auditActorOf(actor), ctx, task, { ...input, trigger: 'manual', issuedBy: actor.userId });
    return { id };
  });
}

export async function replyNotice(ctx: AppContext, actor: Actor, noticeId: number, input: { reply: string; version: number }) {
  requirePermission(actor, 'plan.report');
  return ctx.db.transaction().execute(async (trx) => {
    const n = await trx.selectFrom('supervisionNotices').selectAll().where('id', '=', noticeId).executeTakeFirst();
    if (!n) throw new AppError('record.not_found');
    const task = await visibleTask(trx, actor, n.taskId);
    if (!taskAbilities(actor, task.path).report) throw new AppError('report.not_lead_unit');
    if (n.state !== 'open') throw new AppError('supervision.not_open');
    const now = nowIso();
    const r = await trx.updateTable('supervisionNotices').set({ reply: input.reply, repliedAt: now, repliedBy: actor.userId, state: 'replied', version: n.version + 1, updatedAt: now })
      .where('id', '=', noticeId).where('version', '=', input.version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    await touchYearOfTask(trx, n.taskId);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'supervision.reply', entityType: 'task', entityId: n.taskId, after: { noticeId, reply: input.reply } });
    if (n.issuedBy) await notify(trx, [n.issuedBy], { kind: 'supervision_reply', title: `督办已答复：${task.title}`, body: input.reply.slice(0, 200), link: `/plan/tasks/${task.id}` });
    return { id: noticeId };
  });
}

export async function listNotices(ctx: AppContext, actor: Actor, year: number, f: { state?: string; taskId?: number }) {
  requirePermission(actor, 'plan.read');
  const y = await repo.yearRow(ctx.db, year);
  if (!y) throw new AppError('plan.year_not_found', { year });
  const today = statusDateOf(y);
  const rows = await scopeTasks(actor, ctx.db.selectFrom('supervisionNotices').innerJoin('tasks', 'tasks.id', 'supervisionNotices.taskId')
    .innerJoin('orgUnits', 'orgUnits.id', 'tasks.leadUnitId')
    .selectAll('supervisionNotices').select(['tasks.title as taskTitle', 'tasks.code as taskCode', 'orgUnits.name as leadUnitName', 'orgUnits.path as leadUnitPath'])
    .where('tasks.year', '=', year))
    .$if(!!f.state, (q) => q.where('supervisionNotices.state', '=', f.state!))
    .$if(f.taskId !== undefined, (q) => q.where('supervisionNotices.taskId', '=', f.taskId!))
    .orderBy('supervisionNotices.issuedAt', 'desc').execute();
  return {
    statusDate: today,
    items: rows.map((n) => {
      const { leadUnitPath, ...rest } = n;
      return { ...rest, overdue: n.state === 'open' && compareDates(n.replyDue, today) < 0, abilities: { reply: n.state === 'open' && taskAbilities(actor, leadUnitPath).report } };
    }),
  };
}

// Read-check-insert paths that PostgreSQL must run one at a time (SQLite transactions are serial anyway):
// two sweeps at once issued every notice twice; a double-clicked close request made two open requests.
const SWEEP_LOCK_KEY = 74_210_002;
const closeRequestLockKey = (taskId: number) => 74_300_000_000 + taskId;

/** Issues the notices the year's rule asks for and escalates overdue ones. Returns what it did. */
export async function sweep(ctx: AppContext, year: number, by: Actor | null = null) {
  if (by) requirePermission(by, 'plan.review');
  const y = await repo.yearRow(ctx.db, year);
  if (!y) throw new AppError('plan.year_not_found', { year });
  const rule = supervisionRuleOf(y);
  const today = statusDateOf(y);
  const who = by ? auditActorOf(by) : systemActor;
  // Status as the whole district sees it (a leader's view), whoever runs the sweep.
  const viewer: Actor = { userId: 0, username: 'system', displayName: 'system', role: 'leader', orgId: null, orgPath: null, ip: null };
  const { items } = await listTasks(ctx, viewer, { year, page: 1, pageSize: 1_000_000 });
  const result = { issued: 0, escalated: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    await lockForChain(trx, SWEEP_LOCK_KEY);
    const open = await trx.selectFrom('supervisionNotices').innerJoin('tasks', 'tasks.id', 'supervisionNotices.taskId')
      .selectAll('supervisionNotices').where('tasks.year', '=', year).where('supervisionNotices.state', '=', 'open').execute();
    const replyDue = addWorkingDays(today, rule.replyWorkingDays);
    if (rule.escalateOverdue) {
      for (const n of open.filter((o) => compareDates(o.replyDue, today) < 0)) {
        const next = supervisionLevels[Math.min(supervisionLevels.indexOf(n.level as SupervisionLevel) + 1, supervisionLevels.length - 1)];
        const task = items.find((i) => i.id === n.taskId);
        if (!task) continue;
        const newId = await insertNotice(trx, who, ctx, { id: task.id, title: task.title, leadUnitId: task.leadUnitId }, {
          level: next, trigger: 'escalated', reason: `${n.level}督办逾期未答复（原答复期限 ${n.replyDue}）`, requirement: n.requirement, replyDue, issuedBy: null,
        });
        await trx.updateTable('supervisionNotices').set({ state: 'escalated', escalatedTo: newId, version: n.version + 1, updatedAt: nowIso() }).where('id', '=', n.id).execute();
        result.escalated++;
      }
    }
    const openByTask = new Map<number, string[]>();
    for (const n of await trx.selectFrom('supervisionNotices').select(['taskId', 'trigger', 'reason']).where('state', '=', 'open').execute()) {
      (openByTask.get(n.taskId) ?? openByTask.set(n.taskId, []).get(n.taskId)!).push(`${n.trigger}:${n.reason}`);
    }
    for (const t of items) {
      const existing = openByTask.get(t.id) ?? [];
      if (rule.missingReportWorkingDays > 0 && t.missingReport && t.reportLateWorkingDays >= rule.missingReportWorkingDays) {
        const reason = `${t.missingReport} 月度进展逾期未报`;
        if (!existing.includes(`missing_report:${reason}`)) {
          await insertNotice(trx, who, ctx, t, { level: '一般', trigger: 'missing_report', reason, requirement: '请立即报送本月进展并说明逾期原因', replyDue, issuedBy: null });
          existing.push(`missing_report:${reason}`);
          result.issued++;
        }
      }
      // One open notice per red task is enough: a task already under any notice gets no second one.
      if (rule.noticeOnRed && t.status === 'red' && existing.length === 0) {
        await insertNotice(trx, who, ctx, t, { level: '重点', trigger: 'red_status', reason: '任务亮红灯', requirement: '请说明滞后原因，提出整改措施和完成时限', replyDue, issuedBy: null });
        result.issued++;
      }
    }
    await ctx.audit.record(trx, who, { action: 'supervision.sweep', entityType: 'plan_year', entityId: year, after: result });
  });
  return result;
}

// ── closing (销号) ──

export async function requestClose(ctx: AppContext, actor: Actor, taskId: number, input: { evidence: string; attachmentIds: number[] }) {
  requirePermission(actor, 'plan.report');
  return ctx.db.transaction().execute(async (trx) => {
    await lockForChain(trx, closeRequestLockKey(taskId));
    const task = await visibleTask(trx, actor, taskId);
    if (!taskAbilities(actor, task.path).report) throw new AppError('report.not_lead_unit');
    if (task.state !== 'active') throw new AppError('close.not_active');
    if (await trx.selectFrom('closeRequests').select('id').where('taskId', '=', taskId).where('state', '=', 'requested').executeTakeFirst()) throw new AppError('close.open_request');
    if (!input.evidence.trim() && input.attachmentIds.length === 0) throw new AppError('close.no_evidence');
    const latest = await trx.selectFrom('progressReports').select(['cumulativePct', 'cumulativeValue']).where('taskId', '=', taskId).where('state', '=', 'approved').orderBy('period', 'desc').limit(1).executeTakeFirst();
    if (task.targetValue !== null && task.targetDirection !== 'atMost') {
      const actual = latest?.cumulativeValue ?? ((latest?.cumulativePct ?? 0) / 100) * task.targetValue;
      if (actual < task.targetValue) throw new AppError('close.target_not_met', { actual, target: task.targetValue });
    } else if ((latest?.cumulativePct ?? 0) < 100) {
      throw new AppError('close.target_not_met', { actual: `${latest?.cumulativePct ?? 0}%`, target: '100%' });
    }
    for (const a of input.attachmentIds) {
      const att = await trx.selectFrom('attachments').select(['id', 'uploadedBy', 'ownerType']).where('id', '=', a).executeTakeFirst();
      if (!att || (att.ownerType === 'pending' && att.uploadedBy !== actor.userId)) throw new AppError('record.not_found');
    }
    const now = nowIso();
    const { id } = await trx.insertInto('closeRequests').values({
      taskId, evidence: input.evidence, attachmentIds: JSON.stringify(input.attachmentIds), requestedBy: actor.userId, requestedAt: now, state: 'requested',
      decidedBy: null, decidedAt: null, reason: null, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
    }).returning('id').executeTakeFirstOrThrow();
    if (input.attachmentIds.length) await trx.updateTable('attachments').set({ ownerType: 'close_request', ownerId: id }).where('id', 'in', input.attachmentIds).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'task.close_request', entityType: 'task', entityId: taskId, after: { requestId: id, ...input } });
    return { id };
  });
}

export async function decideClose(ctx: AppContext, actor: Actor, taskId: number, input: { action: 'approve' | 'reject'; reason?: string; version: number }) {
  requirePermission(actor, 'plan.review');
  if (input.action === 'reject' && !input.reason?.trim()) throw new AppError('report.reason_required');
  return ctx.db.transaction().execute(async (trx) => {
    const task = await visibleTask(trx, actor, taskId);
    const req = await trx.selectFrom('closeRequests').selectAll().where('taskId', '=', taskId).where('state', '=', 'requested').executeTakeFirst();
    if (!req) throw new AppError('close.not_requested');
    const now = nowIso();
    const r = await trx.updateTable('closeRequests').set({ state: input.action === 'approve' ? 'approved' : 'rejected', decidedBy: actor.userId, decidedAt: now, reason: input.reason ?? null, version: req.version + 1, updatedAt: now })
      .where('id', '=', req.id).where('version', '=', input.version).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('record.stale');
    if (input.action === 'approve') {
      await trx.updateTable('tasks').set({ state: 'closed', closedAt: now, updatedAt: now }).where('id', '=', taskId).execute();
      await trx.updateTable('supervisionNotices').set({ state: 'closed', updatedAt: now }).where('taskId', '=', taskId).where('state', '=', 'open').execute();
    }
    await touchYearOfTask(trx, taskId);
    await ctx.audit.record(trx, auditActorOf(actor), { action: input.action === 'approve' ? 'task.close' : 'task.close_reject', entityType: 'task', entityId: taskId, after: { requestId: req.id, reason: input.reason ?? null } });
    await notify(trx, [...(await reportersOf(trx, task.leadUnitId)), ...(await followers(trx, taskId))], {
      kind: 'close', title: input.action === 'approve' ? `已销号：${task.title}` : `销号申请被退回：${task.title}`, body: input.reason ?? '', link: `/plan/tasks/${taskId}`,
    });
    return { state: input.action === 'approve' ? 'closed' : 'active' };
  });
}

export async function setFollow(ctx: AppContext, actor: Actor, taskId: number, follow: boolean) {
  requirePermission(actor, 'plan.read');
  await visibleTask(ctx.db, actor, taskId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('taskFollows').where('taskId', '=', taskId).where('userId', '=', actor.userId).execute();
    // Idempotent: two follows at once (PostgreSQL) both delete nothing and insert; the second one is a no-op.
    if (follow) await trx.insertInto('taskFollows').values({ taskId, userId: actor.userId, createdAt: nowIso() }).onConflict((oc) => oc.doNothing()).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: follow ? 'task.follow' : 'task.unfollow', entityType: 'task', entityId: taskId });
  });
  return { following: follow };
}
