// Permission checks for actions whose answers carry no `abilities` (the supervision sweep, recording
// a study session): the server still decides.
import type { Permission } from '../../../../common/permissions.ts';
import type { Me } from '../../../app/session.ts';

export function hasAny(me: Pick<Me, 'permissions'>, any: readonly Permission[]): boolean {
  return any.some((p) => me.permissions.includes(p));
}
