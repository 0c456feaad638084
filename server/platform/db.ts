// The data layer: one Kysely instance over embedded SQLite (default) or PostgreSQL
// (DATABASE_URL=postgres://…). Dialect differences are hidden here and nowhere else.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  CamelCasePlugin,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Transaction,
} from 'kysely';
import type { DB } from './db-types.ts';
import type { Config } from './config.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type Executor = Db | Trx;

// pg returns int8 (count, sum of integers) and numeric as strings; make them numbers like SQLite does.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export type Database = { db: Db; dialect: Dialect; sqlite?: SQLite.Database; pool?: pg.Pool; close: () => Promise<void> };

export function sqlitePath(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'tongchou.db');
}

export function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>, opts: { file?: string; poolSize?: number } = {}): Database {
  const plugins = [new CamelCasePlugin()];
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: opts.poolSize ?? 10 });
    pool.on('error', () => {}); // an idle client dropped by the server must not crash the process
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
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
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

export function dialectOf(db: Executor): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Serialises writers that must see each other's rows (the audit hash chain). SQLite transactions are already serial. */
export async function lockForChain(trx: Trx, key: number): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
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
