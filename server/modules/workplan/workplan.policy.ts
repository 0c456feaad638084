// Who may see and touch which tasks. Unit-scoped roles (reporters, stewards) see the tasks their unit
// leads or supports; only the lead unit's reporter reports progress. Out-of-scope tasks are 404.
import type { SelectQueryBuilder } from 'kysely';
import { scopeOf, type Actor } from '../../platform/access.ts';
import type { DB } from '../../platform/db-types.ts';
import { can } from '../../../common/permissions.ts';

export function scopeTasks<O>(actor: Actor, qb: SelectQueryBuilder<DB, 'tasks', O>): SelectQueryBuilder<DB, 'tasks', O> {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return qb;
  if (scope.kind === 'none') return qb.where('tasks.id', '=', -1);
  return qb.where('tasks.id', 'in', (eb) =>
    eb.selectFrom('taskUnits').innerJoin('orgUnits', 'orgUnits.id', 'taskUnits.orgId').select('taskUnits.taskId').where('orgUnits.path', 'like', `${scope.path}%`));
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
