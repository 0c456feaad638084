// The data layer: one Kysely instance over embedded SQLite (default) or PostgreSQL
// (DATABASE_URL=postgres://…). Dialect differences are hidden here and nowhere else.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { createRequire } from 'node:module';
import type pg from 'pg';
import {
  CamelCasePlugin,
  Kysely,
  LimitNode,
  OperationNodeTransformer,
  ValueNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  sql,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
  type Transaction,
} from 'kysely';
import type { DB } from './db-types.ts';
import type { Config } from './config.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type Executor = Db | Trx;

// The PostgreSQL driver, loaded when a PostgreSQL database is opened (a SQLite node never needs it).
let pgModule: typeof pg | null = null;
function loadPg(): typeof pg {
  if (pgModule) return pgModule;
  pgModule = createRequire(import.meta.url)('pg') as typeof pg;
  // pg returns int8 (count, sum of integers) and numeric as strings; make them numbers like SQLite does.
  pgModule.types.setTypeParser(20, (v) => Number(v));
  pgModule.types.setTypeParser(1700, (v) => Number(v));
  return pgModule;
}

export type Database = { db: Db; dialect: Dialect; sqlite?: SQLite.Database; pool?: pg.Pool; close: () => Promise<void> };

export function sqlitePath(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'tongchou.db');
}

export function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>, opts: { file?: string; poolSize?: number } = {}): Database {
  const plugins = [new CamelCasePlugin()];
  if (config.databaseUrl) {
    const pool = new (loadPg().Pool)({ connectionString: config.databaseUrl, max: opts.poolSize ?? 10 });
    pool.on('error', () => {}); // an idle client dropped by the server must not crash the process
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }), plugins });
    return { db, dialect: 'postgres', pool, close: () => db.destroy() };
  }
  const file = opts.file ?? sqlitePath(config);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: an acknowledged write survives power loss and SIGKILL (security.md, reliability promises).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const kept = withStatementCache(sqlite);
  const mutex = new FifoMutex();
  const db = new Kysely<DB>({ dialect: new FairSqliteDialect({ database: kept }, mutex), plugins: [...plugins, new InlineLimitPlugin()] });
  directSqlite.set(db, { sqlite: kept, mutex });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/** Writes an integer LIMIT into the SQL text instead of binding it (see InlineLimitPlugin). */
class InlineLimit extends OperationNodeTransformer {
  protected override transformLimit(node: LimitNode): LimitNode {
    const value = ValueNode.is(node.limit) ? node.limit.value : undefined;
    return typeof value === 'number' && Number.isSafeInteger(value) ? LimitNode.create(ValueNode.createImmediate(value)) : super.transformLimit(node);
  }
}

/**
 * SQLite re-prepares a statement whose LIMIT is a bound parameter every time it is bound (the planner
 * used the value; with ANALYZE statistics present), so a kept statement saved nothing and `limit ?`
 * cost twice `limit 1`. Page sizes are few, so each stays one kept statement.
 */
class InlineLimitPlugin implements KyselyPlugin {
  readonly #transformer = new InlineLimit();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** A lock handed to its waiters one at a time, in arrival order; taken at once, without a promise, when free. */
export class FifoMutex {
  #held = false;
  #waiting: (() => void)[] = [];
  lock(): Promise<void> | void {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next(); // handed over: stays held
    else this.#held = false;
  }
}

/**
 * SQLite has one connection, so Kysely's driver lets one query or transaction at a time hold it. Its lock
 * wakes every waiter on each release (all but one go back to waiting): with 32 requests in flight each
 * query paid ~30 wake-ups, and the one-row health read cost a third of the route's throughput. This
 * driver queues in front of Kysely's, which then never has a waiter.
 */
class FairSqliteDriver implements Driver {
  readonly #inner: Driver;
  readonly #mutex: FifoMutex;
  constructor(inner: Driver, mutex: FifoMutex) {
    this.#inner = inner;
    this.#mutex = mutex;
  }
  init(): Promise<void> {
    return this.#inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#inner.acquireConnection();
  }
  beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(c, settings);
  }
  commitTransaction(c: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(c);
  }
  rollbackTransaction(c: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(c);
  }
  savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.savepoint!(c, name, compile);
  }
  rollbackToSavepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.rollbackToSavepoint!(c, name, compile);
  }
  releaseSavepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.releaseSavepoint!(c, name, compile);
  }
  async releaseConnection(c: DatabaseConnection): Promise<void> {
    try {
      await this.#inner.releaseConnection(c);
    } finally {
      this.#mutex.unlock();
    }
  }
  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}

class FairSqliteDialect extends SqliteDialect {
  readonly #mutex: FifoMutex;
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], mutex: FifoMutex) {
    super(config);
    this.#mutex = mutex;
  }
  override createDriver(): Driver {
    return new FairSqliteDriver(super.createDriver(), this.#mutex);
  }
}

/**
 * SQLite: the connection (with its kept statements) and its lock, by Kysely instance (not by transaction),
 * for preparedQuery's direct path: a request's one read (the write version) then runs the kept statement
 * under the same lock the driver takes — at once when the lock is free — without Kysely's executor, its
 * plugins and their promise hops, which cost three times what SQLite takes to answer it.
 */
const directSqlite = new WeakMap<Executor, { sqlite: SQLite.Database; mutex: FifoMutex }>();

/** Result rows as CamelCasePlugin gives them to every other query. */
class RowKeys extends CamelCasePlugin {
  row(r: UnknownRow): UnknownRow {
    return this.mapRow(r);
  }
}
const rowKeys = new RowKeys();

async function readDirect<O>(d: { sqlite: SQLite.Database; mutex: FifoMutex }, text: string, parameters: readonly unknown[]): Promise<O[]> {
  const wait = d.mutex.lock();
  if (wait) await wait;
  try {
    return (d.sqlite.prepare(text).all(...parameters) as UnknownRow[]).map((r) => rowKeys.row(r) as O);
  } finally {
    d.mutex.unlock();
  }
}

/**
 * Kysely's SQLite driver prepares every query anew; SQLite's parse and plan then cost more than
 * running a small query. Keep the prepared statements by SQL text (a bounded LRU); a statement still
 * being iterated by a stream is busy, so that caller gets a fresh one. SQLite re-prepares a cached
 * statement by itself after a schema change.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      cache.delete(source); // re-insert: most recently used last
      cache.set(source, hit);
      return hit;
    }
    const stmt = sqlite.prepare(source);
    if (!hit) {
      cache.set(source, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
    }
    return stmt;
  };
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

// SQL texts of the queries every request runs (preparedQuery), by the name PostgreSQL prepares them under.
const namedStatements = new Map<string, string>();

/**
 * Runs the per-request queries as named prepared statements: each pooled connection parses and plans
 * them once, not on every request (the session read, the data versions, the audit log's newest entry).
 * Every other query goes through as it is.
 */
function withNamedStatements(pool: pg.Pool): pg.Pool {
  type Query = (...args: unknown[]) => unknown;
  const wrap = (client: pg.PoolClient): pg.PoolClient => new Proxy(client, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (prop !== 'query') return typeof v === 'function' ? (v as Query).bind(target) : v;
      return (text: unknown, values?: unknown[]) => {
        const name = typeof text === 'string' ? namedStatements.get(text) : undefined;
        return name ? target.query({ name, text: text as string, values }) : (target.query as Query)(text, values);
      };
    },
  });
  return new Proxy(pool, {
    get(target, prop) {
      if (prop === 'connect') return async () => wrap(await target.connect());
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as Query).bind(target) : v;
    },
  });
}

export function dialectOf(db: Executor): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Serialises writers that must see each other's rows (the audit hash chain). SQLite transactions are already serial. */
export async function lockForChain(trx: Trx, key: number): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}

type Compiled<O> = { query: CompiledQuery<O>; slots: ({ name: string } | { value: unknown })[] };

/**
 * A query of the request path built and compiled once per dialect (Kysely's building and compiling
 * cost several times what SQLite takes to run a small query), then run with each call's values.
 * `build` gets a placeholder for every named value; values are scalars (no lists).
 */
export function preparedQuery<K extends string, O>(names: readonly K[], build: (db: Executor, p: Record<K, never>) => { compile(): CompiledQuery<O> }) {
  const byDialect = new Map<Dialect, Compiled<O>>();
  return async (db: Executor, values: Record<K, unknown>): Promise<O[]> => {
    const dialect = dialectOf(db);
    let c = byDialect.get(dialect);
    if (!c) {
      const mark = (n: string) => `\u0000prepared:${n}`;
      const query = build(db, Object.fromEntries(names.map((n) => [n, mark(n)])) as Record<K, never>).compile();
      const byMark = new Map(names.map((n) => [mark(n), n as string]));
      c = { query, slots: query.parameters.map((v) => (typeof v === 'string' && byMark.has(v) ? { name: byMark.get(v)! } : { value: v })) };
      byDialect.set(dialect, c);
      if (dialect === 'postgres' && !namedStatements.has(query.sql)) namedStatements.set(query.sql, `tongchou_${namedStatements.size + 1}`);
    }
    const parameters = c.slots.map((s) => ('name' in s ? values[s.name as K] : s.value));
    const direct = directSqlite.get(db);
    if (direct) return readDirect<O>(direct, c.query.sql, parameters);
    return (await db.executeQuery<O>({ ...c.query, parameters })).rows;
  };
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Case-insensitive LIKE on both dialects, with the user's % and _ escaped. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const bool = (v: boolean): number => (v ? 1 : 0);

/** A unique-constraint violation on either dialect (a race the service's pre-check did not see). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A foreign-key violation on either dialect: the row is still referenced (or references a missing row). */
export function isForeignKeyViolation(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Number of rows an update or delete touched, as a number on both dialects. */
export function affected(r: { numUpdatedRows?: bigint; numDeletedRows?: bigint }): number {
  return Number(r.numUpdatedRows ?? r.numDeletedRows ?? 0n);
}
