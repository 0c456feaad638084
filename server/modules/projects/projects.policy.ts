// Who may see and touch which projects. Unit-scoped roles see the projects their unit is responsible for
// or that lie in their town; only the responsible unit (or the division) reports investment and milestone
// dates. Out-of-scope projects are 404. Problems follow their project (or their raising/owner unit).
import type { SelectQueryBuilder } from 'kysely';
import { can } from '../../../common/permissions.ts';
import { inScope, scopeOf, type Actor } from '../../platform/access.ts';
import type { DB } from '../../platform/db-types.ts';

/** Restricts a query over `projects as p` joined with `orgUnits as ru` (responsible unit) and `orgUnits as town` to the actor's scope. */
export function scopeProjects<Q>(actor: Actor, qb: Q): Q {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return qb;
  const q = qb as unknown as SelectQueryBuilder<DB & { p: DB['projects']; ru: DB['orgUnits']; town: DB['orgUnits'] }, 'p' | 'ru', unknown>;
  if (scope.kind === 'none') return q.where('p.id', '=', -1) as unknown as Q;
  const like = `${scope.path}%`;
  return q.where((eb) => eb.or([eb('ru.path', 'like', like), eb(eb.ref('town.path' as 'ru.path'), 'like', like)])) as unknown as Q;
}

export function mayReportProject(actor: Actor, responsibleUnitPath: string): boolean {
  return can(actor.role, 'proj.report') && inScope(scopeOf(actor), responsibleUnitPath);
}

export function projectAbilities(actor: Actor, responsibleUnitPath: string) {
  return { update: can(actor.role, 'proj.write'), report: mayReportProject(actor, responsibleUnitPath), review: can(actor.role, 'proj.review'), raiseProblem: mayReportProject(actor, responsibleUnitPath) };
}
