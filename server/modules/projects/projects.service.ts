// Major projects (重大项目): the project library with lifecycle milestones, monthly investment reports
// (draft → submitted → approved | returned; approved is locked), the roll-ups of approved reports by
// category, sector, town and responsible unit against the year's FAI and 建安 targets, projects that
// missed a planned start, and the bottlenecks holding each sector back. A project's status is the work
// plan's RAG kernel (common/status.ts) applied to its annual plan and milestones.
import { computeStatus, type Status } from '../../../common/status.ts';
import { milestoneSteps, type InvestmentReportInput, type ProjectInput, type ProjectUpdate } from '../../../common/projects.ts';
import { addPeriods, compareDates, isoDateAt, parsePeriod, periodEnd, periodOf } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, isUniqueViolation, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { cacheFor, viewerKey, type WriteCache } from '../../platform/write-cache.ts';
import { notify } from '../../platform/notify.ts';
import { statusDateForYear } from '../workplan/workplan.service.ts';
import { overview as economyOverview } from '../economy/economy.service.ts';
import * as repo from './projects.repository.ts';
import { mayReportProject, projectAbilities } from './projects.policy.ts';
import { startBlocker } from '../energy/reviews.service.ts';

const r2 = (v: number) => Math.round(v * 100) / 100;
const r4 = (v: number) => Math.round(v * 10000) / 10000;

export type ProjectFilter = { year: number; category?: string; sector?: string; townId?: number; unitId?: number; tag?: string; q?: string; status?: Status; missedStart?: boolean };

/**
 * Figures of one project as of a date, from its approved reports. Money is reported a month in arrears, so
 * the figures and the status stand at the end of the last month before `asOf`'s (2023-10-31 → end of September).
 * Expected progress runs from the planned start (or 1 January) to 31 December; milestones of the year count.
 */
export function projectFigures(p: repo.ProjectRow, milestones: repo.MilestoneRow[], reports: repo.ReportRow[], asOf: string) {
  const plan = p.planConstruction + p.planEquipment + p.planOther;
  const upTo = periodEnd(addPeriods(periodOf(asOf, 'month'), -1));
  const approved = reports.filter((r) => r.state === 'approved' && compareDates(periodEnd(r.period), upTo) <= 0);
  const cum = r4(approved.reduce((a, r) => a + r.monthTotal, 0));
  const cumConstruction = r4(approved.reduce((a, r) => a + r.construction, 0));
  const completionPct = plan > 0 ? r2((cum / plan) * 100) : null;
  const start = milestones.find((m) => m.step === '开工');
  const missedStart = !!start?.plannedDate && !start.actualDate && compareDates(start.plannedDate, asOf) < 0;
  const inYear = milestones.filter((m) => m.plannedDate && m.plannedDate.startsWith(`${p.year}-`));
  const from = start?.plannedDate && start.plannedDate.startsWith(`${p.year}-`) ? start.plannedDate : `${p.year}-01-01`;
  const st = compareDates(upTo, from) < 0 && !missedStart ? { status: 'grey' as Status, reasons: [] as string[], expectedPct: 0 } : computeStatus({
    today: upTo, start: from, due: `${p.year}-12-31`, state: 'active', actualPct: plan > 0 ? Math.min(100, (cum / plan) * 100) : null,
    milestones: inYear.map((m) => ({ plannedDate: m.plannedDate!, doneDate: m.actualDate })),
  });
  const last = [...reports].sort((a, b) => a.period.localeCompare(b.period)).at(-1) ?? null;
  return {
    figuresAsOf: upTo, plan: r4(plan), cum, cumConstruction, completionPct, constructionSharePct: cum > 0 ? r2((cumConstruction / cum) * 100) : null,
    cumulativeSinceStart: r4(p.completedBefore + cum), missedStart, status: st.status, reasons: st.reasons, expectedPct: st.expectedPct,
    lastReport: last ? { period: last.period, state: last.state } : null,
  };
}

async function asOfFor(ctx: AppContext, year: number): Promise<string> {
  const d = await statusDateForYear(ctx.db, year);
  return compareDates(d, `${year}-12-31`) > 0 ? `${year}-12-31` : d;
}

const evaluatedCache = new WeakMap<AppContext, WriteCache>();

/** The year's projects with their figures and status as the caller sees them; kept until the next write (see write-cache.ts). */
function evaluated(ctx: AppContext, actor: Actor, year: number) {
  return cacheFor(evaluatedCache, ctx, 32).get(ctx, `${viewerKey(actor)}|${year}|${isoDateAt(Date.now())}`, () => evaluate(ctx, actor, year), actor);
}

async function evaluate(ctx: AppContext, actor: Actor, year: number) {
  const asOf = await asOfFor(ctx, year);
  const [projects, milestones, reports, problems] = await Promise.all([
    repo.projects(ctx.db, actor, { year }), repo.milestonesOfYear(ctx.db, year), repo.reportsOfYear(ctx.db, year), repo.openProblemCounts(ctx.db),
  ]);
  const group = <T extends { projectId: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) (m.get(r.projectId) ?? m.set(r.projectId, []).get(r.projectId)!).push(r);
    return m;
  };
  const ms = group(milestones);
  const rs = group(reports);
  const openProblems = new Map(problems.map((p) => [p.refId, Number(p.n)]));
  return {
    asOf,
    items: projects.map((p) => ({
      id: p.id, code: p.code, name: p.name, year: p.year, category: p.category, nature: p.nature, sector: p.sector, tags: JSON.parse(p.tags) as string[],
      townId: p.townId, townName: p.townName, ownerName: p.ownerName, responsibleUnitId: p.responsibleUnitId, responsibleUnitName: p.responsibleUnitName,
      leaderName: p.leaderName, totalInvestment: p.totalInvestment, statsRegistered: !!p.statsRegistered,
      ...projectFigures(p, ms.get(p.id) ?? [], rs.get(p.id) ?? [], asOf),
      openProblems: openProblems.get(p.id) ?? 0,
      abilities: projectAbilities(actor, p.responsibleUnitPath),
    })),
  };
}

export async function listProjects(ctx: AppContext, actor: Actor, f: ProjectFilter & { page: number; pageSize: number }) {
  requirePermission(actor, 'proj.read');
  const { asOf, items } = await evaluated(ctx, actor, f.year);
  const q = f.q?.trim();
  const selected = items.filter((i) => (!f.category || i.category === f.category) && (!f.sector || i.sector === f.sector) && (!f.townId || i.townId === f.townId)
    && (!f.unitId || i.responsibleUnitId === f.unitId) && (!f.tag || i.tags.includes(f.tag)) && (!f.status || i.status === f.status)
    && (!f.missedStart || i.missedStart) && (!q || i.name.includes(q) || i.code.includes(q)));
  return {
    asOf, total: selected.length, items: selected.slice((f.page - 1) * f.pageSize, f.page * f.pageSize),
    abilities: { create: can(actor.role, 'proj.write'), import: can(actor.role, 'proj.write') },
  };
}

export async function getProject(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'proj.read');
  const p = await visibleProject(ctx.db, actor, id);
  const asOf = await asOfFor(ctx, p.year);
  const [milestones, reports, problems, funding] = await Promise.all([
    repo.milestonesOf(ctx.db, id), repo.reportsOf(ctx.db, id),
    ctx.db.selectFrom('problems').innerJoin('orgUnits', 'orgUnits.id', 'problems.ownerUnitId').selectAll('problems').select('orgUnits.name as ownerUnitName')
      .where('source', '=', 'project').where('refId', '=', id).orderBy('raisedAt', 'desc').execute(),
    ctx.db.selectFrom('fundingApplications').selectAll().where('projectId', '=', id).orderBy('id').execute(),
  ]);
  const abilities = projectAbilities(actor, p.responsibleUnitPath);
  return {
    id: p.id, code: p.code, name: p.name, year: p.year, category: p.category, nature: p.nature, sector: p.sector, tags: JSON.parse(p.tags) as string[],
    townId: p.townId, townName: p.townName, ownerName: p.ownerName, responsibleUnitId: p.responsibleUnitId, responsibleUnitName: p.responsibleUnitName,
    leaderName: p.leaderName, totalInvestment: p.totalInvestment, completedBefore: p.completedBefore, planConstruction: p.planConstruction,
    planEquipment: p.planEquipment, planOther: p.planOther, statsRegistered: !!p.statsRegistered, description: p.description, version: p.version,
    asOf, ...projectFigures(p, milestones, reports, asOf),
    milestones: milestoneSteps.map((step) => milestones.find((m) => m.step === step) ?? { projectId: id, step, seq: milestoneSteps.indexOf(step), plannedDate: null, actualDate: null, docNo: '' }),
    reports: reports.map((r) => ({ ...r, abilities: { edit: abilities.report && r.state !== 'approved', review: can(actor.role, 'proj.review') && r.state === 'submitted' } })),
    problems: problems.map((pr) => ({ ...pr, overdue: ['open', 'scheduled', 'decided', 'escalated'].includes(pr.status) && compareDates(pr.dueDate, isoDateAt(Date.now())) < 0 })), funding, abilities,
  };
}

async function visibleProject(db: Executor, actor: Actor, id: number): Promise<repo.ProjectRow> {
  const [p] = await repo.projects(db, actor, { id });
  if (!p) throw new AppError('record.not_found');
  return p;
}

// ── writes ──

function checkMilestones(ms: ProjectInput['milestones']) {
  // Planned dates must not go backwards along the lifecycle order (a step may be skipped).
  const planned = milestoneSteps.map((s) => ms.find((m) => m.step === s)).filter((m) => m?.plannedDate) as { step: string; plannedDate: string }[];
  for (let i = 1; i < planned.length; i++) {
    if (compareDates(planned[i].plannedDate, planned[i - 1].plannedDate) < 0) throw new AppError('proj.milestones_out_of_order', { later: planned[i].step, earlier: planned[i - 1].step });
  }
}

async function checkUnits(db: Executor, ids: (number | null | undefined)[]) {
  for (const u of ids) if (u !== null && u !== undefined && !(await db.selectFrom('orgUnits').select('id').where('id', '=', u).executeTakeFirst())) throw new AppError('proj.unit_not_found', { id: u });
}

async function writeMilestones(trx: Trx, projectId: number, ms: ProjectInput['milestones']) {
  await trx.deleteFrom('projectMilestones').where('projectId', '=', projectId).execute();
  const rows = ms.filter((m) => m.plannedDate || m.actualDate || m.docNo).map((m) => ({ projectId, step: m.step, seq: milestoneSteps.indexOf(m.step), plannedDate: m.plannedDate, actualDate: m.actualDate, docNo: m.docNo }));
  if (rows.length) await trx.insertInto('projectMilestones').values(rows).execute();
}

/** Inserts a project inside the caller's transaction (API, import, demo). */
export async function insertProject(trx: Trx, actorId: number | null, input: ProjectInput, isDemo = false): Promise<number> {
  checkMilestones(input.milestones);
  await checkUnits(trx, [input.responsibleUnitId, input.townId]);
  if (await trx.selectFrom('projects').select('id').where('code', '=', input.code).executeTakeFirst()) throw new AppError('proj.code_taken', { code: input.code });
  const now = nowIso();
  const { milestones, tags, statsRegistered, ...fields } = input;
  try {
    const { id } = await trx.insertInto('projects').values({
      ...fields, tags: JSON.stringify(tags), statsRegistered: statsRegistered ? 1 : 0, isDemo: isDemo ? 1 : 0, version: 1, createdAt: now, updatedAt: now, createdBy: actorId,
    }).returning('id').executeTakeFirstOrThrow();
    await writeMilestones(trx, id, milestones);
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('proj.code_taken', { code: input.code });
    throw e;
  }
}

export async function createProject(ctx: AppContext, actor: Actor, input: ProjectInput) {
  requirePermission(actor, 'proj.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertProject(trx, actor.userId, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'project.create', entityType: 'project', entityId: id, after: input });
    return id;
  });
  return getProject(ctx, actor, id);
}

export async function updateProjectInTrx(trx: Trx, actor: Actor, id: number, input: ProjectUpdate, ctx: AppContext) {
  const before = await trx.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw new AppError('record.not_found');
  if (input.milestones) checkMilestones(input.milestones);
  // Recording 开工 through the edit form is held to the same energy-review rule as recordMilestone.
  if (input.milestones?.some((m) => m.step === '开工' && m.actualDate)) {
    const started = await trx.selectFrom('projectMilestones').select('actualDate').where('projectId', '=', id).where('step', '=', '开工').executeTakeFirst();
    const blocker = started?.actualDate ? null : await startBlocker(trx, id);
    if (blocker) throw new AppError('energy.start_without_review', blocker);
  }
  await checkUnits(trx, [input.responsibleUnitId, input.townId]);
  const { milestones, tags, statsRegistered, version, ...fields } = input;
  const total = input.totalInvestment ?? before.totalInvestment;
  const reported = await trx.selectFrom('investmentReports').select(['monthTotal']).where('projectId', '=', id).where('state', '!=', 'returned').execute();
  const cumulative = r4((input.completedBefore ?? before.completedBefore) + reported.reduce((a, r) => a + r.monthTotal, 0));
  if (cumulative > total + 1e-6) throw new AppError('proj.cumulative_exceeds_total', { cumulative, total });
  const r = await trx.updateTable('projects').set({
    ...fields, ...(tags ? { tags: JSON.stringify(tags) } : {}), ...(statsRegistered === undefined ? {} : { statsRegistered: statsRegistered ? 1 : 0 }),
    version: before.version + 1, updatedAt: nowIso(),
  }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  if (affected(r) === 0) throw new AppError('record.stale');
  if (milestones) await writeMilestones(trx, id, milestones);
  await ctx.audit.record(trx, auditActorOf(actor), { action: 'project.update', entityType: 'project', entityId: id, before, after: input });
}

export async function updateProject(ctx: AppContext, actor: Actor, id: number, input: ProjectUpdate) {
  requirePermission(actor, 'proj.write');
  await ctx.db.transaction().execute((trx) => updateProjectInTrx(trx, actor, id, input, ctx));
  return getProject(ctx, actor, id);
}

/** Milestone dates as they happen, by the responsible unit (actual date and document number only). */
export async function recordMilestone(ctx: AppContext, actor: Actor, id: number, step: string, input: { actualDate: string | null; docNo: string }) {
  requirePermission(actor, 'proj.report');
  await ctx.db.transaction().execute(async (trx) => {
    const p = await visibleProject(trx, actor, id);
    if (!mayReportProject(actor, p.responsibleUnitPath)) throw new AppError('auth.forbidden');
    // 《固定资产投资项目节能审查办法》: a project whose energy review is required may not start before it is approved.
    if (step === '开工' && input.actualDate) {
      const blocker = await startBlocker(trx, id);
      if (blocker) throw new AppError('energy.start_without_review', blocker);
    }
    const before = await trx.selectFrom('projectMilestones').selectAll().where('projectId', '=', id).where('step', '=', step).executeTakeFirst();
    if (before) await trx.updateTable('projectMilestones').set({ actualDate: input.actualDate, docNo: input.docNo }).where('projectId', '=', id).where('step', '=', step).execute();
    else await trx.insertInto('projectMilestones').values({ projectId: id, step, seq: milestoneSteps.indexOf(step as never), plannedDate: null, actualDate: input.actualDate, docNo: input.docNo }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'project.milestone', entityType: 'project', entityId: id, before, after: { step, ...input } });
  });
  return getProject(ctx, actor, id);
}

export async function saveReport(ctx: AppContext, actor: Actor, projectId: number, period: string, input: InvestmentReportInput) {
  requirePermission(actor, 'proj.report');
  const reportId = await ctx.db.transaction().execute(async (trx) => {
    const p = await visibleProject(trx, actor, projectId);
    if (!mayReportProject(actor, p.responsibleUnitPath)) throw new AppError('auth.forbidden');
    const per = parsePeriod(period)!;
    if (per.year !== p.year) throw new AppError('proj.period_outside_year', { year: p.year });
    if (compareDates(periodEnd(period), isoDateAt(Date.now())) >= 0) throw new AppError('proj.period_not_ended', { period });
    const sum = r4(input.construction + input.equipment + input.other);
    if (Math.abs(sum - input.monthTotal) > 0.01) throw new AppError('proj.components_mismatch', { sum, total: input.monthTotal });
    const before = await trx.selectFrom('investmentReports').selectAll().where('projectId', '=', projectId).where('period', '=', period).executeTakeFirst();
    if (before?.state === 'approved') throw new AppError('proj.report_locked', { period });
    if (before && input.version !== undefined && input.version !== before.version) throw new AppError('record.stale');
    const others = await trx.selectFrom('investmentReports').select('monthTotal').where('projectId', '=', projectId).where('period', '!=', period).where('state', '!=', 'returned').execute();
    const cumulative = r4(p.completedBefore + others.reduce((a, r) => a + r.monthTotal, 0) + input.monthTotal);
    if (cumulative > p.totalInvestment + 1e-6) throw new AppError('proj.cumulative_exceeds_total', { cumulative, total: p.totalInvestment });
    const start = await trx.selectFrom('projectMilestones').select('actualDate').where('projectId', '=', projectId).where('step', '=', '开工').executeTakeFirst();
    const started = !!start?.actualDate && compareDates(start.actualDate, periodEnd(period)) <= 0;
    if (!started && input.monthTotal > 0 && !input.explanation.trim()) throw new AppError('proj.not_started_explanation');
    const now = nowIso();
    const fields = {
      monthTotal: input.monthTotal, construction: input.construction, equipment: input.equipment, other: input.other, physicalProgress: input.physicalProgress,
      physicalQuantity: input.physicalQuantity, physicalUnit: input.physicalUnit, explanation: input.explanation, state: input.submit ? 'submitted' : 'draft',
      submittedAt: input.submit ? now : null, submittedBy: input.submit ? actor.userId : null, reviewedAt: null, reviewedBy: null, returnReason: null, updatedAt: now,
    };
    let id: number;
    if (!before) {
      try {
        ({ id } = await trx.insertInto('investmentReports').values({ projectId, year: p.year, period, ...fields, version: 1, createdAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow());
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('record.stale');
        throw e;
      }
    } else {
      const r = await trx.updateTable('investmentReports').set({ ...fields, version: before.version + 1 }).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
      if (affected(r) === 0) throw new AppError('record.stale');
      id = before.id;
    }
    await ctx.audit.record(trx, auditActorOf(actor), { action: input.submit ? 'investment.submit' : 'investment.save', entityType: 'investment_report', entityId: id, before, after: { project: p.code, period, ...input } });
    return id;
  });
  return trxReport(ctx, reportId);
}

async function trxReport(ctx: AppContext, id: number) {
  return ctx.db.selectFrom('investmentReports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function reviewReport(ctx: AppContext, actor: Actor, id: number, input: { action: 'approve' | 'return'; reason?: string; version: number }) {
  requirePermission(actor, 'proj.review');
  if (input.action === 'return' && !input.reason?.trim()) throw new AppError('proj.return_reason_required');
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('investmentReports').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw new AppError('record.not_found');
    if (r.state !== 'submitted') throw new AppError('proj.not_submitted');
    const approve = input.action === 'approve';
    const now = nowIso();
    const u = await trx.updateTable('investmentReports').set({ state: approve ? 'approved' : 'returned', reviewedAt: now, reviewedBy: actor.userId, returnReason: approve ? null : input.reason!.trim(), version: r.version + 1, updatedAt: now })
      .where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
    if (affected(u) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: approve ? 'investment.approve' : 'investment.return', entityType: 'investment_report', entityId: id, after: { reason: input.reason ?? null } });
    if (!approve && r.submittedBy) {
      const p = await trx.selectFrom('projects').select(['name']).where('id', '=', r.projectId).executeTakeFirstOrThrow();
      await notify(trx, [r.submittedBy], { kind: 'investment.returned', title: `${p.name} ${r.period} 投资月报被退回`, body: `退回原因：${input.reason}`, link: `/projects/${r.projectId}`, dedupeKey: `inv-returned-${id}-${r.version}` });
    }
  });
  return trxReport(ctx, id);
}

// ── roll-ups ──

type Item = Awaited<ReturnType<typeof evaluated>>['items'][number];

function groupBy(items: Item[], key: (i: Item) => string | null, idOf: (i: Item) => number | null = () => null) {
  const m = new Map<string, Item[]>();
  for (const i of items) {
    const k = key(i) ?? '未填写';
    (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  }
  return [...m.entries()].map(([name, rows]) => {
    const plan = r4(rows.reduce((a, r) => a + r.plan, 0));
    const cum = r4(rows.reduce((a, r) => a + r.cum, 0));
    return {
      id: idOf(rows[0]), name, projects: rows.length, plan, cum, cumConstruction: r4(rows.reduce((a, r) => a + r.cumConstruction, 0)), completionPct: plan > 0 ? r2((cum / plan) * 100) : null,
      red: rows.filter((r) => r.status === 'red').length, yellow: rows.filter((r) => r.status === 'yellow').length, green: rows.filter((r) => r.status === 'green').length,
    };
  }).sort((a, b) => b.plan - a.plan);
}

/** District roll-up of approved reports, its groupings, missed starts, bottlenecks by sector, and the FAI/建安 indicators against their targets. */
export async function rollup(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'proj.read');
  return cacheFor(evaluatedCache, ctx, 32).get(ctx, `rollup|${viewerKey(actor)}|${year}|${isoDateAt(Date.now())}`, () => computeRollup(ctx, actor, year), actor);
}

const rollupJsonCache = new WeakMap<AppContext, WriteCache>();

/** The roll-up as the route sends it: JSON bytes built once per write (at city scale the answer is large; building it per request was the cost). */
export async function rollupJson(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  requirePermission(actor, 'proj.read');
  return cacheFor(rollupJsonCache, ctx, 32).get(ctx, `${viewerKey(actor)}|${year}|${isoDateAt(Date.now())}`, async () => Buffer.from(JSON.stringify(await computeRollup(ctx, actor, year))), actor);
}

async function computeRollup(ctx: AppContext, actor: Actor, year: number) {
  const { asOf, items } = await evaluated(ctx, actor, year);
  const plan = r4(items.reduce((a, r) => a + r.plan, 0));
  const planConstruction = r4((await repo.projects(ctx.db, actor, { year })).reduce((a, p) => a + p.planConstruction, 0));
  const cum = r4(items.reduce((a, r) => a + r.cum, 0));
  const cumConstruction = r4(items.reduce((a, r) => a + r.cumConstruction, 0));
  const month = Number(asOf.slice(5, 7)) - 1; // money is reported a month in arrears
  const problems = await repo.openProblemsBySector(ctx.db, year);
  const ids = new Set(items.map((i) => i.id));
  const factors = new Map<string, { sector: string; total: number; byType: Record<string, number>; items: { problemId: number; title: string; type: string; projectName: string; dueDate: string; overdue: boolean }[] }>();
  for (const p of problems.filter((x) => ids.has(x.refId!))) {
    const f = factors.get(p.sector) ?? factors.set(p.sector, { sector: p.sector, total: 0, byType: {}, items: [] }).get(p.sector)!;
    f.total++;
    f.byType[p.type] = (f.byType[p.type] ?? 0) + 1;
    f.items.push({ problemId: p.id, title: p.title, type: p.type, projectName: p.projectName, dueDate: p.dueDate, overdue: compareDates(p.dueDate, isoDateAt(Date.now())) < 0 }); // as the ledger says: against today
  }
  // The district's FAI and 建安 growth come from the statistics (economy module), not from summing this ledger.
  const econ = can(actor.role, 'econ.read') ? await economyOverview(ctx, actor, year) : null;
  const indicator = (code: string) => {
    const row = econ?.items.find((i) => i.indicator.code === code);
    return row ? { name: row.indicator.name, period: row.latest?.period ?? null, growthPct: row.latest?.growthPct ?? null, targetPct: row.target?.growthPct ?? null, gapPp: row.latest?.gapPp ?? null, status: row.latest?.status ?? 'grey' } : null;
  };
  return {
    year, asOf,
    totals: {
      projects: items.length, plan, planConstruction, cum, cumConstruction, completionPct: plan > 0 ? r2((cum / plan) * 100) : null,
      constructionCompletionPct: planConstruction > 0 ? r2((cumConstruction / planConstruction) * 100) : null, timeProgressPct: r2((month / 12) * 100),
      byStatus: { green: items.filter((i) => i.status === 'green').length, yellow: items.filter((i) => i.status === 'yellow').length, red: items.filter((i) => i.status === 'red').length, grey: items.filter((i) => i.status === 'grey').length },
    },
    statistics: { fai: indicator('FAI'), construction: indicator('FAI-CI') },
    byCategory: groupBy(items, (i) => i.category), bySector: groupBy(items, (i) => i.sector), byTown: groupBy(items, (i) => i.townName, (i) => i.townId), byUnit: groupBy(items, (i) => i.responsibleUnitName, (i) => i.responsibleUnitId),
    missedStarts: items.filter((i) => i.missedStart).map((i) => ({ id: i.id, code: i.code, name: i.name, responsibleUnitName: i.responsibleUnitName, openProblems: i.openProblems })),
    factors: [...factors.values()].sort((a, b) => b.total - a.total),
  };
}

/** The plan years that hold projects, newest first. */
export async function projectYears(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'proj.read');
  return { years: (await ctx.db.selectFrom('projects').select('year').distinct().orderBy('year', 'desc').execute()).map((y) => y.year) };
}
