// Who may see and touch which tasks. Unit-scoped roles (reporters, stewards) see the tasks their unit
// leads or supports; only the lead unit's reporter reports progress. Out-of-scope tasks are 404.
import type { SelectQueryBuilder } from 'kysely';
import { scopeOf, type Actor } from '../../platform/access.ts';
import type { DB } from '../../platform/db-types.ts';
import { can } from '../../../common/permissions.ts';

/** Restricts any query that joins `tasks` to the tasks in the actor's scope (the cast only hides Kysely's join generics). */
export function scopeTasks<Q>(actor: Actor, qb: Q): Q {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return qb;
  const q = qb as unknown as SelectQueryBuilder<DB, 'tasks', unknown>;
  if (scope.kind === 'none') return q.where('tasks.id', '=', -1) as unknown as Q;
  return q.where('tasks.id', 'in', (eb) =>
    eb.selectFrom('taskUnits').innerJoin('orgUnits', 'orgUnits.id', 'taskUnits.orgId').select('taskUnits.taskId').where('orgUnits.path', 'like', `${scope.path}%`)) as unknown as Q;
}

export function taskAbilities(actor: Actor, leadUnitPath: string) {
  const scope = scopeOf(actor);
  const leads = scope.kind === 'all' || (scope.kind === 'subtree' && leadUnitPath.startsWith(scope.path));
  return {
    update: can(actor.role, 'plan.write'),
    report: can(actor.role, 'plan.report') && leads,
    review: can(actor.role, 'plan.review'),
  };
}
