// Crash consistency. PROVES: a server child process (`node bin/tongchou.js serve`) taking concurrent writes
// — sysadmin creating org units (POST /api/orgs), division staff renaming tasks (PATCH /api/plan/tasks/:id)
// and a town reporter saving a monthly draft (PUT /api/plan/tasks/:id/reports/2023-10, submit:false) —
// can be SIGKILLed at random moments (≥ 20 times quick, 100 long) and after every restart:
//   1. every write acknowledged with 2xx is in the database (org row present; task/report version at least
//      the acknowledged one);
//   2. nothing is half there: an org row of this test exists iff its org.create audit entry exists; a task's
//      version bumps equal its task.update audit entries (and its title is the last audited title); the
//      report's version equals its report.save_draft audit entries; no org row exists that was never sent;
//   3. the audit hash chain verifies after every kill (AuditLog.verify in-process), and
//      `node bin/tongchou.js audit verify` exits 0 (after every kill in the long run, every 4th in the quick).
// The checker is shown to see half writes first: an org row planted without its audit entry and a task
// version bumped without one are reported (then undone), so its silence after the kills means something.
// Figures printed: kills survived, kills with writes in flight, writes acknowledged / in flight / lost.
// Runs on SQLite and PostgreSQL (TONGCHOU_TEST_DB). Reproduce a run with TONGCHOU_SEED=<seed>.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import {
  LONG, ServerProcess, cli, createTestDatabase, HttpClient, rng, seedFromEnv, sleep, testDialect, verifyChain, withDb, type TestDatabase,
} from './support.ts';

const KILLS = Number(process.env.TONGCHOU_CRASH_KILLS) || (LONG ? 100 : 20);
const ORG_WRITERS = 3;
const TASK_WRITERS = 2;

let tdb: TestDatabase;
let server: ServerProcess;
before(async () => {
  tdb = await createTestDatabase({ demo: true });
  server = new ServerProcess(tdb);
  await server.start();
});
after(async () => {
  await server?.kill();
  await tdb?.drop();
});

type Stats = { acked: number; inFlightAtKill: number; failed: number; refused: number };

describe(`crash consistency (${testDialect})`, () => {
  it(`loses no acknowledged write and leaves no half write across ${KILLS} SIGKILLs`, { timeout: (LONG ? 60 : 10) * 60_000 }, async () => {
    const seed = seedFromEnv();
    const rand = rng(seed);
    console.log(`crash: seed ${seed}, ${KILLS} kills on ${testDialect}`);

    // The records the writers touch: two tasks staff renames, and one 庙城镇 task whose October report
    // the town reporter saves as a draft over and over.
    const staff0 = await new HttpClient(server.url).as('staff');
    const town0 = await new HttpClient(server.url).as('town');
    const all = (await staff0.get('/api/plan/2023/tasks?pageSize=200')).json().items as { id: number; leadUnitName: string; state?: string }[];
    const mine = (await town0.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as
      { id: number; abilities: { report: boolean }; lastReport: { period: string } | null; dueDate: string; startDate: string }[];
    const reportTask = mine.find((t) => t.abilities.report && t.lastReport?.period !== '2023-10' && t.dueDate >= '2023-10-31' && t.startDate <= '2023-10-01');
    assert.ok(reportTask, 'a 庙城镇 task without an October report');
    const patchTasks = all.filter((t) => t.id !== reportTask.id).slice(0, TASK_WRITERS).map((t) => t.id);
    assert.equal(patchTasks.length, TASK_WRITERS);

    const baseline = await withDb(tdb, async (d) => {
      const tasks = await d.db.selectFrom('tasks').select(['id', 'version']).where('id', 'in', patchTasks).execute();
      const audits = await d.db.selectFrom('auditLog').select(['entityId', sql<number>`count(*)`.as('n')])
        .where('action', '=', 'task.update').where('entityId', 'in', patchTasks.map(String)).groupBy('entityId').execute();
      return {
        version: new Map(tasks.map((t) => [t.id, t.version])),
        audits: new Map(patchTasks.map((id) => [id, Number(audits.find((a) => a.entityId === String(id))?.n ?? 0)])),
      };
    });

    const attempted = new Set<string>(); // org codes ever sent
    const ackedOrgs = new Set<string>(); // org codes acknowledged with 201
    const ackedTaskVersion = new Map<number, number>(patchTasks.map((id) => [id, baseline.version.get(id)!]));
    let ackedReportVersion = 0;
    let reportId: number | null = null;
    const totals: Stats = { acked: 0, inFlightAtKill: 0, failed: 0, refused: 0 };
    let killsWithWritesInFlight = 0;
    let orgSeq = 0;
    let killed = false;
    // Sessions live in the database and the server restarts on the same port, so these log in once.
    const [sys, staff, town] = await Promise.all([
      new HttpClient(server.url).as('sysadmin'), new HttpClient(server.url).as('staff'), new HttpClient(server.url).as('town'),
    ]);
    let cliRuns = 0;
    const prefix = `CR-${seed % 100000}-`;

    /** Everything that must hold after a crash, as a list of problems (empty = consistent). */
    const check = () => withDb(tdb, async (d) => {
      const problems: string[] = [];
      // 1. acknowledged orgs present, and no org row that was never sent.
      const rows = await d.db.selectFrom('orgUnits').select(['id', 'code']).where('code', 'like', `${prefix}%`).execute();
      const present = new Set(rows.map((r) => r.code));
      for (const c of ackedOrgs) if (!present.has(c)) problems.push(`acknowledged org ${c} lost`);
      for (const r of rows) if (!attempted.has(r.code)) problems.push(`org row ${r.code} that nobody sent`);
      // 2. org row ⇔ org.create audit entry, one each.
      const creates = await d.db.selectFrom('auditLog').select(['entityId', 'afterJson']).where('action', '=', 'org.create').where('actorName', '=', 'sysadmin').execute();
      const createdIds = new Map<string, number>();
      for (const c of creates) createdIds.set(c.entityId!, (createdIds.get(c.entityId!) ?? 0) + 1);
      for (const r of rows) if (createdIds.get(String(r.id)) !== 1) problems.push(`org ${r.code} (id ${r.id}) has ${createdIds.get(String(r.id)) ?? 0} org.create entries`);
      const rowIds = new Set(rows.map((r) => String(r.id)));
      for (const c of creates) {
        if (!rowIds.has(c.entityId!) && String(JSON.parse(c.afterJson ?? '{}').code ?? '').startsWith(prefix)) problems.push(`org.create entry for id ${c.entityId} without its row`);
      }
      // Tasks: version bumps = task.update entries; title = the last audited title; ≥ acknowledged version.
      for (const id of patchTasks) {
        const t = await d.db.selectFrom('tasks').select(['version', 'title']).where('id', '=', id).executeTakeFirstOrThrow();
        const ups = await d.db.selectFrom('auditLog').select(['afterJson']).where('action', '=', 'task.update').where('entityId', '=', String(id)).orderBy('seq').execute();
        if (t.version < ackedTaskVersion.get(id)!) problems.push(`task ${id} version ${t.version} < acknowledged ${ackedTaskVersion.get(id)}`);
        if (t.version - baseline.version.get(id)! !== ups.length - baseline.audits.get(id)!) problems.push(`task ${id}: ${t.version - baseline.version.get(id)!} version bumps but ${ups.length - baseline.audits.get(id)!} task.update entries`);
        if (ups.length > baseline.audits.get(id)! && JSON.parse(ups.at(-1)!.afterJson!).title !== t.title) problems.push(`task ${id} title is not its last audited title`);
      }
      // The report: its version = its report.save_draft entries; ≥ acknowledged version.
      const rep = await d.db.selectFrom('progressReports').select(['id', 'version']).where('taskId', '=', reportTask.id).where('period', '=', '2023-10').executeTakeFirst();
      if (ackedReportVersion > 0 && !(rep && rep.version >= ackedReportVersion)) problems.push(`report version ${rep?.version} < acknowledged ${ackedReportVersion}`);
      if (rep) {
        const drafts = await d.db.selectFrom('auditLog').select(sql<number>`count(*)`.as('n')).where('entityId', '=', `r${rep.id}`).where('action', '=', 'report.save_draft').executeTakeFirstOrThrow();
        if (Number(drafts.n) !== rep.version) problems.push(`report version ${rep.version} but ${drafts.n} report.save_draft entries`);
      } else if (reportId !== null) {
        problems.push('the acknowledged report is gone');
      }
      const chain = await verifyChain(d);
      if (!chain.ok) problems.push(`audit chain: ${JSON.stringify(chain.firstBad)}`);
      return problems;
    });

    // The checker sees a half write (else its silence would prove nothing): an org row written without its
    // audit entry, and a task version bumped without one, are both reported; then they are undone.
    {
      const probeCode = `${prefix}probe`;
      attempted.add(probeCode);
      await withDb(tdb, async (d) => {
        await d.db.insertInto('orgUnits').values({ code: probeCode, name: '半写探针', kind: 'other', parentId: null, path: '/probe/', depth: 1, sortOrder: 0, active: 1, version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), createdBy: null }).execute();
        await d.db.updateTable('tasks').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', patchTasks[0]).execute();
      });
      const seen = await check();
      await withDb(tdb, async (d) => {
        await d.db.deleteFrom('orgUnits').where('code', '=', probeCode).execute();
        await d.db.updateTable('tasks').set((eb) => ({ version: eb('version', '-', 1) })).where('id', '=', patchTasks[0]).execute();
      });
      attempted.delete(probeCode);
      assert.ok(seen.some((p) => p.includes(probeCode)) && seen.some((p) => p.includes(`task ${patchTasks[0]}:`)), `the checker missed planted half writes: ${JSON.stringify(seen)}`);
      assert.deepEqual(await check(), [], 'consistent before the first kill');
    }

    for (let cycle = 1; cycle <= KILLS; cycle++) {
      const stats: Stats = { acked: 0, inFlightAtKill: 0, failed: 0, refused: 0 };
      let inFlight = 0;
      killed = false;
      // Each write: counted in flight until its response (or its failure) arrives.
      const write = async (fn: () => Promise<{ status: number; body: any }>, onAck: (body: any) => void) => {
        inFlight++;
        try {
          const r = await fn();
          if (r.status >= 200 && r.status < 300) { stats.acked++; onAck(r.body); } else stats.refused++;
          return r;
        } catch {
          stats.failed++;
          return null;
        } finally {
          inFlight--;
        }
      };
      const orgWriter = async () => {
        while (!killed) {
          const code = `${prefix}${++orgSeq}`;
          attempted.add(code);
          const r = await write(async () => {
            const res = await sys.post('/api/orgs', { code, name: `崩溃测试单位 ${orgSeq}`, kind: 'other' });
            return { status: res.status, body: null };
          }, () => ackedOrgs.add(code));
          if (r && r.status !== 201) throw new Error(`org create refused: ${r.status}`);
          if (!r) return;
        }
      };
      const taskWriter = async (taskId: number) => {
        let version = (await staff.get(`/api/plan/tasks/${taskId}`).then((r) => r.json().version).catch(() => null)) as number | null;
        while (!killed && version !== null) {
          const title = `崩溃测试任务 ${taskId} v${version + 1}`;
          const r = await write(async () => {
            const res = await staff.patch(`/api/plan/tasks/${taskId}`, { version, title });
            return { status: res.status, body: res.status === 200 ? res.json() : res.code };
          }, (body) => {
            ackedTaskVersion.set(taskId, Math.max(ackedTaskVersion.get(taskId)!, body.version));
            version = body.version;
          });
          if (!r) return;
          if (r.status !== 200) throw new Error(`task patch refused: ${r.status} ${r.body}`);
        }
      };
      const reportWriter = async () => {
        let n = 0;
        while (!killed) {
          const r = await write(async () => {
            const res = await town.put(`/api/plan/tasks/${reportTask.id}/reports/2023-10`, { cumulativePct: 50, narrative: `崩溃测试草稿 ${cycle}-${++n}`, submit: false });
            return { status: res.status, body: res.status === 200 ? res.json() : res.code };
          }, (body) => {
            const rep = body.reports.find((x: { period: string }) => x.period === '2023-10');
            reportId = rep.id;
            ackedReportVersion = Math.max(ackedReportVersion, rep.version);
          });
          if (!r) return;
          if (r.status !== 200) throw new Error(`report draft refused: ${r.status} ${r.body}`);
        }
      };

      const writers = [
        ...Array.from({ length: ORG_WRITERS }, orgWriter),
        ...patchTasks.map((id) => taskWriter(id)),
        reportWriter(),
      ];
      // A random moment: from almost at once to ~1 s of load (long run: up to 3 s).
      await sleep(20 + Math.floor(rand() * (LONG ? 3000 : 1000)));
      stats.inFlightAtKill = inFlight;
      killed = true;
      await server.kill();
      await Promise.all(writers);

      // Restart, and in parallel check the chain with the CLI on the crashed database: after every kill in
      // the long run; after every 4th kill and the last in the quick run (each CLI start costs ~3 s of CPU
      // on this 2-core machine). The same chain check (AuditLog.verify) runs in-process after every kill.
      const runCli = LONG || cycle % 4 === 1 || cycle === KILLS;
      const [verify] = await Promise.all([runCli ? cli(['audit', 'verify'], tdb) : null, server.start()]);
      if (verify) {
        cliRuns++;
        assert.equal(verify.code, 0, `cycle ${cycle}: audit verify exited ${verify.code}: ${verify.stderr}${verify.stdout}`);
      }

      const problems = await check();
      assert.deepEqual(problems, [], `after kill ${cycle}`);

      totals.acked += stats.acked;
      totals.inFlightAtKill += stats.inFlightAtKill;
      totals.failed += stats.failed;
      totals.refused += stats.refused;
      if (stats.inFlightAtKill > 0) killsWithWritesInFlight++;
      if (LONG || cycle % 5 === 0 || cycle === 1) {
        console.log(`crash: kill ${cycle}/${KILLS}: ${stats.acked} writes acknowledged, ${stats.inFlightAtKill} in flight at the kill; chain ok${verify ? `, audit verify CLI exit 0 (${verify.ms} ms)` : ''}`);
      }
    }
    const present = await withDb(tdb, async (d) => (await d.db.selectFrom('orgUnits').select('code').where('code', 'like', `${prefix}%`).execute()).length);
    console.log(`crash (${testDialect}): kills survived ${KILLS}/${KILLS}; kills with writes in flight ${killsWithWritesInFlight}; ` +
      `writes acknowledged ${totals.acked}, in flight at kills ${totals.inFlightAtKill} (${present - ackedOrgs.size} unacknowledged org creates committed anyway), ` +
      `acknowledged writes lost 0, half writes 0; \`audit verify\` CLI exit 0 on ${cliRuns} crashed databases, in-process chain check after all ${KILLS}`);
    // Not vacuous: the kills hit a server that was busy writing.
    const restarts = server.startMs.slice(1);
    console.log(`crash: first start ${server.startMs[0]} ms (${testDialect === 'postgres' && process.env.TONGCHOU_TEST_PG_TEMPLATE ? 'on the demo copied from the template' : 'seeding the demo'}), restarts ${Math.min(...restarts)}–${Math.max(...restarts)} ms (mean ${Math.round(restarts.reduce((a, b) => a + b, 0) / restarts.length)})`);
    assert.ok(totals.acked > KILLS * 3, `too few writes acknowledged: ${totals.acked}`);
    assert.ok(killsWithWritesInFlight >= Math.ceil(KILLS * 0.8), `only ${killsWithWritesInFlight} of ${KILLS} kills hit writes in flight`);
  });
});
