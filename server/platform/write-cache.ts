// Answers kept per process until the next write anywhere. Every write is audited in its own transaction,
// so the audit log's newest sequence number moves with every committed write on any node: one indexed
// read tells whether a cached answer is still good. Answers that also move with the clock (overdue
// today, not yesterday) carry the date in their key, and a time limit bounds what an unaudited change
// (none is meant to exist) could leave stale.
import { sql } from 'kysely';
import { unitScopedRoles } from '../../common/permissions.ts';
import { scopeOf, type Actor } from './access.ts';
import type { AppContext } from './context.ts';
import { preparedQuery } from './db.ts';

const seqQuery = preparedQuery([], (db) => db.selectFrom('auditLog').select(sql<number | null>`max(seq)`.as('s')));

export async function writeVersion(ctx: AppContext): Promise<string> {
  const [row] = await seqQuery(ctx.db, {});
  return String(row?.s ?? 0);
}

/** The part of a caller an answer depends on: role and scope, and the user for unit-scoped roles (their "mine" views). */
export function viewerKey(actor: Actor): string {
  return JSON.stringify([actor.role, scopeOf(actor), unitScopedRoles.includes(actor.role) ? actor.userId : null]);
}

type Entry = { version: string; at: number; value: Promise<unknown> };

export class WriteCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly max = 64, private readonly ttlMs = 60_000) {}

  /** The cached answer for `key`, or `compute()`'s, shared by concurrent callers while it is computed. */
  async get<V>(ctx: AppContext, key: string, compute: () => Promise<V>): Promise<V> {
    const version = await writeVersion(ctx);
    const e = this.entries.get(key);
    if (e && e.version === version && Date.now() - e.at < this.ttlMs) return e.value as Promise<V>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, at: Date.now(), value });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    return value;
  }
}

/** One cache per context (tests run several apps in one process). */
export function cacheFor(map: WeakMap<AppContext, WriteCache>, ctx: AppContext, max?: number, ttlMs?: number): WriteCache {
  let c = map.get(ctx);
  if (!c) map.set(ctx, (c = new WriteCache(max, ttlMs)));
  return c;
}
