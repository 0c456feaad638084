// The service package (服务包): the enterprise roster with stewards (管家), contacts (phone sealed) and
// service-package contents; yearly tax contributions (财源建设, restricted to ent.tax); the year's visit
// rule (each enterprise at least N visits); visits by the steward; coverage by steward, zone, town and
// industry against the 100% goal with the list of enterprises not yet visited; the enterprise page.
import { visitCoverage, type EnterpriseInput, type DemandCategory } from '../../../common/enterprises.ts';
import { compareDates, isoDateAt, addWorkingDays } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { cacheFor, viewerKey, type WriteCache } from '../../platform/write-cache.ts';
import { demandTimeLimits } from '../../../common/enterprises.ts';

export const DEFAULT_MIN_VISITS = 1;

type Row = Awaited<ReturnType<typeof rows>>[number];
function rows(db: Executor, f: { id?: number; listYear?: number; stewardUserId?: number } = {}) {
  return db.selectFrom('enterprises as e')
    .leftJoin('orgUnits as town', 'town.id', 'e.townId')
    .leftJoin('users as st', 'st.id', 'e.stewardUserId')
    .selectAll('e').select(['town.name as townName', 'st.displayName as stewardName'])
    .$if(f.id !== undefined, (q) => q.where('e.id', '=', f.id!))
    .$if(f.listYear !== undefined, (q) => q.where('e.listYear', '<=', f.listYear!))
    .$if(f.stewardUserId !== undefined, (q) => q.where('e.stewardUserId', '=', f.stewardUserId!))
    .orderBy('e.id').execute();
}

const isMine = (actor: Actor, e: Pick<Row, 'stewardUserId'>) => e.stewardUserId === actor.userId;

/** What an actor may see of an enterprise: private notes only for its own steward and the division; the phone only to stewards and the division. */
function view(ctx: AppContext, actor: Actor, e: Row) {
  const privileged = can(actor.role, 'ent.write');
  const mine = isMine(actor, e);
  const { contactPhoneEnc, privateNotes, ...rest } = e;
  return {
    ...rest, listed: !!e.listed,
    contactPhone: (privileged || mine) && contactPhoneEnc ? ctx.box.open(contactPhoneEnc) : null,
    privateNotes: privileged || mine ? privateNotes : null,
    abilities: { update: privileged, serve: can(actor.role, 'ent.serve') && (mine || privileged), notes: mine || privileged },
  };
}

export async function minVisits(db: Executor, year: number): Promise<number> {
  return (await db.selectFrom('visitRules').select('minVisits').where('year', '=', year).executeTakeFirst())?.minVisits ?? DEFAULT_MIN_VISITS;
}

export async function setVisitRule(ctx: AppContext, actor: Actor, year: number, min: number) {
  requirePermission(actor, 'ent.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('visitRules').selectAll().where('year', '=', year).executeTakeFirst();
    if (before) await trx.updateTable('visitRules').set({ minVisits: min, updatedAt: nowIso() }).where('year', '=', year).execute();
    else await trx.insertInto('visitRules').values({ year, minVisits: min, updatedAt: nowIso() }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'enterprise.visit_rule', entityType: 'visit_rule', entityId: year, before, after: { minVisits: min } });
  });
  return { year, minVisits: min };
}

export async function listEnterprises(ctx: AppContext, actor: Actor, f: { year: number; q?: string; zone?: string; industry?: string; townId?: number; stewardUserId?: number; mine?: boolean; unvisited?: boolean; page: number; pageSize: number }) {
  requirePermission(actor, 'ent.read');
  const [all, visits, min, openDemands] = await Promise.all([
    rows(ctx.db, { listYear: f.year }), visitCounts(ctx.db, f.year), minVisits(ctx.db, f.year),
    ctx.db.selectFrom('demands').select('enterpriseId').select((eb) => eb.fn.countAll<number>().as('n')).where('state', 'not in', ['closed']).groupBy('enterpriseId').execute(),
  ]);
  const vc = new Map(visits.map((v) => [v.enterpriseId, { n: Number(v.n), last: v.last }]));
  const od = new Map(openDemands.map((d) => [d.enterpriseId, Number(d.n)]));
  const q = f.q?.trim();
  const items = all.filter((e) => (!q || e.name.includes(q) || e.uscc.includes(q.toUpperCase())) && (!f.zone || e.zone === f.zone) && (!f.industry || e.industry === f.industry)
    && (!f.townId || e.townId === f.townId) && (!f.stewardUserId || e.stewardUserId === f.stewardUserId) && (!f.mine || isMine(actor, e)) && (!f.unvisited || !vc.has(e.id)))
    .map((e) => ({ ...view(ctx, actor, e), visits: vc.get(e.id)?.n ?? 0, lastVisit: vc.get(e.id)?.last ?? null, visitsDue: Math.max(0, min - (vc.get(e.id)?.n ?? 0)), openDemands: od.get(e.id) ?? 0 }));
  return { total: items.length, minVisits: min, items: items.slice((f.page - 1) * f.pageSize, f.page * f.pageSize), abilities: { create: can(actor.role, 'ent.write'), import: can(actor.role, 'ent.write') } };
}

function visitCounts(db: Executor, year: number) {
  return db.selectFrom('visits').select('enterpriseId').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('visitedOn').as('last')])
    .where('visitedOn', '>=', `${year}-01-01`).where('visitedOn', '<=', `${year}-12-31`).groupBy('enterpriseId').execute();
}

async function enterpriseOrThrow(db: Executor, id: number): Promise<Row> {
  const [e] = await rows(db, { id });
  if (!e) throw new AppError('record.not_found');
  return e;
}

export async function getEnterprise(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'ent.read');
  const e = await enterpriseOrThrow(ctx.db, id);
  const [visits, demands, taxes, applications, leads] = await Promise.all([
    ctx.db.selectFrom('visits').selectAll().where('enterpriseId', '=', id).orderBy('visitedOn', 'desc').execute(),
    ctx.db.selectFrom('demands').leftJoin('orgUnits', 'orgUnits.id', 'demands.handlerUnitId').selectAll('demands').select('orgUnits.name as handlerUnitName').where('enterpriseId', '=', id).orderBy('receivedOn', 'desc').execute(),
    can(actor.role, 'ent.tax') ? ctx.db.selectFrom('enterpriseTaxes').select(['year', 'amount']).where('enterpriseId', '=', id).orderBy('year').execute() : Promise.resolve(null),
    ctx.db.selectFrom('policyApplications').innerJoin('policies', 'policies.id', 'policyApplications.policyId').selectAll('policyApplications').select('policies.title as policyTitle').where('enterpriseId', '=', id).execute(),
    ctx.db.selectFrom('investmentLeads').selectAll().where('referrerEnterpriseId', '=', id).execute(),
  ]);
  const mine = isMine(actor, e) || can(actor.role, 'ent.write');
  return {
    ...view(ctx, actor, e),
    // Visit notes are the steward's working record: other stewards see that a visit happened, not what was said.
    visits: visits.map((v) => ({ ...v, notes: mine ? v.notes : null })),
    demands, taxes, applications, leads,
  };
}

async function checkRefs(db: Executor, input: Partial<EnterpriseInput>) {
  if (input.townId && !(await db.selectFrom('orgUnits').select('id').where('id', '=', input.townId).executeTakeFirst())) throw new AppError('ent.unit_not_found', { id: input.townId });
  if (input.stewardUserId) {
    const u = await db.selectFrom('users').select('role').where('id', '=', input.stewardUserId).executeTakeFirst();
    if (!u) throw new AppError('ent.unit_not_found', { id: input.stewardUserId });
    if (!['service_steward', 'division_staff'].includes(u.role)) throw new AppError('ent.steward_role');
  }
}

export async function insertEnterprise(trx: Trx, ctx: AppContext, actorId: number | null, input: EnterpriseInput, isDemo = false): Promise<number> {
  await checkRefs(trx, input);
  const dup = await trx.selectFrom('enterprises').select(['name']).where('uscc', '=', input.uscc).executeTakeFirst();
  if (dup) throw new AppError('ent.uscc_taken', { uscc: input.uscc, name: dup.name });
  const now = nowIso();
  const { contactPhone, ...fields } = input;
  try {
    const { id } = await trx.insertInto('enterprises').values({
      ...fields, contactPhoneEnc: contactPhone ? ctx.box.seal(contactPhone) : null, listed: 1, privateNotes: '', isDemo: isDemo ? 1 : 0, version: 1, createdAt: now, updatedAt: now, createdBy: actorId,
    }).returning('id').executeTakeFirstOrThrow();
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('ent.uscc_taken', { uscc: input.uscc, name: input.name });
    throw e;
  }
}

export async function createEnterprise(ctx: AppContext, actor: Actor, input: EnterpriseInput) {
  requirePermission(actor, 'ent.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertEnterprise(trx, ctx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'enterprise.create', entityType: 'enterprise', entityId: id, after: { ...input, contactPhone: input.contactPhone ? '***' : '' } });
    return id;
  });
  return getEnterprise(ctx, actor, id);
}

export async function updateEnterprise(ctx: AppContext, actor: Actor, id: number, input: Partial<EnterpriseInput> & { version: number; listed?: boolean; privateNotes?: string }) {
  requirePermission(actor, 'ent.read');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await enterpriseOrThrow(trx, id);
    const { version, contactPhone, listed, privateNotes, ...fields } = input;
    const onlyNotes = Object.keys(fields).length === 0 && contactPhone === undefined && listed === undefined;
    // The division edits everything; a steward edits only the private notes of its own enterprises.
    if (!can(actor.role, 'ent.write') && !(onlyNotes && isMine(actor, before) && can(actor.role, 'ent.serve'))) throw new AppError(isMine(actor, before) ? 'auth.forbidden' : 'ent.not_steward');
    await checkRefs(trx, fields);
    const r = await trx.updateTable('enterprises').set({
      ...fields, ...(contactPhone === undefined ? {} : { contactPhoneEnc: contactPhone ? ctx.box.seal(contactPhone) : null }),
      ...(listed === undefined ? {} : { listed: listed ? 1 : 0 }), ...(privateNotes === undefined ? {} : { privateNotes }), version: before.version + 1, updatedAt: nowIso(),
    }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    const { contactPhoneEnc: _p, ...beforeView } = before;
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'enterprise.update', entityType: 'enterprise', entityId: id, before: beforeView, after: { ...input, contactPhone: contactPhone ? '***' : contactPhone } });
  });
  return getEnterprise(ctx, actor, id);
}

export async function recordTax(ctx: AppContext, actor: Actor, id: number, year: number, amount: number) {
  requirePermission(actor, 'ent.tax');
  requirePermission(actor, 'ent.write');
  await ctx.db.transaction().execute(async (trx) => {
    await enterpriseOrThrow(trx, id);
    const before = await trx.selectFrom('enterpriseTaxes').selectAll().where('enterpriseId', '=', id).where('year', '=', year).executeTakeFirst();
    if (before) await trx.updateTable('enterpriseTaxes').set({ amount }).where('enterpriseId', '=', id).where('year', '=', year).execute();
    else await trx.insertInto('enterpriseTaxes').values({ enterpriseId: id, year, amount }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'enterprise.tax', entityType: 'enterprise', entityId: id, before, after: { year, amount } });
  });
  return { ok: true };
}

// ── visits and coverage ──

export type VisitWrite = { enterpriseId: number; visitedOn: string; form: string; visitors: string; notes: string; demands: { category: DemandCategory; text: string }[] };

/** Records a visit and the demands raised during it (each received with its category's time limit). */
export async function insertVisit(trx: Trx, actor: Actor, v: VisitWrite, today: string): Promise<{ visitId: number; demandIds: number[] }> {
  const e = await enterpriseOrThrow(trx, v.enterpriseId);
  if (!isMine(actor, e) && !can(actor.role, 'ent.write')) throw new AppError('ent.not_steward');
  if (compareDates(v.visitedOn, today) > 0) throw new AppError('ent.visit_in_future');
  const now = nowIso();
  const { id: visitId } = await trx.insertInto('visits').values({ enterpriseId: v.enterpriseId, visitedOn: v.visitedOn, form: v.form, visitors: v.visitors, notes: v.notes, createdBy: actor.userId, createdAt: now }).returning('id').executeTakeFirstOrThrow();
  const demandIds: number[] = [];
  for (const d of v.demands) demandIds.push(await insertDemand(trx, actor, { enterpriseId: v.enterpriseId, visitId, channel: '走访', category: d.category, text: d.text, receivedOn: v.visitedOn }));
  return { visitId, demandIds };
}

export async function insertDemand(trx: Trx, actor: Actor, d: { enterpriseId: number; visitId: number | null; channel: string; category: DemandCategory; text: string; receivedOn: string }): Promise<number> {
  const now = nowIso();
  const dueOn = addWorkingDays(d.receivedOn, demandTimeLimits[d.category]);
  const { id } = await trx.insertInto('demands').values({
    ...d, dueOn, handlerUnitId: null, state: 'received', reply: null, satisfaction: null, closedOn: null, reopenCount: 0, problemId: null, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('demandEvents').values({ demandId: id, at: now, byName: actor.displayName, action: 'receive', fromState: null, toState: 'received', note: d.text }).execute();
  return id;
}

export async function logVisit(ctx: AppContext, actor: Actor, v: VisitWrite) {
  requirePermission(actor, 'ent.serve');
  const out = await ctx.db.transaction().execute(async (trx) => {
    const r = await insertVisit(trx, actor, v, isoDateAt(Date.now()));
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'enterprise.visit', entityType: 'enterprise', entityId: v.enterpriseId, after: { ...v, ...r } });
    return r;
  });
  return out;
}

/** Coverage for a year: overall, by steward, zone, town and industry, and the enterprises not visited yet. */
export async function coverage(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'ent.read');
  return cacheFor(coverageCache, ctx, 32).get(ctx, `${viewerKey(actor)}|${year}|${isoDateAt(Date.now())}`, () => computeCoverage(ctx, actor, year), actor);
}

const coverageCache = new WeakMap<AppContext, WriteCache>();
const coverageJsonCache = new WeakMap<AppContext, WriteCache>();

/** Coverage as the route sends it: JSON bytes built once per write (the unvisited list is long at city scale). */
export async function coverageJson(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  requirePermission(actor, 'ent.read');
  return cacheFor(coverageJsonCache, ctx, 32).get(ctx, `${viewerKey(actor)}|${year}|${isoDateAt(Date.now())}`, async () => Buffer.from(JSON.stringify(await coverage(ctx, actor, year))), actor);
}

async function computeCoverage(ctx: AppContext, actor: Actor, year: number) {
  const [list, visits, min] = await Promise.all([rows(ctx.db, { listYear: year }), visitCounts(ctx.db, year), minVisits(ctx.db, year)]);
  const counts = new Map(visits.map((v) => [v.enterpriseId, Number(v.n)]));
  const visitedIds = [...counts.keys()];
  const by = (key: (e: Row) => string | null) => {
    const m = new Map<string, Row[]>();
    for (const e of list) {
      const k = key(e) ?? '未分配';
      (m.get(k) ?? m.set(k, []).get(k)!).push(e);
    }
    return [...m.entries()].map(([name, es]) => ({ name, ...visitCoverage(es.map((e) => e.id), visitedIds), metMinimum: es.filter((e) => (counts.get(e.id) ?? 0) >= min).length }))
      .sort((a, b) => (a.coveragePct ?? 0) - (b.coveragePct ?? 0));
  };
  const unvisited = list.filter((e) => !counts.has(e.id));
  return {
    year, minVisits: min, targetPct: 100,
    overall: { ...visitCoverage(list.map((e) => e.id), visitedIds), metMinimum: list.filter((e) => (counts.get(e.id) ?? 0) >= min).length },
    bySteward: by((e) => e.stewardName), byZone: by((e) => e.zone), byTown: by((e) => e.townName), byIndustry: by((e) => e.industry),
    unvisited: unvisited.map((e) => ({ id: e.id, name: e.name, uscc: e.uscc, zone: e.zone, townName: e.townName, stewardName: e.stewardName, stewardUserId: e.stewardUserId })),
  };
}

/**
 * 财源建设: enterprises on the list ranked by the year's tax (万元) and its change on the year before, with open demands
 * and visits, and the served enterprises' share of the district's 全口径税收 (the economy module's TAX, latest approved
 * cumulative of that year, in 万元 — its period is stated, since a year in progress is a year-to-date figure).
 */
export async function taxRanking(ctx: AppContext, actor: Actor, year: number, district?: { amount: number; period: string }) {
  requirePermission(actor, 'ent.tax');
  const [list, taxes, openDemands, visits] = await Promise.all([
    rows(ctx.db), ctx.db.selectFrom('enterpriseTaxes').selectAll().where('year', 'in', [year - 1, year]).execute(),
    ctx.db.selectFrom('demands').select('enterpriseId').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '!=', 'closed').groupBy('enterpriseId').execute(),
    visitCounts(ctx.db, year),
  ]);
  const tax = (id: number, y: number) => taxes.find((t) => t.enterpriseId === id && t.year === y)?.amount ?? null;
  const od = new Map(openDemands.map((d) => [d.enterpriseId, Number(d.n)]));
  const visited = new Set(visits.map((v) => v.enterpriseId));
  const items = list.map((e) => {
    const now = tax(e.id, year);
    const prev = tax(e.id, year - 1);
    return { id: e.id, name: e.name, industry: e.industry, zone: e.zone, stewardName: e.stewardName, tax: now, prevTax: prev, changePct: now !== null && prev ? Math.round((now / prev - 1) * 10000) / 100 : null, openDemands: od.get(e.id) ?? 0, visited: visited.has(e.id) };
  }).sort((a, b) => (b.tax ?? -1) - (a.tax ?? -1)).map((x, i) => ({ rank: i + 1, ...x }));
  const served = Math.round(items.reduce((a, i) => a + (i.tax ?? 0), 0) * 10000) / 10000;
  return {
    year, items, servedTax: served, districtTax: district?.amount ?? null, districtTaxPeriod: district?.period ?? null,
    servedSharePct: district ? Math.round((served / district.amount) * 10000) / 100 : null,
    decliningWithOpenDemands: items.filter((i) => i.changePct !== null && i.changePct < 0 && i.openDemands > 0).length,
  };
}

/** The stewards who serve enterprises (and those who could): for pickers and filters. */
export async function stewards(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'ent.read');
  const rows = await ctx.db.selectFrom('users').select(['id', 'displayName']).where('role', '=', 'service_steward').where('active', '=', 1).orderBy('displayName').execute();
  return { items: rows.map((r) => ({ id: r.id, name: r.displayName })) };
}
