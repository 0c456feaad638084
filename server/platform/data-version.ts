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

/** One cached value per key for a context (e.g. per AppContext), recomputed when the version moves. */
export class VersionedCache<K, V> {
  private readonly entries = new Map<K, { version: string; value: V }>();
  constructor(private readonly max = 64) {}

  get(key: K, version: string): V | undefined {
    const e = this.entries.get(key);
    return e && e.version === version ? e.value : undefined;
  }

  set(key: K, version: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
