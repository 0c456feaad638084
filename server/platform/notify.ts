// In-app notifications (and e-mail when SMTP is configured, sent by the mail job). Written in the
// caller's transaction, so a notification exists exactly when the change that caused it does.
// A dedupe key keeps a repeated reminder (the same missing report, the same deadline) from piling up.
import { unitScopedRoles } from '../../common/permissions.ts';
import { nowIso, type Executor } from './db.ts';

export type Notice = { kind: string; title: string; body: string; link?: string | null; dedupeKey?: string | null };

export async function notify(trx: Executor, userIds: Iterable<number>, n: Notice): Promise<number> {
  const ids = [...new Set(userIds)];
  let sent = 0;
  for (const userId of ids) {
    if (n.dedupeKey) {
      const dup = await trx.selectFrom('notifications').select('id').where('userId', '=', userId).where('dedupeKey', '=', n.dedupeKey).executeTakeFirst();
      if (dup) continue;
    }
    await trx.insertInto('notifications').values({
      userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null, createdAt: nowIso(), readAt: null, emailedAt: null,
    }).execute();
    sent++;
  }
  return sent;
}

/** Active users of a unit (and its sub-units) who report for it. */
export async function reportersOf(db: Executor, unitId: number): Promise<number[]> {
  const unit = await db.selectFrom('orgUnits').select('path').where('id', '=', unitId).executeTakeFirst();
  if (!unit) return [];
  const rows = await db.selectFrom('users').innerJoin('orgUnits', 'orgUnits.id', 'users.orgId').select('users.id')
    .where('orgUnits.path', 'like', `${unit.path}%`).where('users.role', 'in', [...unitScopedRoles]).where('users.active', '=', 1).execute();
  return rows.map((r) => r.id);
}

export async function usersWithRole(db: Executor, roles: string[]): Promise<number[]> {
  return (await db.selectFrom('users').select('id').where('role', 'in', roles).where('active', '=', 1).execute()).map((r) => r.id);
}
