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

async function readWriteVersion(ctx: AppContext): Promise<string> {
  const [row] = await seqQuery(ctx.db, {});
  return String(row?.s ?? 0);
}

// Per key: the read sent and not yet answered, and the next one its later callers wait for (not yet sent).
type TurnReads = { sent?: Promise<unknown>; next?: Promise<unknown> };
const turnReads = new WeakMap<AppContext, Map<string, TurnReads>>();
const afterTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A read shared by its callers, sent after the turn of the event loop they arrived in (setImmediate), so it
 * starts after every caller that shares it arrived: a write acknowledged before a request came in is in its
 * answer, on any node. One such read per key is in flight at a time: callers arriving while it is out wait
 * for the next, sent once it is answered. Under load that is one read per round trip instead of one per
 * request (on PostgreSQL a round trip, and the database's CPU, each).
 */
export function readThisTurn<T>(ctx: AppContext, key: string, read: () => Promise<T>): Promise<T> {
  let byKey = turnReads.get(ctx);
  if (!byKey) turnReads.set(ctx, (byKey = new Map<string, TurnReads>()));
  let s = byKey.get(key);
  if (!s) byKey.set(key, (s = {}));
  if (s.next) return s.next as Promise<T>;
  const state = s;
  const ready = state.sent ? state.sent.then(afterTurn, afterTurn) : afterTurn();
  const next = ready.then(() => {
    state.next = undefined; // sent now: later callers wait for the one after it
    const sent = read();
    state.sent = sent;
    const done = () => {
      if (state.sent !== sent) return;
      state.sent = undefined;
      if (!state.next && byKey.get(key) === state) byKey.delete(key); // nothing out or waiting: keep no entry (keys can be per user)
    };
    sent.then(done, done);
    return sent;
  });
  state.next = next;
  return next;
}

/** The audit log's newest sequence number (every committed write on any node moves it), read shared by its callers (readThisTurn). */
export function writeVersion(ctx: AppContext): Promise<string> {
  return readThisTurn(ctx, 'write_version', () => readWriteVersion(ctx));
}

/**
 * The write version read for this caller's request when its session was checked — unless this process has
 * recorded a write since (the request's own, say, before it reads back what it wrote).
 */
function versionSeen(ctx: AppContext, actor: Actor | undefined): string | undefined {
  return actor?.seen && actor.seen.recorded === ctx.audit.recorded ? actor.seen.writeVersion : undefined;
}

/** The request's write version (versionSeen), else one read now. */
export function writeVersionOf(ctx: AppContext, actor?: Actor): Promise<string> | string {
  return versionSeen(ctx, actor) ?? writeVersion(ctx);
}

type Kept = { version: string; at: number; value: Promise<unknown> };
const keptReads = new WeakMap<AppContext, Map<string, Kept>>();

/**
 * A small read whose answer moves only with audited writes (a data version, a plan year's row), kept while
 * the write version the request read is the one it was read under: an authenticated request then reads the
 * database once (the audit log's newest sequence number) before its answer is known to be kept. A read made
 * after a write began is kept under the older version, which no later request presents. Bounded by `ttlMs`
 * like WriteCache. Without a request's version (jobs, tests calling services, a write since) it simply reads.
 */
export function readKept<T>(ctx: AppContext, actor: Actor | undefined, key: string, read: () => Promise<T>, ttlMs = 60_000): Promise<T> {
  const version = versionSeen(ctx, actor);
  if (version === undefined) return read();
  let map = keptReads.get(ctx);
  if (!map) keptReads.set(ctx, (map = new Map()));
  const e = map.get(key);
  const now = Date.now();
  if (e && e.version === version && now - e.at < ttlMs) return e.value as Promise<T>;
  const value = read();
  map.delete(key);
  map.set(key, { version, at: now, value });
  if (map.size > 1000) map.delete(map.keys().next().value!);
  value.catch(() => { if (map.get(key)?.value === value) map.delete(key); });
  return value;
}

/** The part of a caller an answer depends on: role and scope, and the user for unit-scoped roles (their "mine" views). */
export function viewerKey(actor: Actor): string {
  return JSON.stringify([actor.role, scopeOf(actor), unitScopedRoles.includes(actor.role) ? actor.userId : null]);
}

type Entry = { version: string; at: number; value: Promise<unknown> };

export class WriteCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly max = 64, private readonly ttlMs = 60_000) {}

  /** The cached answer for `key`, or `compute()`'s, shared by concurrent callers while it is computed. `actor`: the caller whose request's write version to use. */
  async get<V>(ctx: AppContext, key: string, compute: () => Promise<V>, actor?: Actor): Promise<V> {
    const version = await writeVersionOf(ctx, actor);
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
