// Queries of org units. The tree is kept as a materialised path ("/1/5/") so a subtree is one LIKE.
import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../platform/db.ts';

export type OrgRow = {
  id: number; code: string; name: string; kind: string; parentId: number | null; path: string; depth: number;
  sortOrder: number; active: number; version: number; createdAt: string; updatedAt: string; createdBy: number | null;
};

export async function listAll(db: Executor): Promise<(OrgRow & { userCount: number })[]> {
  // Two flat queries instead of a correlated count per row: a city has thousands of units.
  const [rows, counts] = await Promise.all([
    db.selectFrom('orgUnits').selectAll().orderBy('depth').orderBy('sortOrder').orderBy('code').execute(),
    db.selectFrom('users').select(['orgId', sql<number>`count(*)`.as('n')]).where('orgId', 'is not', null).groupBy('orgId').execute(),
  ]);
  const byOrg = new Map(counts.map((c) => [c.orgId, Number(c.n)]));
  return rows.map((r) => ({ ...r, userCount: byOrg.get(r.id) ?? 0 }));
}

export function byId(db: Executor, id: number): Promise<OrgRow | undefined> {
  return db.selectFrom('orgUnits').selectAll().where('id', '=', id).executeTakeFirst();
}

export function byCode(db: Executor, code: string): Promise<OrgRow | undefined> {
  return db.selectFrom('orgUnits').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function countChildren(db: Executor, id: number): Promise<number> {
  const r = await db.selectFrom('orgUnits').select(sql<number>`count(*)`.as('n')).where('parentId', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countUsers(db: Executor, id: number): Promise<number> {
  const r = await db.selectFrom('users').select(sql<number>`count(*)`.as('n')).where('orgId', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insert(db: Executor, values: { code: string; name: string; kind: string; parentId: number | null; sortOrder: number; createdBy: number | null; now: string; parentPath: string }): Promise<OrgRow> {
  const { id } = await db.insertInto('orgUnits').values({
    code: values.code, name: values.name, kind: values.kind, parentId: values.parentId, sortOrder: values.sortOrder,
    path: 'pending', depth: values.parentPath.split('/').filter(Boolean).length, active: 1, version: 1,
    createdAt: values.now, updatedAt: values.now, createdBy: values.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('orgUnits').set({ path: `${values.parentPath}${id}/` }).where('id', '=', id).execute();
  return (await byId(db, id))!;
}

/** Versioned update; returns false when the version was stale. */
export async function update(db: Executor, id: number, version: number, set: Partial<Pick<OrgRow, 'code' | 'name' | 'kind' | 'parentId' | 'sortOrder' | 'active'>>, now: string): Promise<boolean> {
  const r = await db.updateTable('orgUnits').set({ ...set, version: version + 1, updatedAt: now }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves a subtree: rewrites the path prefix and depth of the unit and all its descendants. */
export async function movePaths(db: Executor, oldPrefix: string, newPrefix: string): Promise<void> {
  const depthDelta = newPrefix.split('/').filter(Boolean).length - oldPrefix.split('/').filter(Boolean).length;
  await db.updateTable('orgUnits')
    .set({
      path: sql`${newPrefix} || substr(path, ${oldPrefix.length + 1})`,
      depth: sql`depth + ${depthDelta}`,
    })
    .where('path', 'like', `${oldPrefix}%`)
    .execute();
}

export async function remove(db: Executor, id: number, version: number): Promise<boolean> {
  const r = await db.deleteFrom('orgUnits').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export type NewOrg = { id: number; code: string; name: string; kind: string; parentId: number | null; path: string; depth: number; sortOrder: number; createdBy: number | null; now: string };

/**
 * Ids for n new units, taken before they are inserted (an import computes their paths from them).
 * PostgreSQL: from the id sequence. SQLite: after the highest id ever used (AUTOINCREMENT never reuses
 * one); the caller must already hold the write lock (have written in its transaction).
 */
export async function allocateIds(db: Executor, n: number): Promise<number[]> {
  if (n === 0) return [];
  if (dialectOf(db) === 'postgres') {
    const r = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('org_units', 'id'))::int as id from generate_series(1, ${n})`.execute(db);
    return r.rows.map((x) => Number(x.id));
  }
  const r = await sql<{ last: number }>`select max(coalesce((select seq from sqlite_sequence where name = 'org_units'), 0), coalesce((select max(id) from org_units), 0)) as last`.execute(db);
  const last = Number(r.rows[0].last);
  return Array.from({ length: n }, (_, i) => last + 1 + i);
}

/** Inserts new units with their ids and paths already known, many to a statement. */
export async function insertMany(db: Executor, rows: readonly NewOrg[]): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // One array per column through unnest: 13 parameters a statement instead of 13 per row, which
    // PostgreSQL parses and binds far faster (100,000 units: 5.1 s → see bench/README.md).
    for (let i = 0; i < rows.length; i += 10_000) {
      const b = rows.slice(i, i + 10_000);
      const col = <T>(f: (v: NewOrg) => T) => b.map(f);
      await sql`insert into org_units (id, code, name, kind, parent_id, sort_order, path, depth, active, version, created_at, updated_at, created_by)
        select id, code, name, kind, parent_id, sort_order, path, depth, 1, 1, created_at, created_at, created_by
        from unnest(${col((v) => v.id)}::int[], ${col((v) => v.code)}::text[], ${col((v) => v.name)}::text[], ${col((v) => v.kind)}::text[],
          ${col((v) => v.parentId)}::int[], ${col((v) => v.sortOrder)}::int[], ${col((v) => v.path)}::text[], ${col((v) => v.depth)}::int[],
          ${col((v) => v.now)}::text[], ${col((v) => v.createdBy)}::int[])
          as t(id, code, name, kind, parent_id, sort_order, path, depth, created_at, created_by)`.execute(db);
    }
    return;
  }
  // 13 columns: 1,000 rows stay well under SQLite's 32,766 bound parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insertInto('orgUnits').values(rows.slice(i, i + 1000).map((v) => ({
      id: v.id, code: v.code, name: v.name, kind: v.kind, parentId: v.parentId, sortOrder: v.sortOrder, path: v.path, depth: v.depth,
      active: 1, version: 1, createdAt: v.now, updatedAt: v.now, createdBy: v.createdBy,
    }))).execute();
  }
}
