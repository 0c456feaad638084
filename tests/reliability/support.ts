// Shared helpers of the reliability suite: a real server as a CHILD PROCESS (`node bin/tongchou.js serve`)
// on a fresh SQLite data dir or a fresh PostgreSQL database, a small fetch-based client that logs in and
// carries the session cookie and CSRF token, direct database access with Kysely, the CLI, process memory,
// a seeded PRNG, and clean-up that runs even when a test fails (children are SIGKILLed on exit).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { buildApp, type RouteEntry } from '../../server/app.ts';
import { AuditLog } from '../../server/platform/audit.ts';
import { loadConfig } from '../../server/platform/config.ts';
import { openDatabase, type Database } from '../../server/platform/db.ts';
import { openContext } from '../../server/platform/runtime.ts';
import { createTestDatabase as createDatabase, testDialect, type TestDatabase } from '../support/db.ts';

export { testDialect, type TestDatabase };

/**
 * A database for a child server. On PostgreSQL, `demo` copies the run's template, which holds the full demo already
 * (scripts/test.js seeds it once; without prices, as the child servers run): the server's first start then finds
 * its data instead of seeding it again (~10 s of a loaded machine per file). SQLite seeds in about a second.
 */
export function createTestDatabase(opts: { demo?: boolean } = {}): Promise<TestDatabase> {
  return createDatabase({ template: opts.demo ? process.env.TONGCHOU_TEST_PG_TEMPLATE : undefined });
}
export const DEMO_PASSWORD = 'Demo@2023';
export const LONG = process.env.TONGCHOU_LONG === '1';
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SECRET_KEY = 'ab'.repeat(32);

// ───────────────────────────────────────────────────────────── clean-up of children on any exit

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) {
    try { c.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

// ───────────────────────────────────────────────────────────── seeded randomness

/** The seeded PRNG the livelihood engine uses: a failing run can be repeated with TONGCHOU_SEED. */
export { seededRandom as rng } from '../../common/random.ts';
export function seedFromEnv(): number {
  const s = process.env.TONGCHOU_SEED ? Number(process.env.TONGCHOU_SEED) : Math.floor(Math.random() * 2 ** 31);
  return Number.isFinite(s) ? s : 1;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

// ───────────────────────────────────────────────────────────── environment of a child

export function childEnv(tdb: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: tdb.dataDir,
    DATABASE_URL: tdb.databaseUrl ?? '',
    HOST: '127.0.0.1',
    TONGCHOU_SECRET_KEY: SECRET_KEY,
    TONGCHOU_ARGON2_MEMORY_KIB: '1024',
    TONGCHOU_ARGON2_TIME: '1',
    TONGCHOU_JOBS: '0',
    LOG_LEVEL: 'warn',
    TONGCHOU_LOGIN_RATE_LIMIT: '10000',
    TONGCHOU_DEMO: '1',
    TONGCHOU_DEMO_PRICES: '0', // the 292,000 demo quotes only slow the start of every child server
    ...extra,
  };
}

// ───────────────────────────────────────────────────────────── the server child process

export type ServerOptions = { env?: Record<string, string>; startTimeoutMs?: number };

/** `node bin/tongchou.js serve` on a free loopback port. Restartable on the same data (kill → start). */
export class ServerProcess {
  proc: ChildProcess | null = null;
  port = 0;
  starts = 0;
  /** Milliseconds from spawn to a healthy /api/health, per start. */
  startMs: number[] = [];
  private log = '';
  private exited: Promise<void> = Promise.resolve();

  constructor(readonly tdb: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>, readonly opts: ServerOptions = {}) {}

  get url(): string { return `http://127.0.0.1:${this.port}`; }
  get pid(): number { return this.proc?.pid ?? 0; }
  get alive(): boolean { return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null; }
  /** The last ~256 KB the server printed (stdout and stderr). */
  logs(): string { return this.log; }
  /** Lines the server logged at level error (pino level 50) or above, e.g. "unhandled error". */
  errorLines(): string[] {
    return this.log.split('\n').filter((l) => /"level":(50|60)/.test(l));
  }

  async start(): Promise<void> {
    if (this.alive) throw new Error('server already running');
    // A restart keeps its port, so clients (and their sessions, which live in the database) carry on.
    if (!this.port) this.port = await freePort();
    const proc = spawn(process.execPath, [path.join(root, 'bin/tongchou.js'), 'serve'], {
      cwd: root, env: childEnv(this.tdb, { PORT: String(this.port), ...this.opts.env }), stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    children.add(proc);
    const spawnedAt = Date.now();
    const append = (b: Buffer) => {
      this.log += b.toString('utf8');
      if (this.log.length > 512 * 1024) this.log = this.log.slice(-256 * 1024);
    };
    proc.stdout!.on('data', append);
    proc.stderr!.on('data', append);
    this.exited = new Promise((resolve) => proc.once('exit', () => { children.delete(proc); resolve(); }));
    const deadline = Date.now() + (this.opts.startTimeoutMs ?? 90_000);
    for (;;) {
      if (!this.alive) throw new Error(`server exited during start (code ${proc.exitCode}, signal ${proc.signalCode}):\n${this.log.slice(-4000)}`);
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) { await res.arrayBuffer(); break; }
        await res.arrayBuffer();
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${this.log.slice(-4000)}`);
      await sleep(50);
    }
    this.starts++;
    this.startMs.push(Date.now() - spawnedAt);
  }

  /** SIGKILL: no clean-up code in the server runs. Resolves when the process is gone. */
  async kill(): Promise<void> {
    if (!this.proc) return;
    if (this.alive) this.proc.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (graceful), then SIGKILL after a grace period. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.proc) return;
    if (this.alive) {
      this.proc.kill('SIGTERM');
      const t = setTimeout(() => { if (this.alive) this.proc?.kill('SIGKILL'); }, graceMs);
      await this.exited;
      clearTimeout(t);
    }
    await this.exited;
  }

  /** Resident set size of the server process now, and its peak (VmHWM), in bytes (Linux /proc). */
  memory(): { rss: number; peak: number } {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  /** process_resident_memory_bytes as the server reports it on /metrics. */
  async metricsRss(): Promise<number> {
    const text = await (await fetch(`${this.url}/metrics`)).text();
    return Number(/^process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)/m.exec(text)?.[1] ?? NaN);
  }

  async healthy(): Promise<boolean> {
    try {
      const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return res.status === 200;
    } catch {
      return false;
    }
  }
}

// ───────────────────────────────────────────────────────────── HTTP client

export type Res = { status: number; text: string; headers: Headers; json: () => any; code: string | undefined };

function toRes(status: number, headers: Headers, text: string): Res {
  let parsed: unknown;
  let parsedOk = false;
  const json = () => {
    if (!parsedOk) { parsed = JSON.parse(text); parsedOk = true; }
    return parsed as any;
  };
  let code: string | undefined;
  try { code = JSON.parse(text)?.error?.code; } catch { code = undefined; }
  return { status, text, headers, json, code };
}

export type RequestOptions = {
  headers?: Record<string, string>;
  /** Sends this as the body as is (no JSON encoding). */
  raw?: string | Buffer | Uint8Array | FormData;
  /** false: do not send the CSRF header even on a write. */
  csrf?: boolean;
  timeoutMs?: number;
};

/** A user agent: cookie jar of one cookie (tc_sid) and the CSRF token from the log-in. */
export class HttpClient {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(public base: string) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<Res> {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  /** Logs in and throws unless it worked. */
  async as(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.login(username, password);
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text.slice(0, 300)}`);
    return this;
  }

  async request(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<Res> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie && !('cookie' in headers)) headers.cookie = this.cookie;
    if (this.csrf && opts.csrf !== false && !['GET', 'HEAD'].includes(method)) headers['x-csrf-token'] = this.csrf;
    let payload: string | Buffer | Uint8Array | FormData | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + url, {
      method, headers, body: payload as BodyInit | undefined, redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
    });
    const sid = res.headers.getSetCookie().map((c) => /^tc_sid=([^;]*)/.exec(c)?.[1]).find((v) => v !== undefined);
    if (sid !== undefined) this.cookie = sid ? `tc_sid=${sid}` : null;
    return toRes(res.status, res.headers, await res.text());
  }

  get(url: string, opts?: RequestOptions) { return this.request('GET', url, undefined, opts); }
  post(url: string, body: unknown = {}, opts?: RequestOptions) { return this.request('POST', url, body, opts); }
  put(url: string, body: unknown, opts?: RequestOptions) { return this.request('PUT', url, body, opts); }
  patch(url: string, body: unknown, opts?: RequestOptions) { return this.request('PATCH', url, body, opts); }
  delete(url: string, opts?: RequestOptions) { return this.request('DELETE', url, undefined, opts); }

  /** multipart/form-data with the file in field `file`. */
  upload(url: string, file: Buffer, filename = 'upload.xlsx', opts: RequestOptions = {}): Promise<Res> {
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), filename);
    return this.request('POST', url, undefined, { ...opts, raw: fd });
  }
}

export async function loginAs(base: string, username: string): Promise<HttpClient> {
  return new HttpClient(base).as(username);
}

// ───────────────────────────────────────────────────────────── the database, directly

/** Opens the test database from the test process (Kysely, the server's own data layer). */
export function openDb(tdb: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>): Database {
  return openDatabase({ dataDir: tdb.dataDir, databaseUrl: tdb.databaseUrl }, { poolSize: 2 });
}

export async function withDb<T>(tdb: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>, fn: (d: Database) => Promise<T>): Promise<T> {
  const d = openDb(tdb);
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

/** The audit chain check that `tongchou audit verify` runs, in this process. */
export async function verifyChain(d: Database): Promise<{ ok: boolean; checked: number; firstBad: { seq: number; reason: string } | null }> {
  return new AuditLog('sm3').verify(d.db);
}

export async function countRows(d: Database, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(d.db);
  return Number(r.rows[0].n);
}

// What "nothing written" means: successful audit entries, and the row counts (and version sums) of the
// main tables. (Failed log-ins legitimately write failure entries and counters; sessions are not counted.)
const VERSIONED = ['org_units', 'users', 'plan_years', 'plan_areas', 'work_points', 'tasks', 'milestones', 'progress_reports', 'supervision_notices', 'close_requests', 'study_sessions', 'settings',
  'econ_indicators', 'econ_targets', 'econ_values', 'fyp_indicators', 'fyp_actuals', 'fyp_tasks',
  'live_systems', 'live_dimensions', 'live_indicators', 'live_values', 'live_projects', 'szc_task_types', 'szc_reports', 'szc_publicity', 'pop_plans', 'pop_figures',
  'energy_reviews', 'energy_key_users', 'energy_targets', 'energy_quarters', 'api_tokens', 'webhooks'];
const COUNTED = [...VERSIONED, 'task_units', 'task_follows', 'notifications', 'attachments', 'password_history', 'econ_vintages', 'live_weak_tasks', 'szc_targets', 'pop_town_targets', 'energy_review_events', 'energy_expert_opinions', 'energy_key_user_years', 'report_versions', 'report_subscriptions', 'webhook_deliveries'];
const fingerprintSql = sql.raw(`select ${[
  `(select count(*) from audit_log where result = 'success') as audit_ok`,
  ...COUNTED.map((t) => `(select count(*) from ${t}) as n_${t}`),
  ...VERSIONED.map((t) => `(select coalesce(sum(version), 0) from ${t}) as v_${t}`),
].join(', ')}`);

export async function dbFingerprint(d: Database): Promise<Record<string, number>> {
  const r = await sql<Record<string, number>>`${fingerprintSql}`.execute(d.db);
  return Object.fromEntries(Object.entries(r.rows[0]).map(([k, v]) => [k, Number(v)]));
}

/**
 * Changes whenever any connection commits a write (SQLite: PRAGMA data_version of this connection;
 * PostgreSQL: the next transaction id — every write transaction takes one). Unchanged ⇒ nothing was
 * written, so a full fingerprint is only needed after a possible write.
 */
export async function dbChangeMarker(d: Database): Promise<string> {
  if (d.dialect === 'sqlite') {
    // (The CamelCasePlugin renames the pragma's column, so take the row's only value.)
    const v = Object.values((await sql<Record<string, number>>`pragma data_version`.execute(d.db)).rows[0])[0];
    if (typeof v !== 'number') throw new Error(`pragma data_version gave ${JSON.stringify(v)}`);
    return String(v);
  }
  return (await sql<{ m: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as m`.execute(d.db)).rows[0].m;
}

export function diff(a: Record<string, number>, b: Record<string, number>): string[] {
  return Object.keys(a).filter((k) => a[k] !== b[k]).map((k) => `${k} ${a[k]}→${b[k]}`);
}

/** The route table of the app the server runs (built in this process on an in-memory SQLite database). */
export async function appRouteTable(): Promise<RouteEntry[]> {
  const cfg = { ...loadConfig({}), dataDir: os.tmpdir(), databaseUrl: null, secretKey: SECRET_KEY, logLevel: 'silent' };
  const local = await openContext(cfg, { sqliteFile: ':memory:', logLevel: 'silent' });
  try {
    const app = await buildApp(local.ctx, { logger: false });
    await app.ready();
    const table = [...app.routeTable];
    await app.close();
    return table;
  } finally {
    await local.database.close();
  }
}

// ───────────────────────────────────────────────────────────── the CLI

export type CliResult = { code: number | null; stdout: string; stderr: string; ms: number };

/** `node bin/tongchou.js …args` against a test database; resolves when it exits. */
export function cli(args: string[], tdb: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>, extra: Record<string, string> = {}, timeoutMs = 120_000): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [path.join(root, 'bin/tongchou.js'), ...args], { cwd: root, env: childEnv(tdb, extra), stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(proc);
    let stdout = '';
    let stderr = '';
    proc.stdout!.on('data', (b: Buffer) => { stdout += b; });
    proc.stderr!.on('data', (b: Buffer) => { stderr += b; });
    const t = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.on('error', reject);
    proc.on('exit', (code) => {
      clearTimeout(t);
      children.delete(proc);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

// ───────────────────────────────────────────────────────────── misc

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs `fn` over `items` with at most `n` in flight. */
export async function pool<T>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  }));
}

/** A fresh test database and a server on it; `close` kills the server and drops everything. */
export async function startServer(opts: ServerOptions = {}): Promise<{ tdb: TestDatabase; server: ServerProcess; close: () => Promise<void> }> {
  const tdb = await createTestDatabase({ demo: true });
  const server = new ServerProcess(tdb, opts);
  const close = async () => {
    await server.kill().catch(() => {});
    await tdb.drop().catch((e) => console.error('drop failed', e));
  };
  try {
    await server.start();
  } catch (e) {
    await close();
    throw e;
  }
  return { tdb, server, close };
}
