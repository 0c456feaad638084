// Enterprise demands (诉求): received by the steward (from a visit, a call, online or 12345), dispatched to
// the responsible unit with the category's time limit, accepted, answered, rated by the enterprise,
// closed; a unit may return one that is not its business, and one no unit can solve is escalated into
// the shared problem ledger, from where it can go to a joint meeting. Every step is an event.
import { sql } from 'kysely';
import { demandRates, demandStateLabels, demandTransitions, type DemandAction, type DemandState } from '../../../common/enterprises.ts';
import { compareDates, isoDateAt } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, inScope, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, nowIso, type Executor } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, reportersOf } from '../../platform/notify.ts';
import { insertProblem } from '../projects/problems.service.ts';
import { insertDemand } from './enterprises.service.ts';

type DemandFilter = { id?: number; state?: string; category?: string; handlerUnitId?: number; enterpriseId?: number; open?: boolean; year?: number };

function demandQuery(db: Executor, f: DemandFilter) {
  return db.selectFrom('demands as d')
    .innerJoin('enterprises as e', 'e.id', 'd.enterpriseId')
    .leftJoin('orgUnits as h', 'h.id', 'd.handlerUnitId')
    .$if(f.id !== undefined, (q) => q.where('d.id', '=', f.id!))
    .$if(!!f.state, (q) => q.where('d.state', '=', f.state!))
    .$if(!!f.category, (q) => q.where('d.category', '=', f.category!))
    .$if(f.handlerUnitId !== undefined, (q) => q.where('d.handlerUnitId', '=', f.handlerUnitId!))
    .$if(f.enterpriseId !== undefined, (q) => q.where('d.enterpriseId', '=', f.enterpriseId!))
    .$if(!!f.open, (q) => q.where('d.state', 'not in', ['closed', 'escalated']))
    .$if(f.year !== undefined, (q) => q.where('d.receivedOn', 'like', `${f.year}-%`));
}

function demandRows(db: Executor, f: DemandFilter) {
  return withColumns(demandQuery(db, f)).orderBy('d.receivedOn', 'desc').orderBy('d.id', 'desc').execute();
}

function withColumns<Q extends ReturnType<typeof demandQuery>>(q: Q) {
  return q.selectAll('d').select(['e.name as enterpriseName', 'e.stewardUserId', 'h.name as handlerUnitName', 'h.path as handlerPath']);
}
type DemandRow = Awaited<ReturnType<typeof demandRows>>[number];

/** Units see the demands routed to them; stewards those of their enterprises; the division and leaders all. */
function visible(actor: Actor, d: DemandRow): boolean {
  if (!['unit_reporter', 'service_steward'].includes(actor.role)) return true;
  return d.stewardUserId === actor.userId || (d.handlerPath !== null && inScope(scopeOf(actor), d.handlerPath));
}

function abilities(actor: Actor, d: DemandRow) {
  const steward = d.stewardUserId === actor.userId || can(actor.role, 'ent.write');
  const handler = can(actor.role, 'ent.handle') && (can(actor.role, 'ent.write') || (d.handlerPath !== null && inScope(scopeOf(actor), d.handlerPath)));
  const allowed = (a: DemandAction) => (demandTransitions[a].from as readonly string[]).includes(d.state);
  return {
    dispatch: steward && can(actor.role, 'ent.serve') && allowed('dispatch'), accept: handler && allowed('accept'), return: handler && allowed('return'), answer: handler && allowed('answer'),
    evaluate: steward && can(actor.role, 'ent.serve') && allowed('evaluate'), close: steward && can(actor.role, 'ent.serve') && allowed('close'),
    reopen: steward && can(actor.role, 'ent.serve') && allowed('reopen') && d.reopenCount < 1, escalate: can(actor.role, 'ent.write') && allowed('escalate'),
  };
}

function viewOf(actor: Actor, d: DemandRow, today: string) {
  const { handlerPath: _h, ...rest } = d;
  const open = !['closed', 'escalated'].includes(d.state);
  return { ...rest, stateLabel: demandStateLabels[d.state as DemandState].zh, overdue: open && !['answered', 'evaluated'].includes(d.state) && compareDates(d.dueOn, today) < 0, abilities: abilities(actor, d) };
}

/** States in which a passed time limit makes a demand overdue (answered and evaluated ones wait for the enterprise). */
const overdueStates = ['received', 'dispatched', 'in_progress', 'returned'];

export async function listDemands(ctx: AppContext, actor: Actor, f: DemandFilter & { overdue?: boolean; page: number; pageSize: number }) {
  requirePermission(actor, 'ent.read');
  const today = isoDateAt(Date.now());
  // Counted and paged in the database (the city holds 100,000 demands): the same visibility as visible(),
  // the same overdue rule as viewOf().
  const scope = scopeOf(actor);
  const base = demandQuery(ctx.db, f).$if(['unit_reporter', 'service_steward'].includes(actor.role), (q) => q.where((eb) => eb.or([
    eb('e.stewardUserId', '=', actor.userId),
    ...(scope.kind === 'subtree' ? [eb('h.path', 'like', `${scope.path}%`)] : []),
  ])));
  const counts = await base.select([
    sql<number>`count(*)`.as('n'),
    sql<number>`coalesce(sum(case when d.state in (${sql.join(overdueStates)}) and d.due_on < ${today} then 1 else 0 end), 0)`.as('overdue'),
  ]).executeTakeFirstOrThrow();
  const rows = await withColumns(base)
    .$if(!!f.overdue, (q) => q.where('d.state', 'in', overdueStates).where('d.dueOn', '<', today))
    .orderBy('d.receivedOn', 'desc').orderBy('d.id', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute();
  return {
    total: Number(f.overdue ? counts.overdue : counts.n), overdue: Number(counts.overdue),
    items: rows.map((d) => viewOf(actor, d, today)), abilities: { create: can(actor.role, 'ent.serve') },
  };
}

export async function getDemand(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'ent.read');
  const [d] = await demandRows(ctx.db, { id });
  if (!d || !visible(actor, d)) throw new AppError('record.not_found');
  const events = await ctx.db.selectFrom('demandEvents').selectAll().where('demandId', '=', id).orderBy('id').execute();
  return { ...viewOf(actor, d, isoDateAt(Date.now())), events };
}

export async function createDemand(ctx: AppContext, actor: Actor, input: { enterpriseId: number; channel: string; category: string; text: string; receivedOn: string }) {
  requirePermission(actor, 'ent.serve');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const e = await trx.selectFrom('enterprises').select(['stewardUserId']).where('id', '=', input.enterpriseId).executeTakeFirst();
    if (!e) throw new AppError('record.not_found');
    if (e.stewardUserId !== actor.userId && !can(actor.role, 'ent.write')) throw new AppError('ent.not_steward');
    if (compareDates(input.receivedOn, isoDateAt(Date.now())) > 0) throw new AppError('ent.visit_in_future');
    const id = await insertDemand(trx, actor, { ...input, visitId: null, category: input.category as never });
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'demand.create', entityType: 'demand', entityId: id, after: input });
    return id;
  });
  return getDemand(ctx, actor, id);
}

/** One step of the lifecycle; refused when the state cannot reach it or the actor's part does not allow it. */
export async function actOnDemand(ctx: AppContext, actor: Actor, id: number, input: { action: DemandAction; handlerUnitId?: number; note: string; satisfaction?: string; version: number }) {
  requirePermission(actor, 'ent.read');
  await ctx.db.transaction().execute(async (trx) => {
    const [d] = await demandRows(trx, { id });
    if (!d || !visible(actor, d)) throw new AppError('record.not_found');
    const t = demandTransitions[input.action];
    if (!(t.from as readonly string[]).includes(d.state)) throw new AppError('ent.demand_transition', { state: demandStateLabels[d.state as DemandState].zh, action: input.action });
    const ab = abilities(actor, d);
    if (!ab[input.action]) {
      if (input.action === 'reopen' && d.reopenCount >= 1) throw new AppError('ent.reopen_once');
      throw new AppError(['accept', 'return', 'answer'].includes(input.action) ? 'ent.not_handler' : input.action === 'escalate' ? 'auth.forbidden' : 'ent.not_steward');
    }
    const set: Record<string, unknown> = { state: t.to };
    const today = isoDateAt(Date.now());
    let note = input.note;
    if (input.action === 'dispatch') {
      if (!input.handlerUnitId) throw new AppError('ent.demand_handler_required');
      const unit = await trx.selectFrom('orgUnits').select(['id', 'name']).where('id', '=', input.handlerUnitId).executeTakeFirst();
      if (!unit) throw new AppError('ent.unit_not_found', { id: input.handlerUnitId });
      set.handlerUnitId = input.handlerUnitId;
      note = `转${unit.name}办理${input.note ? `：${input.note}` : ''}`; // the trail says where it went
    }
    if (input.action === 'answer') {
      if (!input.note.trim()) throw new AppError('ent.demand_reply_required');
      set.reply = input.note.trim();
    }
    if ((input.action === 'return' || input.action === 'reopen' || input.action === 'escalate') && !input.note.trim()) throw new AppError('ent.demand_reason_required');
    if (input.action === 'evaluate') {
      if (!input.satisfaction) throw new AppError('ent.satisfaction_required');
      set.satisfaction = input.satisfaction;
    }
    if (input.action === 'close') set.closedOn = today;
    if (input.action === 'reopen') {
      set.reopenCount = d.reopenCount + 1;
      set.satisfaction = null;
    }
    if (input.action === 'escalate') {
      // Raised by the business-environment division on the enterprise's behalf; owned by the unit that could not solve it.
      const bizEnv = await trx.selectFrom('orgUnits').select('id').where('code', '=', 'DRC-BIZENV').executeTakeFirst();
      const problemId = await insertProblem(trx, { ...actor, role: 'division_staff' }, {
        source: 'enterprise', refId: d.enterpriseId, type: '其他', title: `${d.enterpriseName}：${d.category}诉求`, description: `${d.text}\n（提级原因：${input.note}）`,
        raisedByUnitId: bizEnv?.id ?? d.handlerUnitId!, ownerUnitId: d.handlerUnitId!, dueDate: d.dueOn, severity: 2,
      });
      set.problemId = problemId;
    }
    const now = nowIso();
    const r = await trx.updateTable('demands').set({ ...set, version: d.version + 1, updatedAt: now }).where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await trx.insertInto('demandEvents').values({ demandId: id, at: now, byName: actor.displayName, action: input.action, fromState: d.state, toState: t.to, note: input.satisfaction ? `${input.satisfaction}${note ? `：${note}` : ''}` : note }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: `demand.${input.action}`, entityType: 'demand', entityId: id, before: { state: d.state }, after: { ...set } });
    if (input.action === 'dispatch') await notify(trx, await reportersOf(trx, input.handlerUnitId!), { kind: 'demand.dispatched', title: `企业诉求待办：${d.enterpriseName}`, body: `${d.category}：${d.text.slice(0, 60)}（${d.dueOn} 前答复）`, link: `/enterprises/demands/${id}`, dedupeKey: `demand-dispatch-${id}-${d.version}` });
    if ((input.action === 'answer' || input.action === 'return') && d.stewardUserId) await notify(trx, [d.stewardUserId], { kind: `demand.${input.action}`, title: `诉求${input.action === 'answer' ? '已答复' : '被退回'}：${d.enterpriseName}`, body: input.note.slice(0, 200), link: `/enterprises/demands/${id}`, dedupeKey: `demand-${input.action}-${id}-${d.version}` });
  });
  return getDemand(ctx, actor, id);
}

/** Closure, on-time and satisfaction rates by handling unit and by category. */
export async function demandStats(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'ent.read');
  const rows = (await ctx.db.selectFrom('demands').leftJoin('orgUnits', 'orgUnits.id', 'demands.handlerUnitId')
    .select(['demands.state', 'demands.satisfaction', 'demands.closedOn', 'demands.dueOn', 'demands.category', 'orgUnits.name as unitName'])
    .where('demands.receivedOn', 'like', `${year}-%`).execute());
  const group = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, typeof rows>();
    for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
    return [...m.entries()].map(([name, rs]) => ({ name, ...demandRates(rs) })).sort((a, b) => b.total - a.total);
  };
  const today = isoDateAt(Date.now());
  return {
    year, overall: demandRates(rows), byUnit: group((r) => r.unitName ?? '未转办'), byCategory: group((r) => r.category),
    overdue: rows.filter((r) => !['closed', 'escalated', 'answered', 'evaluated'].includes(r.state) && compareDates(r.dueOn, today) < 0).length,
  };
}

/** Overdue demands: the handling unit's reporters are reminded once a day. */
export async function remindOverdueDemands(ctx: AppContext) {
  const today = isoDateAt(Date.now());
  const rows = await ctx.db.selectFrom('demands').innerJoin('enterprises', 'enterprises.id', 'demands.enterpriseId').select(['demands.id', 'demands.handlerUnitId', 'demands.dueOn', 'enterprises.name'])
    .where('demands.state', 'in', ['dispatched', 'in_progress']).where('demands.dueOn', '<', today).execute();
  let sent = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const d of rows) if (d.handlerUnitId) sent += await notify(trx, await reportersOf(trx, d.handlerUnitId), { kind: 'demand.overdue', title: `企业诉求逾期：${d.name}`, body: `答复时限 ${d.dueOn} 已过，请尽快办理。`, link: `/enterprises/demands/${d.id}`, dedupeKey: `demand-overdue-${d.id}-${today}` });
  });
  return { overdue: rows.length, sent };
}
