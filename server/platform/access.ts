// Who is calling, and what they may see. Every service takes an Actor; every query of
// org-scoped records goes through scopeFilter so that a unit reporter sees only their unit's subtree.
import { can, unitScopedRoles, type Permission, type Role } from '../../common/permissions.ts';
import { AppError } from './errors.ts';

export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgPath: string | null; // "/1/5/" of the user's org unit
  ip: string | null;
  /** The audit log's newest sequence number read when this request's session was checked, and how many events this process had begun to record then (write-cache.ts). */
  seen?: { writeVersion: string; recorded: number };
};

/** The caller of an audited event that may have no session (a failed log-in, the CLI). */
export type AuditActor = { userId: number | null; name: string | null; role: string | null; ip: string | null };

export function auditActorOf(actor: Actor): AuditActor {
  return { userId: actor.userId, name: actor.username, role: actor.role, ip: actor.ip };
}

export const systemActor: AuditActor = { userId: null, name: 'system', role: null, ip: null };

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('auth.forbidden', { permission });
}

export type Scope = { kind: 'all' } | { kind: 'subtree'; path: string } | { kind: 'none' };

/** The org scope of an actor: unit-scoped roles see their unit and its sub-units; others the whole district. */
export function scopeOf(actor: Actor): Scope {
  if (unitScopedRoles.includes(actor.role)) return actor.orgPath ? { kind: 'subtree', path: actor.orgPath } : { kind: 'none' };
  return { kind: 'all' };
}

/** True when an org unit with this path is inside the actor's scope. */
export function inScope(scope: Scope, orgPath: string | null | undefined): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none' || !orgPath) return false;
  return orgPath.startsWith(scope.path);
}
