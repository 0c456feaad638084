// Data versions: a counter per kind of data in `settings` (key `data_version.<name>`), bumped inside
// every transaction that changes that data. A node caches what it computed from the data together
// with the counter it read, and one indexed read of the counter tells it whether the cache is still
// good — also after another node's write on a shared PostgreSQL, since the bump commits with the write.
import { sql } from 'kysely';
import { nowIso, preparedQuery, type Executor } from './db.ts';

export type DataName = 'orgs' | 'prices';

const keyOf = (name: DataName) => `data_version.${name}`;

/** Marks the data as changed; call inside the writing transaction. */
export async function bumpDataVersion(trx: Executor, name: DataName): Promise<void> {
  await trx.insertInto('settings').values({ key: keyOf(name), value: '', version: 1, updatedAt: nowIso(), updatedBy: null })
    .onConflict((oc) => oc.column('key').doUpdateSet({ version: sql<number>`settings.version + 1`, updatedAt: nowIso() }))
    .execute();
}

const versionQuery = preparedQuery(['key'], (db, p) => db.selectFrom('settings').select('version').where('key', '=', p.key));

export async function readDataVersion(db: Executor, name: DataName): Promise<number> {
  const [row] = await versionQuery(db, { key: keyOf(name) });
  return row ? Number(row.version) : 0;
}

/**
 * One cached value per key for a context (e.g. per AppContext), recomputed when the version moves.
 * Callers asking while a value is computed share that computation: at city scale the price overview
 * takes seconds on PostgreSQL, and 32 first requests each computing it held the route at 400 req/s.
 */
export class VersionedCache<K, V> {
  private readonly entries = new Map<K, { version: string; value: Promise<V> }>();
  constructor(private readonly max = 64) {}

  /** The value kept for (key, version), or `make()`'s, computed once however many ask at the same time. */
  obtain(key: K, version: string, make: () => Promise<V>): Promise<V> {
    const e = this.entries.get(key);
    if (e && e.version === version) return e.value;
    const value = make();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    // A failed computation is not kept: the next caller tries again.
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    return value;
  }
}
