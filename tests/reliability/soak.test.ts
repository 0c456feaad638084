// Soak. PROVES: a server child process under a bounded mixed read/write load — several concurrent clients
// doing GET /api/plan/2023/dashboard, GET /api/plan/2023/tasks, GET /api/orgs, GET /api/me, POST /api/orgs
// and PUT monthly report drafts — answers every request as expected (zero 5xx, zero unexpected 4xx, zero
// transport errors) and its memory stays flat: the server's RSS at the end is within +50 MB (long run) of
// its RSS after warm-up. RSS is sampled from /proc every second and printed as a series (with /metrics'
// process_resident_memory_bytes at both ends). The heap saw-tooths by ~70 MB between collections, so "the
// value" at each end is the floor (lowest sample) of the first and of the last half of the measured window
// — a leak raises the floor; a collection that happens to fall in one window does not fake one. The floor
// itself settles only after ~60 s of this load (a 3.5-min run on SQLite: floors 253, 262, 275, 282, 289,
// then 288–301 MB for the remaining 2.5 min), so the 32-s quick run allows +80 MB: it catches a gross leak
// (tens of KB per request), the long run a slower one.
// Quick: 24 s of load after 8 s of warm-up; long (TONGCHOU_LONG=1): 3 min after 30 s.
// Figures: requests, errors, requests/s, p50/p99 latency, RSS series.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpClient, LONG, mb, sleep, startServer, testDialect } from './support.ts';

const WARMUP_MS = Number(process.env.SOAK_WARMUP) || (LONG ? 30_000 : 8_000);
const LOAD_MS = Number(process.env.SOAK_LOAD) || (LONG ? 180_000 : 24_000);
const GROWTH_LIMIT = (LONG ? 50 : 80) * 1024 * 1024;

let env: Awaited<ReturnType<typeof startServer>>;
before(async () => { env = await startServer(); });
after(async () => { await env?.close(); });

type Op = { name: string; expect: number; run: () => Promise<{ status: number; text: string }> };

describe(`soak (${testDialect})`, () => {
  it(`${(WARMUP_MS + LOAD_MS) / 1000} s of mixed load: no errors, memory flat`, { timeout: (LONG ? 15 : 3) * 60_000 }, async () => {
    const { server } = env;
    const as = (u: string) => new HttpClient(server.url).as(u);
    const [staff, staff2, leader, sys, town, town2] = await Promise.all([as('staff'), as('invest'), as('leader'), as('sysadmin'), as('town'), as('town2')]);
    // Draft-able October reports: tasks of each town without an October report yet.
    const draftable = async (c: HttpClient) => ((await c.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as
      { id: number; abilities: { report: boolean }; lastReport: { period: string } | null; startDate: string; dueDate: string }[])
      .filter((t) => t.abilities.report && t.lastReport?.period !== '2023-10' && t.startDate <= '2023-10-01' && t.dueDate >= '2023-10-31').map((t) => t.id);
    const townTasks = await draftable(town);
    const town2Tasks = await draftable(town2);
    assert.ok(townTasks.length > 0 && town2Tasks.length > 0, 'tasks to draft reports on');

    let orgSeq = 0;
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
    const reader = (c: HttpClient): Op[] => [
      { name: 'GET dashboard', expect: 200, run: () => c.get('/api/plan/2023/dashboard') },
      { name: 'GET tasks', expect: 200, run: () => c.get(`/api/plan/2023/tasks?page=${1 + Math.floor(Math.random() * 3)}&pageSize=20`) },
      { name: 'GET orgs', expect: 200, run: () => c.get('/api/orgs') },
      { name: 'GET me', expect: 200, run: () => c.get('/api/me') },
    ];
    const clients: { who: string; ops: Op[]; thinkMs: number }[] = [
      { who: 'staff', ops: reader(staff), thinkMs: 0 },
      { who: 'invest', ops: reader(staff2), thinkMs: 0 },
      { who: 'leader', ops: reader(leader), thinkMs: 5 },
      { who: 'sysadmin', ops: [
        { name: 'POST orgs', expect: 201, run: () => sys.post('/api/orgs', { code: `SOAK-${process.pid}-${++orgSeq}`, name: `压测单位${orgSeq}`, kind: 'other' }) },
        { name: 'GET orgs', expect: 200, run: () => sys.get('/api/orgs') },
        { name: 'GET me', expect: 200, run: () => sys.get('/api/me') },
      ], thinkMs: 40 },
      { who: 'town', ops: [
        { name: 'PUT report draft', expect: 200, run: () => town.put(`/api/plan/tasks/${pick(townTasks)}/reports/2023-10`, { cumulativePct: Math.floor(Math.random() * 90), narrative: `压测草稿 ${Date.now()}`, submit: false }) },
        { name: 'GET tasks', expect: 200, run: () => town.get('/api/plan/2023/tasks?mine=1') },
        { name: 'GET dashboard', expect: 200, run: () => town.get('/api/plan/2023/dashboard') },
      ], thinkMs: 20 },
      { who: 'town2', ops: [
        { name: 'PUT report draft', expect: 200, run: () => town2.put(`/api/plan/tasks/${pick(town2Tasks)}/reports/2023-10`, { cumulativePct: Math.floor(Math.random() * 90), narrative: `压测草稿 ${Date.now()}`, submit: false }) },
        { name: 'GET me', expect: 200, run: () => town2.get('/api/me') },
      ], thinkMs: 20 },
    ];

    const started = Date.now();
    const end = started + WARMUP_MS + LOAD_MS;
    const latencies: number[] = [];
    const perOp = new Map<string, number>();
    const errors: string[] = [];
    let requests = 0;
    const samples: { t: number; rss: number }[] = [];
    const sampler = (async () => {
      while (Date.now() < end) {
        samples.push({ t: Date.now() - started, rss: server.memory().rss });
        await sleep(1000);
      }
    })();
    const metricsAtStart = await server.metricsRss();
    await Promise.all(clients.map(async (c) => {
      while (Date.now() < end) {
        const op = pick(c.ops);
        const t0 = performance.now();
        try {
          const r = await op.run();
          if (r.status !== op.expect) errors.push(`${c.who} ${op.name}: ${r.status} ${r.text.slice(0, 200)}`);
        } catch (e) {
          errors.push(`${c.who} ${op.name}: ${(e as Error).message}`);
        }
        const ms = performance.now() - t0;
        if (Date.now() - started > WARMUP_MS) latencies.push(ms);
        requests++;
        perOp.set(op.name, (perOp.get(op.name) ?? 0) + 1);
        if (c.thinkMs) await sleep(c.thinkMs);
      }
    }));
    await sampler;
    const metricsAtEnd = await server.metricsRss();
    samples.push({ t: Date.now() - started, rss: server.memory().rss });

    const after = samples.filter((s) => s.t >= WARMUP_MS);
    const floor = (xs: { rss: number }[]) => Math.min(...xs.map((s) => s.rss));
    const half = Math.floor(after.length / 2);
    const baseline = floor(after.slice(0, half));
    const final = floor(after.slice(half));
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
    console.log(`soak (${testDialect}): ${requests} requests in ${((WARMUP_MS + LOAD_MS) / 1000).toFixed(0)} s by ${clients.length} clients (${[...perOp.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
      `errors ${errors.length} (5xx ${errors.filter((e) => /: 5\d\d /.test(e)).length}); ${(requests / ((WARMUP_MS + LOAD_MS) / 1000)).toFixed(0)} req/s; latency p50 ${q(0.5)} ms, p99 ${q(0.99)} ms`);
    console.log(`soak: server RSS series (MB, every second; warm-up ends after ${WARMUP_MS / 1000} s): ${samples.map((s) => (s.rss / 1024 / 1024).toFixed(0)).join(' ')}`);
    console.log(`soak: RSS floor after warm-up ${mb(baseline)}, at the end ${mb(final)} (${final >= baseline ? '+' : ''}${mb(final - baseline)}; limit +${mb(GROWTH_LIMIT)}); /metrics process_resident_memory_bytes ${mb(metricsAtStart)} → ${mb(metricsAtEnd)}`);
    for (const e of errors.slice(0, 10)) console.log(`soak error: ${e}`);
    assert.deepEqual(errors.slice(0, 20), [], `${errors.length} errors`);
    assert.ok(requests > (LONG ? 5000 : 500), `only ${requests} requests`);
    assert.ok(after.length >= 6, `only ${after.length} RSS samples after warm-up`);
    assert.ok(final - baseline < GROWTH_LIMIT, `server RSS grew by ${mb(final - baseline)}`);
    assert.ok(await server.healthy());
  });
});
