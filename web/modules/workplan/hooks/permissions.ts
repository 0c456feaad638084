// Permission checks for actions whose list answers carry no `abilities` (creating a task, the
// supervision sweep, recording a study session): the server still decides.
import type { Permission } from '../../../../common/permissions.ts';
import type { Me } from '../../../app/session.ts';

export function hasAny(me: Pick<Me, 'permissions'>, any: readonly Permission[]): boolean {
  return any.some((p) => me.permissions.includes(p));
}
