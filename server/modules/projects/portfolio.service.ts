// Funding applications (资金争取) for central and municipal investment funds and special bonds, per project;
// and the engineering-research-centre reserve (工程研究中心储备) with its status history and periodic review
// (a centre not reviewed for 90 days turns yellow: the reserve is meant to be updated dynamically).
import { z } from 'zod';
import { centreInput, centreReview, centreReviewDays, fundingInput } from '../../../common/projects.ts';
import { daysBetween, isoDateAt } from '../../../common/periods.ts';
import { can } from '../../../common/permissions.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { affected, nowIso, type Trx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './projects.repository.ts';

type FundingInput = z.infer<typeof fundingInput>;
type CentreInput = z.infer<typeof centreInput>;
const r4 = (v: number) => Math.round(v * 10000) / 10000;

function checkGranted(input: FundingInput) {
  if ((input.stage === '已下达') !== (input.amountGranted !== null)) throw new AppError('proj.granted_stage');
}

export async function listFunding(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'proj.read');
  const visible = new Set((await repo.projects(ctx.db, actor, { year })).map((p) => p.id));
  const rows = (await ctx.db.selectFrom('fundingApplications').innerJoin('projects', 'projects.id', 'fundingApplications.projectId')
    .selectAll('fundingApplications').select(['projects.name as projectName', 'projects.code as projectCode']).where('projects.year', '=', year).orderBy('fundingApplications.id').execute())
    .filter((r) => visible.has(r.projectId));
  const byType = new Map<string, { fundType: string; count: number; requested: number; granted: number }>();
  for (const r of rows) {
    const t = byType.get(r.fundType) ?? byType.set(r.fundType, { fundType: r.fundType, count: 0, requested: 0, granted: 0 }).get(r.fundType)!;
    t.count++;
    t.requested = r4(t.requested + r.amountRequested);
    t.granted = r4(t.granted + (r.amountGranted ?? 0));
  }
  return { items: rows, byType: [...byType.values()], abilities: { write: can(actor.role, 'proj.write') } };
}

export async function insertFunding(trx: Trx, actorId: number | null, input: FundingInput): Promise<number> {
  checkGranted(input);
  if (!(await trx.selectFrom('projects').select('id').where('id', '=', input.projectId).executeTakeFirst())) throw new AppError('record.not_found');
  const now = nowIso();
  const { version: _v, ...fields } = input;
  const { id } = await trx.insertInto('fundingApplications').values({ ...fields, version: 1, createdAt: now, updatedAt: now, createdBy: actorId }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function saveFunding(ctx: AppContext, actor: Actor, id: number | null, input: FundingInput) {
  requirePermission(actor, 'proj.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (id === null) {
      const nid = await insertFunding(trx, actor.userId, input);
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'funding.create', entityType: 'funding_application', entityId: nid, after: input });
      return { id: nid };
    }
    checkGranted(input);
    const before = await trx.selectFrom('fundingApplications').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const { version, ...fields } = input;
    const r = await trx.updateTable('fundingApplications').set({ ...fields, version: before.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', version ?? -1).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'funding.update', entityType: 'funding_application', entityId: id, before, after: input });
    return { id };
  });
}

export async function listCentres(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'proj.read');
  const today = isoDateAt(Date.now());
  const [rows, events] = await Promise.all([
    ctx.db.selectFrom('researchCentres').selectAll().orderBy('id').execute(),
    ctx.db.selectFrom('researchCentreEvents').selectAll().orderBy('id').execute(),
  ]);
  return {
    items: rows.map((c) => ({
      ...c, history: events.filter((e) => e.centreId === c.id),
      reviewOverdue: c.status !== '撤销' && (!c.lastReviewed || daysBetween(c.lastReviewed, today) > centreReviewDays),
    })),
    reviewDays: centreReviewDays,
    abilities: { write: can(actor.role, 'proj.write') },
  };
}

export async function insertCentre(trx: Trx, actor: { userId: number | null; displayName: string }, input: CentreInput, reviewedOn: string | null = null): Promise<number> {
  const now = nowIso();
  const { version: _v, ...fields } = input;
  const { id } = await trx.insertInto('researchCentres').values({ ...fields, lastReviewed: reviewedOn, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('researchCentreEvents').values({ centreId: id, at: now, byName: actor.displayName, fromStatus: null, toStatus: input.status, note: '纳入储备库' }).execute();
  return id;
}

export async function saveCentre(ctx: AppContext, actor: Actor, id: number | null, input: CentreInput) {
  requirePermission(actor, 'proj.write');
  return ctx.db.transaction().execute(async (trx) => {
    if (id === null) {
      const nid = await insertCentre(trx, actor, input);
      await ctx.audit.record(trx, auditActorOf(actor), { action: 'centre.create', entityType: 'research_centre', entityId: nid, after: input });
      return { id: nid };
    }
    const before = await trx.selectFrom('researchCentres').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const { version, ...fields } = input;
    const r = await trx.updateTable('researchCentres').set({ ...fields, version: before.version + 1, updatedAt: nowIso() }).where('id', '=', id).where('version', '=', version ?? -1).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    if (before.status !== input.status) await trx.insertInto('researchCentreEvents').values({ centreId: id, at: nowIso(), byName: actor.displayName, fromStatus: before.status, toStatus: input.status, note: input.note || '状态调整' }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'centre.update', entityType: 'research_centre', entityId: id, before, after: input });
    return { id };
  });
}

/** The periodic review (动态更新): date, status and readiness as assessed, with the assessor's note; kept in the history. */
export async function reviewCentre(ctx: AppContext, actor: Actor, id: number, input: z.infer<typeof centreReview>) {
  requirePermission(actor, 'proj.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('researchCentres').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('record.not_found');
    const r = await trx.updateTable('researchCentres').set({ status: input.status, readiness: input.readiness, lastReviewed: input.reviewedOn, version: before.version + 1, updatedAt: nowIso() })
      .where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
    if (affected(r) === 0) throw new AppError('record.stale');
    await trx.insertInto('researchCentreEvents').values({ centreId: id, at: nowIso(), byName: actor.displayName, fromStatus: before.status, toStatus: input.status, note: `${input.reviewedOn} 评估：${input.note}` }).execute();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'centre.review', entityType: 'research_centre', entityId: id, before, after: input });
    return { id };
  });
}
