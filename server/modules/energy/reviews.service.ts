// Energy review of fixed-asset investment projects (节能审查): the settings (thresholds, yearly factors,
// benchmarks), the conversion calculator, and the case workflow 申报 → 受理 → 评审 (expert opinions) →
// 审查意见 → 批复 or 退回, deadlines in working days, the approval document, and acceptance (验收) against
// the approved figures. A case over the threshold can never be marked as needing no review, and a project
// with a required review that is not approved may not record its 开工 date (startBlocker, used by projects).
import {
  acceptanceVerdict, authorityLabels, checkLines, comprehensive, defaultEnergySettings, energyFactors, energyStandard, energyUnits, factorOf, openReviewStages,
  reviewFlow, reviewNeed, reviewStageLabels, unitsOf, electricityEqualValueOf,
  type EnergyLine, type EnergySettings, type ReviewAction, type ReviewAuthority, type ReviewStage,
} from '../../../common/energy.ts';
import { addWorkingDays, compareDates, isoDateAt } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, nowIso, type Executor, type Trx } from '../../platform/db.ts';
import { buildOfficialDocument } from '../../platform/docx.ts';
import { AppError } from '../../platform/errors.ts';
import { notify, usersWithRole } from '../../platform/notify.ts';

const SETTINGS_KEY = 'energy.settings';
const today = () => isoDateAt(Date.now());

// ── settings ──
export async function loadSettings(db: Executor): Promise<EnergySettings & { version: number }> {
  const row = await db.selectFrom('settings').select(['value', 'version']).where('key', '=', SETTINGS_KEY).executeTakeFirst();
  if (!row) return { ...defaultEnergySettings, version: 0 };
  return { ...defaultEnergySettings, ...(JSON.parse(row.value) as Partial<EnergySettings>), version: row.version };
}

export async function getSettings(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'energy.read');
  return { ...(await loadSettings(ctx.db)), abilities: { write: can(actor.role, 'energy.write') } };
}

export async function saveSettings(ctx: AppContext, actor: Actor, input: EnergySettings & { version: number }) {
  requirePermission(actor, 'energy.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadSettings(trx);
    const { version, ...value } = input;
    if (version !== before.version) throw new AppError('record.stale');
    const now = nowIso();
    if (before.version === 0) await trx.insertInto('settings').values({ key: SETTINGS_KEY, value: JSON.stringify(value), version: 1, updatedAt: now, updatedBy: actor.userId }).execute();
    else {
      const r = await trx.updateTable('settings').set({ value: JSON.stringify(value), version: version + 1, updatedAt: now, updatedBy: actor.userId }).where('key', '=', SETTINGS_KEY).where('version', '=', version).executeTakeFirst();
      if (affected(r) === 0) throw new AppError('record.stale');
    }
    const { version: _v, ...beforeValue } = before;
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.settings_update', entityType: 'settings', entityId: null, before: beforeValue, after: value });
  });
  return getSettings(ctx, actor);
}

/** The factor table as shown on the 折标系数表 page, with the year's electricity and heat 等价值. */
export async function factorTable(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'energy.read');
  const s = await loadSettings(ctx.db);
  return {
    standard: energyStandard, year,
    items: energyFactors.map((f) => ({
      ...f, units: unitsOf(f.code).map((u) => ({ code: u, zh: energyUnits[u].zh, toBase: energyUnits[u].toBase })),
      factorDJ: f.equalValue === 'electricity_year' ? electricityEqualValueOf(s, year) : f.equalValue === 'heat_efficiency' ? Math.round((f.factor / s.heatEfficiency) * 1e6) / 1e6 : f.factor,
    })),
    electricityEqualValue: s.electricityEqualValue, heatEfficiency: s.heatEfficiency,
  };
}

/** Refuses bad lines with the first problem's code, naming its row (1-based) and the allowed units. */
export function assertLines(lines: readonly EnergyLine[]): void {
  const p = checkLines(lines)[0];
  if (!p) return;
  const f = factorOf(p.type);
  throw new AppError(p.code, { row: p.index + 1, type: p.type, typeName: f?.zh ?? p.type, unit: p.unit, allowed: unitsOf(p.type).join('、') });
}

export async function convert(ctx: AppContext, actor: Actor, input: { year: number; lines: EnergyLine[] }) {
  requirePermission(actor, 'energy.read');
  assertLines(input.lines);
  const s = await loadSettings(ctx.db);
  const c = comprehensive(input.lines, s, input.year);
  return { ...c, ...reviewNeed(c, s), thresholds: { exemptTce: s.exemptTce, exemptKwh: s.exemptKwh, cityTce: s.cityTce } };
}

// ── cases ──
function reviewScope(actor: Actor) {
  const scope = scopeOf(actor);
  return scope;
}

function baseQuery(db: Executor, actor: Actor) {
  const scope = reviewScope(actor);
  return db.selectFrom('energyReviews as r')
    .innerJoin('projects as p', 'p.id', 'r.projectId')
    .innerJoin('orgUnits as ru', 'ru.id', 'p.responsibleUnitId')
    .leftJoin('orgUnits as town', 'town.id', 'p.townId')
    .selectAll('r')
    .select(['p.name as projectName', 'p.code as projectCode', 'p.nature as projectNature', 'p.tags as projectTags', 'town.name as townName', 'ru.name as responsibleUnitName'])
    .$if(scope.kind === 'none', (q) => q.where('r.id', '=', -1))
    .$if(scope.kind === 'subtree', (q) => q.where((eb) => eb.or([eb('ru.path', 'like', `${(scope as { path: string }).path}%`), eb('town.path', 'like', `${(scope as { path: string }).path}%`)])));
}
type ReviewRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function present(r: ReviewRow, on: string) {
  const stage = r.stage as ReviewStage;
  return {
    ...r, lines: JSON.parse(r.linesJson) as unknown[], acceptanceLines: r.acceptanceJson ? (JSON.parse(r.acceptanceJson) as unknown[]) : null,
    stageLabel: reviewStageLabels[stage].zh, authorityLabel: authorityLabels[r.authority as ReviewAuthority].zh,
    overdue: !!r.dueOn && openReviewStages.includes(stage) && compareDates(r.dueOn, on) < 0,
    pendingApproval: r.requiresReview === 1 && !['approved', 'verified'].includes(stage),
  };
}

export type ReviewFilter = { stage?: string; overdue?: boolean; pending?: boolean; projectId?: number; page: number; pageSize: number };

export async function listReviews(ctx: AppContext, actor: Actor, f: ReviewFilter) {
  requirePermission(actor, 'energy.read');
  const on = today();
  const rows = await baseQuery(ctx.db, actor)
    .$if(!!f.stage, (q) => q.where('r.stage', '=', f.stage!))
    .$if(f.projectId !== undefined, (q) => q.where('r.projectId', '=', f.projectId!))
    .$if(!!f.overdue, (q) => q.where('r.stage', 'in', [...openReviewStages]).where('r.dueOn', '<', on))
    .$if(!!f.pending, (q) => q.where('r.requiresReview', '=', 1).where('r.stage', 'not in', ['approved', 'verified']))
    .orderBy('r.submittedOn', 'desc').orderBy('r.id', 'desc').execute();
  const items = rows.map((r) => present(r, on));
  return {
    items: items.slice((f.page - 1) * f.pageSize, f.page * f.pageSize), total: items.length,
    abilities: { create: can(actor.role, 'energy.write'), review: can(actor.role, 'energy.review') },
  };
}

export async function getReview(ctx: AppContext, actor: Actor, id: number) {
  requirePermission(actor, 'energy.read');
  const r = await baseQuery(ctx.db, actor).where('r.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('record.not_found');
  const [events, experts, s] = await Promise.all([
    ctx.db.selectFrom('energyReviewEvents').selectAll().where('reviewId', '=', id).orderBy('id').execute(),
    ctx.db.selectFrom('energyExpertOpinions').selectAll().where('reviewId', '=', id).orderBy('id').execute(),
    loadSettings(ctx.db),
  ]);
  const stage = r.stage as ReviewStage;
  const mayReview = can(actor.role, 'energy.review');
  const actions = mayReview ? (Object.keys(reviewFlow) as ReviewAction[]).filter((a) => reviewFlow[a].from.includes(stage) && !(a === 'exempt' && r.requiresReview === 1)) : [];
  return {
    ...present(r, today()), events, experts,
    thresholds: { exemptTce: s.exemptTce, exemptKwh: s.exemptKwh, cityTce: s.cityTce, acceptanceTolerancePct: s.acceptanceTolerancePct },
    abilities: { actions, addExpert: mayReview && ['accepted', 'appraising', 'opinion'].includes(stage), verify: mayReview && stage === 'approved', document: ['approved', 'verified'].includes(stage) },
  };
}

export type ReviewInput = { projectId: number; year: number; applicant: string; submittedOn: string; lines: EnergyLine[]; exemptIndustry: boolean; classified: boolean; note: string };

/** Registers an application inside the caller's transaction (API and demo). */
export async function insertReview(trx: Trx, actor: { userId: number | null; displayName: string }, input: ReviewInput, s: EnergySettings): Promise<number> {
  assertLines(input.lines);
  const project = await trx.selectFrom('projects').select(['id', 'name']).where('id', '=', input.projectId).executeTakeFirst();
  if (!project) throw new AppError('energy.project_not_found');
  const open = await trx.selectFrom('energyReviews').select('stage').where('projectId', '=', input.projectId).where('stage', 'not in', ['returned']).executeTakeFirst();
  if (open) throw new AppError('energy.review_exists', { stage: reviewStageLabels[open.stage as ReviewStage].zh });
  const c = comprehensive(input.lines, s, input.year);
  const need = reviewNeed({ ...c, exemptIndustry: input.exemptIndustry, classified: input.classified }, s);
  const now = nowIso();
  const { lines, exemptIndustry, classified, ...fields } = input;
  const { id } = await trx.insertInto('energyReviews').values({
    ...fields, linesJson: JSON.stringify(c.lines), tceDl: c.tceDL, tceDj: c.tceDJ, electricityKwh: c.electricityKwh,
    exemptIndustry: exemptIndustry ? 1 : 0, classified: classified ? 1 : 0, overThreshold: need.overThreshold ? 1 : 0, requiresReview: need.required ? 1 : 0, authority: need.authority,
    stage: 'submitted', dueOn: addWorkingDays(input.submittedOn, s.acceptDays), acceptedOn: null, opinion: '', conditions: '', opinionNo: null, opinionDate: null, returnReason: null,
    acceptanceJson: null, verifiedOn: null, actualTce: null, deviationPct: null, acceptancePassed: null, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('energyReviewEvents').values({ reviewId: id, at: now, byName: actor.displayName, action: 'submit', fromStage: null, toStage: 'submitted', note: `申报：年综合能耗 ${c.tceDL.toFixed(2)} tce（当量值），用电 ${c.electricityKwh} kWh` }).execute();
  return id;
}

export async function createReview(ctx: AppContext, actor: Actor, input: ReviewInput) {
  requirePermission(actor, 'energy.write');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const s = await loadSettings(trx);
    const id = await insertReview(trx, actor, input, s);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.review_create', entityType: 'energy_review', entityId: id, after: input });
    return id;
  });
  return getReview(ctx, actor, id);
}

export type ActionInput = { action: ReviewAction; note: string; version: number; opinion?: string; conditions?: string; lines?: EnergyLine[] };

/** One workflow step inside the caller's transaction; `on` is the business date of the step. */
export async function applyAction(trx: Trx, actor: { userId: number | null; displayName: string }, id: number, input: ActionInput, on: string, s: EnergySettings) {
  const r = await trx.selectFrom('energyReviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('record.not_found');
  const stage = r.stage as ReviewStage;
  const step = reviewFlow[input.action];
  if (!step.from.includes(stage)) throw new AppError('energy.bad_transition', { stage: reviewStageLabels[stage].zh });
  const set: Record<string, unknown> = { stage: step.to };
  switch (input.action) {
    case 'accept': set.acceptedOn = on; set.dueOn = addWorkingDays(on, s.reviewDays); break;
    case 'draft_opinion':
      if (!input.opinion?.trim()) throw new AppError('energy.opinion_required');
      set.opinion = input.opinion.trim(); set.conditions = input.conditions?.trim() ?? ''; break;
    case 'approve': {
      const n = await trx.selectFrom('energyExpertOpinions').select('id').where('reviewId', '=', id).execute();
      if (n.length === 0) throw new AppError('energy.expert_opinion_required');
      const year = on.slice(0, 4);
      const count = (await trx.selectFrom('energyReviews').select('id').where('opinionNo', 'like', `怀发改能审〔${year}〕%`).execute()).length;
      set.opinionNo = `怀发改能审〔${year}〕${count + 1}号`; set.opinionDate = on; set.dueOn = null; break;
    }
    case 'return':
      if (!input.note.trim()) throw new AppError('energy.reason_required');
      set.returnReason = input.note.trim(); set.dueOn = null; break;
    case 'resubmit': {
      if (input.lines) {
        assertLines(input.lines);
        const c = comprehensive(input.lines, s, r.year);
        const need = reviewNeed({ ...c, exemptIndustry: r.exemptIndustry === 1, classified: r.classified === 1 }, s);
        Object.assign(set, { linesJson: JSON.stringify(c.lines), tceDl: c.tceDL, tceDj: c.tceDJ, electricityKwh: c.electricityKwh, overThreshold: need.overThreshold ? 1 : 0, requiresReview: need.required ? 1 : 0, authority: need.authority });
      }
      set.returnReason = null; set.dueOn = addWorkingDays(on, s.acceptDays); break;
    }
    case 'exempt':
      // The rule, not the clerk, decides: over the threshold (and not an exempt industry or classified) there is no way round the review.
      if (r.requiresReview === 1) throw new AppError('energy.review_required', { tce: r.tceDl.toFixed(2), kwh: r.electricityKwh, exemptTce: s.exemptTce, exemptKwh: s.exemptKwh });
      set.dueOn = null; break;
    default: break;
  }
  const u = await trx.updateTable('energyReviews').set({ ...set, version: r.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
  if (affected(u) === 0) throw new AppError('record.stale');
  await trx.insertInto('energyReviewEvents').values({ reviewId: id, at: nowIso(), byName: actor.displayName, action: input.action, fromStage: stage, toStage: step.to, note: input.note || reviewStageLabels[step.to].zh }).execute();
  return { before: { stage, version: r.version }, set };
}

export async function actOnReview(ctx: AppContext, actor: Actor, id: number, input: ActionInput) {
  requirePermission(actor, 'energy.review');
  await getReview(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    const s = await loadSettings(trx);
    const { before, set } = await applyAction(trx, actor, id, input, today(), s);
    await ctx.audit.record(trx, auditActorOf(actor), { action: `energy.review_${input.action}`, entityType: 'energy_review', entityId: id, before, after: { ...set, note: input.note } });
  });
  return getReview(ctx, actor, id);
}

export type ExpertInput = { expert: string; org: string; conclusion: string; opinion: string; givenOn: string };

export async function insertExpertOpinion(trx: Trx, actor: { userId: number | null; displayName: string }, id: number, input: ExpertInput) {
  const r = await trx.selectFrom('energyReviews').select(['stage']).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('record.not_found');
  if (!['accepted', 'appraising', 'opinion'].includes(r.stage)) throw new AppError('energy.bad_transition', { stage: reviewStageLabels[r.stage as ReviewStage].zh });
  const now = nowIso();
  const { id: oid } = await trx.insertInto('energyExpertOpinions').values({ reviewId: id, ...input, createdAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('energyReviewEvents').values({ reviewId: id, at: now, byName: actor.displayName, action: 'expert', fromStage: r.stage, toStage: r.stage, note: `专家意见（${input.expert}）：${input.conclusion}` }).execute();
  return oid;
}

export async function addExpertOpinion(ctx: AppContext, actor: Actor, id: number, input: ExpertInput) {
  requirePermission(actor, 'energy.review');
  await getReview(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    const oid = await insertExpertOpinion(trx, actor, id, input);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.expert_opinion', entityType: 'energy_review', entityId: id, after: { opinionId: oid, ...input } });
  });
  return getReview(ctx, actor, id);
}

/** 节能验收: the actual annual consumption after completion against the approved (当量值). */
export async function recordAcceptance(ctx: AppContext, actor: Actor, id: number, input: { verifiedOn: string; lines: EnergyLine[]; note: string; version: number }) {
  requirePermission(actor, 'energy.review');
  await getReview(ctx, actor, id);
  assertLines(input.lines);
  await ctx.db.transaction().execute(async (trx) => {
    const s = await loadSettings(trx);
    const set = await acceptanceSet(trx, id, input, s);
    const u = await trx.updateTable('energyReviews').set({ ...set, version: input.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
    if (affected(u) === 0) throw new AppError('record.stale');
    await trx.insertInto('energyReviewEvents').values({ reviewId: id, at: nowIso(), byName: actor.displayName, action: 'verify', fromStage: 'approved', toStage: 'verified', note: `验收：实际 ${set.actualTce.toFixed(2)} tce，偏差 ${set.deviationPct ?? '—'}%，${set.acceptancePassed ? '通过' : '超出批复'}${input.note ? `；${input.note}` : ''}` }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'energy.review_verify', entityType: 'energy_review', entityId: id, before: { stage: 'approved' }, after: set });
  });
  return getReview(ctx, actor, id);
}

export async function acceptanceSet(trx: Executor, id: number, input: { verifiedOn: string; lines: EnergyLine[] }, s: EnergySettings) {
  const r = await trx.selectFrom('energyReviews').select(['stage', 'tceDl', 'year']).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('record.not_found');
  if (r.stage !== 'approved') throw new AppError('energy.bad_transition', { stage: reviewStageLabels[r.stage as ReviewStage].zh });
  const c = comprehensive(input.lines, s, Number(input.verifiedOn.slice(0, 4)));
  const v = acceptanceVerdict(r.tceDl, c.tceDL, s.acceptanceTolerancePct);
  return { stage: 'verified', verifiedOn: input.verifiedOn, acceptanceJson: JSON.stringify(c.lines), actualTce: c.tceDL, deviationPct: v.deviationPct, acceptancePassed: v.passed ? 1 : 0 };
}

/**
 * Why a project may not record its 开工 date: it has a review case that requires a review and is not
 * approved. Null when nothing blocks (no case, no review needed, or approved). Called by the projects module.
 */
export async function startBlocker(db: Executor, projectId: number): Promise<{ project: string; stage: string } | null> {
  const rows = await db.selectFrom('energyReviews as r').innerJoin('projects as p', 'p.id', 'r.projectId')
    .select(['r.stage', 'r.requiresReview', 'p.name']).where('r.projectId', '=', projectId).orderBy('r.id', 'desc').execute();
  if (rows.length === 0) return null;
  if (rows.some((r) => ['approved', 'verified', 'exempt'].includes(r.stage))) return null;
  const last = rows[0];
  if (last.requiresReview !== 1) return null;
  return { project: last.name, stage: reviewStageLabels[last.stage as ReviewStage].zh };
}

/** 节能审查意见（批复）. */
export async function approvalDocx(ctx: AppContext, actor: Actor, id: number): Promise<Buffer> {
  const r = await getReview(ctx, actor, id);
  if (!['approved', 'verified'].includes(r.stage)) throw new AppError('energy.bad_transition', { stage: r.stageLabel });
  const lines = r.lines as { typeName: string; quantity: number; unit: string; factorDL: number; factorDJ: number; baseUnit: string; tceDL: number; tceDJ: number }[];
  const d = (s: string | null) => (s ?? '').replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  const fmt = (v: number) => v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'document.download', entityType: 'energy_review', entityId: id, after: { document: 'approval' } });
  return buildOfficialDocument({
    issuer: '区发展和改革委员会', docNumber: r.opinionNo ?? '', title: `关于${r.projectName}节能报告的审查意见`, recipients: r.applicant,
    blocks: [
      { type: 'p', text: `你单位于${d(r.submittedOn)}报送的${r.projectName}（项目代码 ${r.projectCode}）节能报告收悉。经组织专家评审，依据《固定资产投资项目节能审查办法》（国家发展改革委令2023年第2号），现提出审查意见如下：` },
      { type: 'h1', text: '项目年综合能源消费' },
      { type: 'p', text: `项目年综合能源消费量 ${fmt(r.tceDl)} 吨标准煤（当量值），${fmt(r.tceDj)} 吨标准煤（等价值）；年用电量 ${r.electricityKwh.toLocaleString('zh-CN')} 千瓦时。折标系数采用 ${energyStandard}《综合能耗计算通则》附录参考值。` },
      { type: 'table', headers: ['能源品种', '年用量', '折标系数（当量值）', '折标系数（等价值）', '当量值 tce', '等价值 tce'], widths: [18, 18, 18, 18, 14, 14],
        rows: lines.map((l) => [l.typeName, `${l.quantity} ${l.unit}`, `${l.factorDL} kgce/${l.baseUnit}`, `${l.factorDJ} kgce/${l.baseUnit}`, fmt(l.tceDL), fmt(l.tceDJ)]) },
      { type: 'h1', text: '专家评审意见' },
      ...r.experts.map((e) => ({ type: 'p' as const, text: `${e.expert}${e.org ? `（${e.org}）` : ''}，${d(e.givenOn)}：${e.conclusion}。${e.opinion}` })),
      { type: 'h1', text: '审查意见' },
      { type: 'p', text: r.opinion },
      ...(r.conditions ? [{ type: 'h1' as const, text: '有关要求' }, { type: 'p' as const, text: r.conditions }] : []),
      { type: 'p', text: '项目建成投产前，请你单位按照本审查意见开展节能验收，编制节能验收报告并报我委备案。项目建设地点、建设内容、建设规模、能效水平等发生重大变动，或年综合能源消费量增加 10% 以上的，应重新进行节能审查。本审查意见自印发之日起两年内项目未开工建设的，应重新申请节能审查。' },
    ],
    signature: '区发展和改革委员会', date: r.opinionDate ?? undefined,
  });
}

/** Scheduled: reviews past their deadline in an open stage — the division is reminded once a day per case. */
export async function remindOverdueReviews(ctx: AppContext) {
  const on = today();
  const rows = await ctx.db.selectFrom('energyReviews as r').innerJoin('projects as p', 'p.id', 'r.projectId').select(['r.id', 'r.stage', 'r.dueOn', 'p.name'])
    .where('r.stage', 'in', [...openReviewStages]).where('r.dueOn', '<', on).execute();
  let sent = 0;
  await ctx.db.transaction().execute(async (trx) => {
    const staff = await usersWithRole(trx, ['division_staff']);
    for (const r of rows) {
      sent += await notify(trx, staff, {
        kind: 'energy.review_overdue', title: `节能审查超期：${r.name}`, body: `当前阶段“${reviewStageLabels[r.stage as ReviewStage].zh}”，办理时限 ${r.dueOn} 已过，请尽快办理。`,
        link: `/energy/reviews/${r.id}`, dedupeKey: `energy-review-overdue-${r.id}-${on}`,
      });
    }
  });
  return { overdue: rows.length, sent };
}

