// Party building (党建) records: study sessions, theme education, party lectures. Party-building tasks are
// ordinary tasks (category 党建); these records are their evidence and count in the same assessment.
import { studySessionInput } from '../../../common/workplan.ts';
import type { z } from 'zod';
import { auditActorOf, inScope, requirePermission, scopeOf, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { can } from '../../../common/permissions.ts';
import { scopeTasks } from './workplan.policy.ts';

export async function listSessions(ctx: AppContext, actor: Actor, year: number) {
  requirePermission(actor, 'plan.read');
  const scope = scopeOf(actor);
  const rows = await ctx.db.selectFrom('studySessions').innerJoin('orgUnits', 'orgUnits.id', 'studySessions.unitId')
    .selectAll('studySessions').select(['orgUnits.name as unitName', 'orgUnits.path as unitPath'])
    .where('studySessions.year', '=', year).orderBy('studySessions.heldOn', 'desc').execute();
  return { items: rows.filter((r) => inScope(scope, r.unitPath)).map(({ unitPath: _p, ...r }) => r) };
}

export async function createSession(ctx: AppContext, actor: Actor, input: z.infer<typeof studySessionInput>) {
  requirePermission(actor, 'plan.read');
  if (!can(actor.role, 'plan.write') && !can(actor.role, 'plan.report')) throw new AppError('auth.forbidden');
  const unit = await ctx.db.selectFrom('orgUnits').select(['id', 'path']).where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) throw new AppError('task.unit_not_found', { id: input.unitId });
  if (!inScope(scopeOf(actor), unit.path)) throw new AppError('study.unit_out_of_scope');
  if (input.taskId) {
    const t = await scopeTasks(actor, ctx.db.selectFrom('tasks').select('id').where('tasks.id', '=', input.taskId)).executeTakeFirst();
    if (!t) throw new AppError('record.not_found');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const { id } = await trx.insertInto('studySessions').values({
      year: Number(input.heldOn.slice(0, 4)), taskId: input.taskId ?? null, unitId: input.unitId, kind: input.kind, heldOn: input.heldOn, topic: input.topic,
      attendeeCount: input.attendeeCount, attendees: input.attendees ?? '', notes: input.notes ?? null, version: 1, createdAt: now, updatedAt: now, createdBy: actor.userId,
    }).returning('id').executeTakeFirstOrThrow();
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'study.create', entityType: 'study_session', entityId: id, after: input });
    return { id };
  });
}
