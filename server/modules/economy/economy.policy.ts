// Who may do what with economic data. Indicators, targets and analysis are district-wide reading for
// every role holding econ.read. Values are entered by the indicator's source unit (a reporter whose
// org scope holds that unit) or by the division; reviewed by econ.review; revised only by econ.write.
import { can } from '../../../common/permissions.ts';
import { inScope, scopeOf, type Actor } from '../../platform/access.ts';

export function mayReport(actor: Actor, sourceUnitPath: string): boolean {
  return can(actor.role, 'econ.report') && inScope(scopeOf(actor), sourceUnitPath);
}

export function valueAbilities(actor: Actor, sourceUnitPath: string, state: string) {
  return {
    edit: mayReport(actor, sourceUnitPath) && state !== 'approved',
    review: can(actor.role, 'econ.review') && state === 'submitted',
    revise: can(actor.role, 'econ.write') && state === 'approved',
  };
}

export function moduleAbilities(actor: Actor) {
  return { write: can(actor.role, 'econ.write'), report: can(actor.role, 'econ.report'), review: can(actor.role, 'econ.review') };
}
