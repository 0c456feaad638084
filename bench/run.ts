// `npm run bench`: city-scale data, the real server under autocannon next to a bare Fastify handler
// started in the same run, and ratios to that baseline (what we compare between runs: these machines
// are noisy). Also: import rows/s, .docx generation ms, peak RSS, cold start. Prints one table and
// writes bench/results.json. `--quick` (small data, a few seconds a route) runs in CI. `--db=postgres`
// or `--db=both` adds PostgreSQL. Read bench/README.md for how to read the table.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createRequire } from 'node:module';
import pg from 'pg';
import { loadConfig } from '../server/platform/config.ts';
import { openContext } from '../server/platform/runtime.ts';
import { buildWorkbook } from '../server/platform/xlsx.ts';
import { orgSheet } from '../server/modules/orgs/orgs.service.ts';
import { BENCH_PASSWORD, cityScale, generate, quickScale } from './generate.ts';
import { buildServer } from '../bin/build-server.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const dbArg = args.find((a) => a.startsWith('--db='))?.slice(5) ?? 'sqlite';
const dialects = dbArg === 'both' ? ['sqlite', 'postgres'] : [dbArg];
const scale = quick ? quickScale : cityScale;
// --quick only proves the bench runs (CI): 1 s a route, 1 s a baseline run.
const duration = quick ? 1 : 15;
const baselineDuration = quick ? 1 : 5;
const connections = 32;
const importRows = quick ? 2_000 : 100_000;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pgAdmin = process.env.TONGCHOU_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const targets = { ratio: 0.3, p99Ms: 100, importRowsPerSec: 20_000, peakRssMb: 300 };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return performance.now() - t0;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no healthy answer from ${url}`);
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

type Row = { name: string; reqPerSec: number; p50: number; p99: number; ratio: number | null; errors: number; non2xx: number; note?: string; rssMb?: number; cpuUsPerReq?: number; baselineReqPerSec?: number };

/** CPU time a process has used (user + system), in microseconds, from /proc (clock ticks of 10 ms). */
function cpuUs(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * 10_000;
  } catch {
    return NaN;
  }
}

// autocannon 8 appends every response body to a string (`body += chunk`) for its body checks (expectBody,
// verifyBody, onResponse), none of which the bench uses. Decoding binary bytes as UTF-8 is slow: a 9 KB brotli
// answer took it ~120 µs, more than the server spends on it, so every compressed route measured autocannon
// (a bare server sending 9 KB: 5,800 req/s, 34,000 without the decoding). Bytes are still counted.
const requestsQueue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody: (data: Buffer) => void } };
requestsQueue.prototype.addBody = () => {};

// Every request carries what a browser (Chrome) sends: the large kept answers go compressed (brotli).
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br, zstd' };

async function load(name: string, url: string, pid: number, headers: Record<string, string> = {}, seconds = duration): Promise<Omit<Row, 'ratio'>> {
  const cpu0 = cpuUs(pid);
  const r = await autocannon({ url, connections, duration: seconds, headers: { ...browserHeaders, ...headers }, timeout: 30 });
  // The server's own CPU per answer: unlike req/s it does not depend on how fast autocannon (on the same cores) can ask.
  const cpuUsPerReq = Math.round((cpuUs(pid) - cpu0) / Math.max(1, r.requests.total));
  return { name, reqPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, cpuUsPerReq };
}

async function runDialect(dialect: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-bench-'));
  let databaseUrl: string | null = null;
  let dbName = '';
  if (dialect === 'postgres') {
    dbName = `tongchou_bench_${process.pid}`;
    const c = new pg.Client({ connectionString: pgAdmin });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.query(`create database ${dbName}`);
    await c.end();
    const u = new URL(pgAdmin);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const env = {
    ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', TONGCHOU_DEMO: '0', TONGCHOU_JOBS: '0', LOG_LEVEL: 'warn',
    TONGCHOU_SECRET_KEY: 'cd'.repeat(32), TONGCHOU_LOGIN_RATE_LIMIT: '100000', TONGCHOU_ARGON2_MEMORY_KIB: '19456',
  };
  const children: ChildProcess[] = [];
  try {
    // 1. data
    const g0 = performance.now();
    const config = { ...loadConfig(env), logLevel: 'silent' };
    const { ctx, database } = await openContext(config, { logLevel: 'silent' });
    const gen = await generate(ctx, scale, (s) => process.stderr.write(`  [${dialect}] ${s}\n`));
    await database.close();
    const generateSec = (performance.now() - g0) / 1000;

    // 2. servers: the bare baseline and the real one (cold start measured to the first healthy answer).
    // The real one runs as `npm start` runs it: from the compiled build (made here, before the clock starts).
    await buildServer();
    const basePort = await freePort();
    const base = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/baseline.ts')], { env: { ...process.env, PORT: String(basePort) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(base);
    await waitHealthy(`http://127.0.0.1:${basePort}/`, base);
    const port = await freePort();
    const t0 = performance.now();
    const server = spawn(process.execPath, [path.join(root, 'bin/tongchou.js'), 'serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(server);
    await waitHealthy(`http://127.0.0.1:${port}/api/health`, server);
    const coldStartMs = Math.round(performance.now() - t0);
    let peakRss = rssMb(server.pid!);
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMb(server.pid!)); }, 200);

    const url = `http://127.0.0.1:${port}`;
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: BENCH_PASSWORD }) });
    if (!login.ok) throw new Error(`bench log-in failed: ${login.status} ${await login.text()}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const auth = { cookie };

    // 3. load. The bare handler runs before every route and after the last: a route's ratio is to the mean of
    // the two baseline runs beside it, so a machine that speeds up or slows down during the run (these shared
    // machines do, by half or more within minutes) moves both sides of the ratio alike.
    const year = gen.lastYear;
    const baseUrl = `http://127.0.0.1:${basePort}/`;
    const baselineRuns = [await load('baseline (bare Fastify)', baseUrl, base.pid!, {}, baselineDuration)];
    const rows: Row[] = [];
    const routes: [string, string][] = [
      ['health', '/api/health'],
      ['task list (filtered, paged)', `/api/plan/${year}/tasks?status=red&page=2&pageSize=20`],
      ['work-plan dashboard', `/api/plan/${year}/dashboard`],
      ['org tree', '/api/orgs'],
      ['project roll-up', `/api/projects/${year}/rollup`],
      ['enterprise visit coverage', `/api/enterprises/coverage/${year}`],
      ['price overview', `/api/prices/overview?date=${year}-10-31`],
      ["leaders' cockpit", '/api/cockpit'],
      ['my work', '/api/my-work'],
      ['audit search (page 1)', '/api/audit?page=1&pageSize=20'],
    ];
    for (const [name, p] of routes) {
      const r = await load(name, url + p, server.pid!, p.startsWith('/api/audit') ? {} : auth);
      const before = baselineRuns.at(-1)!;
      const after = await load('baseline (bare Fastify)', baseUrl, base.pid!, {}, baselineDuration);
      baselineRuns.push(after);
      const beside = Math.round((before.reqPerSec + after.reqPerSec) / 2);
      rows.push({ ...r, ratio: Math.round((r.reqPerSec / beside) * 1000) / 1000, baselineReqPerSec: beside, note: p.startsWith('/api/audit') ? 'anonymous: measures the 401 path' : undefined, rssMb: Math.round(rssMb(server.pid!)) });
    }
    // The baseline row: the median of its runs (by req/s), with their range.
    const byRate = [...baselineRuns].sort((a, b) => a.reqPerSec - b.reqPerSec);
    const mid = byRate[Math.floor(byRate.length / 2)]!;
    rows.unshift({ ...mid, ratio: 1, note: `median of ${byRate.length} runs of ${baselineDuration}s, one beside each route: ${byRate[0]!.reqPerSec}–${byRate.at(-1)!.reqPerSec} req/s` });

    const rssAfterLoad = Math.round(peakRss);
    // 4. import (end to end over HTTP: upload, parse, validate, commit in one transaction)
    const adminLogin = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sysadmin', password: BENCH_PASSWORD }) });
    const adminCookie = (adminLogin.headers.get('set-cookie') ?? '').split(';')[0];
    const adminCsrf = ((await adminLogin.json()) as { csrfToken: string }).csrfToken;
    const xlsx = await buildWorkbook(orgSheet, Array.from({ length: importRows }, (_, i) => ({ code: `IMP-${i}`, name: `导入单位${i}`, kind: '其他', parentCode: '', sortOrder: i, active: '是' })));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(xlsx)]), 'orgs.xlsx');
    const i0 = performance.now();
    const imp = await fetch(`${url}/api/orgs/import`, { method: 'POST', headers: { cookie: adminCookie, 'x-csrf-token': adminCsrf }, body: form });
    const importSec = (performance.now() - i0) / 1000;
    const importOk = imp.ok;
    const importBody = await imp.text();

    peakRss = Math.max(peakRss, rssMb(server.pid!));
    const rssAfterImport = Math.round(peakRss);
    // 5. documents
    const docMs: Record<string, number> = {};
    const documents = [
      ['monthly bulletin .docx', `/api/plan/${year}/report.docx?month=${year}-10`],
      ['assessment notice .docx', `/api/plan/${year}/assessment.docx`],
      ['price daily brief .docx', `/api/prices/brief.docx?date=${year}-10-31&kind=daily`],
      ['price weekly brief .docx', `/api/prices/brief.docx?date=${year}-10-31&kind=weekly`],
    ] as const;
    for (const [name, p] of documents) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const d0 = performance.now();
        const r = await fetch(url + p, { headers: auth });
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`${name}: ${r.status}`);
        times.push(performance.now() - d0);
      }
      docMs[name] = Math.round(times.sort((a, b) => a - b)[1]);
    }
    clearInterval(sampler);
    peakRss = Math.max(peakRss, rssMb(server.pid!));
    void csrfToken;
    return {
      dialect, scale, generateSec: Math.round(generateSec), coldStartMs, rows, import: { rows: importRows, seconds: Math.round(importSec * 100) / 100, rowsPerSec: importOk ? Math.round(importRows / importSec) : 0, ok: importOk, error: importOk ? undefined : importBody.slice(0, 300) },
      baselineRuns: baselineRuns.map((b) => ({ reqPerSec: b.reqPerSec, cpuUsPerReq: b.cpuUsPerReq })),
      docMs, peakRssMb: Math.round(peakRss), peakRssByPhase: { load: rssAfterLoad, import: rssAfterImport, documents: Math.round(peakRss) },
    };
  } finally {
    for (const c of children) c.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dbName) {
      const c = new pg.Client({ connectionString: pgAdmin });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    }
  }
}

function verdict(ok: boolean) {
  return ok ? 'ok' : 'MISSED';
}

const results = [];
for (const d of dialects) results.push(await runDialect(d));
for (const r of results) {
  console.log(`\n== ${r.dialect} · ${quick ? 'quick' : 'city scale'}: ${r.scale.years} years × ${r.scale.tasksPerYear} tasks (monthly reports), ${r.scale.districts} districts, ${r.scale.auditRows.toLocaleString()} audit rows; generated in ${r.generateSec}s ==`);
  console.log(`${'route'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'ratio'.padStart(6)} ${'beside'.padStart(7)} ${'err'.padStart(5)} ${'RSS MB'.padStart(6)} ${'CPU µs'.padStart(6)}  target`);
  for (const row of r.rows) {
    if (row.ratio === null) { console.log(`${row.name.padEnd(30)} ${'—'.padStart(8)} ${''.padStart(7)} ${''.padStart(7)} ${''.padStart(6)} ${''.padStart(5)}  ${row.note}`); continue; }
    const isBase = row.name.startsWith('baseline');
    const t = isBase ? '' : `ratio ≥ ${targets.ratio}: ${verdict(row.ratio >= targets.ratio)}; p99 < ${targets.p99Ms}: ${verdict(row.p99 < targets.p99Ms)}`;
    console.log(`${row.name.padEnd(30)} ${String(row.reqPerSec).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${row.ratio.toFixed(3).padStart(6)} ${String(row.baselineReqPerSec ?? '').padStart(7)} ${String(row.errors + row.non2xx).padStart(5)} ${String(row.rssMb ?? '').padStart(6)} ${String(row.cpuUsPerReq ?? '').padStart(6)}  ${t}${row.note ? ` (${row.note})` : ''}`);
  }
  console.log(`import ${r.import.rows.toLocaleString()} rows over HTTP: ${r.import.seconds}s = ${r.import.rowsPerSec.toLocaleString()} rows/s  (target ≥ ${targets.importRowsPerSec.toLocaleString()}: ${verdict(r.import.rowsPerSec >= targets.importRowsPerSec)})${r.import.ok ? '' : ` FAILED: ${r.import.error}`}`);
  for (const [k, v] of Object.entries(r.docMs)) console.log(`${k}: ${v} ms`);
  console.log(`server peak RSS: ${r.peakRssMb} MB (target < ${targets.peakRssMb}: ${verdict(r.peakRssMb < targets.peakRssMb)}; peak after the load ${r.peakRssByPhase.load} MB, after the import ${r.peakRssByPhase.import} MB);  cold start to first healthy answer: ${r.coldStartMs} ms`);
}
// The committed results.json holds a full run; quick runs (CI) write beside it, git-ignored. A run of one
// database keeps the other database's results of the earlier run (each result carries its own time).
const file = quick ? 'bench/results.quick.json' : 'bench/results.json';
const at = new Date().toISOString();
let earlier: { dialect: string }[] = [];
try {
  earlier = (JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as { results: { dialect: string }[] }).results.filter((r) => !dialects.includes(r.dialect));
} catch { /* no earlier run */ }
const out = { at, mode: quick ? 'quick' : 'city', machine: { cpus: os.cpus().length, node: process.version }, targets, results: [...earlier, ...results.map((r) => ({ at, ...r }))] };
fs.writeFileSync(path.join(root, file), JSON.stringify(out, null, 2) + '\n');
console.log(`\nwritten: ${file}`);
process.exit(0);
