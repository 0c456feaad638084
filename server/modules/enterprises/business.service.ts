// Investment leads from served enterprises (以商招商) with their pipeline; business-environment evaluation
// results (B-READY, national, municipal) with the rank change; the industrial-policy library with
// plain-language interpretations matched to enterprises' industries, and applications under a policy.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { applicationInput, evalResultInput, leadInput, leadStages, policyInput } from '../../../common/enterprises.ts';
import { compareDates, isoDateAt, addWorkingDays } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, nowIso, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';

type LeadInput = z.infer<typeof leadInput>;
type PolicyInput = z.infer<typeof policyInput>;
type ApplicationInput = z.infer<typeof applicationInput>;
type EvalInput = z.infer<typeof evalResultInput>;

/** Insert, or update at the given version, a row of a simple versioned table (leads, applications). */
async function upsert(trx: Trx, table: 'investmentLeads' | 'policyApplications', id: number | null, fields: Record<string, unknown>, version: number | undefined, actorId: number | null): Promise<{ id: number; before: unknown }> {
  const db = trx as unknown as Kysely<any>;
  const now = nowIso();
  if (id === null) {
    const row = await db.insertInto(table).values({ ...fields, version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).returning('id').executeTakeFirstOrThrow();
    return { id: row.id as number, before: null };
  }
  const before = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw new AppError('record.not_found');
  const r = await db.updateTable(table).set({ ...fields, version: before.version + 1, updatedAt: now }).where('id', '=', id).where('version', '=', version ?? -1).executeTakeFirst();
  if (affected(r) === 0) throw new AppError('record.stale');
  return { id, before };
}

// ── leads ──
export async function listLeads(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'ent.read');
  const items = await ctx.db.selectFrom('investmentLeads').leftJoin('enterprises', 'enterprises.id', 'investmentLeads.referrerEnterpriseId')
    .selectAll('investmentLeads').select('enterprises.name as referrerName').orderBy('investmentLeads.id').execute();
  // The funnel: how many leads reached each stage (a lead at 签约 has passed 线索, 接洽, 考察).
  const reached = leadStages.map((stage, i) => ({ stage, count: items.filter((l) => leadStages.indexOf(l.stage as never) >= i).length }));
  return {
    items, funnel: reached.map((r, i) => ({ ...r, conversionPct: i === 0 || reached[i - 1].count === 0 ? null : Math.round((r.count / reached[i - 1].count) * 10000) / 100 })),
    expectedInvest: Math.round(items.reduce((a, l) => a + l.expectedInvest, 0) * 10000) / 10000, abilities: { write: can(actor.role, 'ent.write') },
  };
}

export async function insertLead(trx: Trx, actorId: number | null, input: LeadInput) {
  const { version, ...fields } = input;
  return (await upsert(trx, 'investmentLeads', null, fields, version, actorId)).id;
}

export async function saveLead(ctx: AppContext, actor: Actor, id: number | null, input: LeadInput) {
  requirePermission(actor, 'ent.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (input.referrerEnterpriseId && !(await trx.selectFrom('enterprises').select('id').where('id', '=', input.referrerEnterpriseId).executeTakeFirst())) throw new AppError('record.not_found');
    const { version, ...fields } = input;
    const r = await upsert(trx, 'investmentLeads', id, fields, version, actor.userId);
    await ctx.audit.record(trx, auditActorOf(actor), { action: id ? 'lead.update' : 'lead.create', entityType: 'investment_lead', entityId: r.id, before: r.before, after: input });
    return { id: r.id };
  });
}

// ── evaluations ──
export async function listEvaluations(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'ent.read');
  const rows = await ctx.db.selectFrom('evalResults').selectAll().orderBy('scheme').orderBy('indicator').orderBy('year').execute();
  // 排名有所提升 = rank < the same indicator's rank the year before.
  return {
    items: rows.map((r) => {
      const prev = rows.find((p) => p.scheme === r.scheme && p.indicator === r.indicator && p.year === r.year - 1);
      return { ...r, prevRank: prev?.rank ?? null, improved: r.rank !== null && prev?.rank ? r.rank < prev.rank : null };
    }),
    abilities: { write: can(actor.role, 'ent.write') },
  };
}

export async function saveEvaluation(ctx: AppContext, actor: Actor, input: EvalInput) {
  requirePermission(actor, 'ent.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('evalResults').selectAll().where('scheme', '=', input.scheme).where('year', '=', input.year).where('indicator', '=', input.indicator).executeTakeFirst();
    const now = nowIso();
    if (before) await trx.updateTable('evalResults').set({ score: input.score, rank: input.rank, rankOf: input.rankOf, version: before.version + 1, updatedAt: now }).where('id', '=', before.id).execute();
    else await trx.insertInto('evalResults').values({ ...input, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'evaluation.save', entityType: 'eval_result', entityId: `${input.scheme}:${input.year}:${input.indicator}`, before, after: input });
    return { ok: true };
  });
}

// ── policies and applications ──
export async function listPolicies(ctx: AppContext, actor: Actor, f: { industry?: string }) {
  requirePermission(actor, 'ent.read');
  const today = isoDateAt(Date.now());
  const [rows, apps, ents] = await Promise.all([
    ctx.db.selectFrom('policies').selectAll().orderBy('issuedOn', 'desc').execute(),
    ctx.db.selectFrom('policyApplications').select(['policyId', 'stage', 'amountGranted']).execute(),
    ctx.db.selectFrom('enterprises').select(['industry']).where('listed', '=', 1).execute(),
  ]);
  return {
    items: rows.map((p) => {
      const industries = JSON.parse(p.industries) as string[];
      const mine = apps.filter((a) => a.policyId === p.id);
      return {
        ...p, industries,
        // Enterprises the interpretation goes to: those whose industry the policy names (all, when it names none).
        matchingEnterprises: ents.filter((e) => industries.length === 0 || industries.includes(e.industry)).length,
        applications: mine.length, approved: mine.filter((a) => ['获批', '拨付'].includes(a.stage)).length, granted: Math.round(mine.reduce((a, x) => a + (x.amountGranted ?? 0), 0) * 10000) / 10000,
        windowClosingSoon: !!p.windowClose && compareDates(p.windowClose, today) >= 0 && compareDates(p.windowClose, addWorkingDays(today, 5)) <= 0,
      };
    }).filter((p) => !f.industry || p.industries.length === 0 || p.industries.includes(f.industry)),
    abilities: { write: can(actor.role, 'ent.write') },
  };
}

export async function insertPolicy(trx: Trx, actorId: number | null, input: PolicyInput): Promise<number> {
  const now = nowIso();
  const { id } = await trx.insertInto('policies').values({ ...input, industries: JSON.stringify(input.industries), version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function savePolicy(ctx: AppContext, actor: Actor, id: number | null, input: PolicyInput & { version?: number }) {
  requirePermission(actor, 'ent.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (id === null) {
      const nid = await insertPolicy(trx, actor.userId, input);
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'policy.create', entityType: 'policy', entityId: nid, after: input });
      return { id: nid };
    }
    const before = await trx.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const { version, ...fields } = input;
    const r = await trx.updateTable('policies').set({ ...fields, industries: JSON.stringify(fields.industries), version: before.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', version ?? -1).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'policy.update', entityType: 'policy', entityId: id, before, after: input });
    return { id };
  });
}

export async function listApplications(ctx: AppContext, actor: Actor, f: { policyId?: number; enterpriseId?: number }) {
  requirePermission(actor, 'ent.read');
  const items = await ctx.db.selectFrom('policyApplications').innerJoin('policies', 'policies.id', 'policyApplications.policyId').innerJoin('enterprises', 'enterprises.id', 'policyApplications.enterpriseId')
    .selectAll('policyApplications').select(['policies.title as policyTitle', 'enterprises.name as enterpriseName'])
    .$if(f.policyId !== undefined, (q) => q.where('policyApplications.policyId', '=', f.policyId!))
    .$if(f.enterpriseId !== undefined, (q) => q.where('policyApplications.enterpriseId', '=', f.enterpriseId!))
    .orderBy('policyApplications.id').execute();
  return { items, abilities: { write: can(actor.role, 'ent.write') || can(actor.role, 'ent.serve') } };
}

export async function saveApplication(ctx: AppContext, actor: Actor, id: number | null, input: ApplicationInput) {
  if (!can(actor.role, 'ent.write')) requirePermission(actor, 'ent.serve');
  return ctx.db.transaction().execute(async (trx) => {
    const e = await trx.selectFrom('enterprises').select(['stewardUserId']).where('id', '=', input.enterpriseId).executeTakeFirst();
    if (!e || !(await trx.selectFrom('policies').select('id').where('id', '=', input.policyId).executeTakeFirst())) throw new AppError('record.not_found');
    if (!can(actor.role, 'ent.write') && e.stewardUserId !== actor.userId) throw new AppError('ent.not_steward');
    if ((input.stage === '获批' || input.stage === '拨付') !== (input.amountGranted !== null)) throw new AppError('proj.granted_stage');
    const { version, ...fields } = input;
    const r = await upsert(trx, 'policyApplications', id, fields, version, actor.userId);
    await ctx.audit.record(trx, auditActorOf(actor), { action: id ? 'application.update' : 'application.create', entityType: 'policy_application', entityId: r.id, before: r.before, after: input });
    return { id: r.id };
  });
}
