// Queries of users.
import { sql } from 'kysely';
import type { Executor } from '../../platform/db.ts';
import { likePattern } from '../../platform/db.ts';

export type UserFilter = { q?: string; role?: string; orgPath?: string; page: number; pageSize: number };

const columns = ['users.id', 'users.username', 'users.displayName', 'users.role', 'users.orgId', 'users.phoneEnc', 'users.email', 'users.active',
  'users.lockedUntil', 'users.mustChangePassword', 'users.totpEnabled', 'users.lastLoginAt', 'users.version', 'users.isDemo'] as const;

export async function list(db: Executor, f: UserFilter) {
  const base = db.selectFrom('users').leftJoin('orgUnits', 'orgUnits.id', 'users.orgId')
    .$if(!!f.q, (qb) => qb.where((eb) => eb.or([
      eb(sql`lower(users.username)`, 'like', likePattern(f.q!.toLowerCase())),
      eb(sql`lower(users.display_name)`, 'like', likePattern(f.q!.toLowerCase())),
    ])))
    .$if(!!f.role, (qb) => qb.where('users.role', '=', f.role!))
    .$if(!!f.orgPath, (qb) => qb.where('orgUnits.path', 'like', `${f.orgPath}%`));
  const [items, total] = await Promise.all([
    base.select([...columns, 'orgUnits.name as orgName']).orderBy('users.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export function byId(db: Executor, id: number) {
  return db.selectFrom('users').leftJoin('orgUnits', 'orgUnits.id', 'users.orgId').select([...columns, 'orgUnits.name as orgName']).where('users.id', '=', id).executeTakeFirst();
}

export function byUsername(db: Executor, username: string) {
  return db.selectFrom('users').select(['id', 'username', 'version']).where('username', '=', username).executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof byId>>>;
