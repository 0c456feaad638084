// Backup and restore while writes go on. PROVES: with a server child process taking a steady stream of
// writes (sysadmin creating org units, the town reporter saving report drafts), `node bin/tongchou.js
// backup FILE` (SQLite: the online backup API; PostgreSQL: pg_dump) taken in the middle of the stream, then
// `node bin/tongchou.js restore FILE` into a fresh data dir / a fresh PostgreSQL database (restore verifies
// the audit chain itself and must exit 0), gives a database that
//   1. passes `node bin/tongchou.js audit verify` (exit 0),
//   2. holds every write acknowledged before the backup began,
//   3. is a consistent snapshot: each org unit of the stream has its org.create audit entry and vice versa,
//      and nothing is there that was never sent;
//   4. serves: a server started on it lists the restored units and takes a new write (long run; on
//      PostgreSQL — where id sequences must come back with the dump — also in the quick run).
// The writes keep going during the backup (the figure shows how many were acknowledged while it ran).
// Figures: writes acknowledged before / during / after the backup, rows restored, backup size and time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import {
  LONG, ServerProcess, cli, createTestDatabase, HttpClient, sleep, testDialect, verifyChain, withDb, type TestDatabase,
} from './support.ts';

let source: TestDatabase;
let target: TestDatabase | null = null;
let server: ServerProcess;
let restored: ServerProcess | null = null;
before(async () => {
  source = await createTestDatabase({ demo: true });
  server = new ServerProcess(source);
  await server.start();
});
after(async () => {
  await restored?.kill();
  await server?.kill();
  await target?.drop();
  await source?.drop();
});

describe(`backup and restore under writes (${testDialect})`, () => {
  it('a backup taken during writes restores to a verified database with every write acknowledged before it', { timeout: 10 * 60_000 }, async () => {
    const [sys, town] = await Promise.all([new HttpClient(server.url).as('sysadmin'), new HttpClient(server.url).as('town')]);
    const mine = (await town.get('/api/plan/2023/tasks?pageSize=200&mine=1')).json().items as { id: number; abilities: { report: boolean }; lastReport: { period: string } | null; startDate: string; dueDate: string }[];
    const draftTask = mine.find((t) => t.abilities.report && t.lastReport?.period !== '2023-10' && t.startDate <= '2023-10-01' && t.dueDate >= '2023-10-31');
    assert.ok(draftTask);

    const acked = new Map<string, number>(); // org code → time its 201 arrived
    const sent = new Set<string>();
    let draftsAcked = 0;
    let stop = false;
    let n = 0;
    const writers = [
      ...Array.from({ length: 2 }, async () => {
        while (!stop) {
          const code = `BK-${++n}`;
          sent.add(code);
          const r = await sys.post('/api/orgs', { code, name: `备份测试单位${n}`, kind: 'other' });
          assert.equal(r.status, 201, r.text);
          acked.set(code, Date.now());
        }
      }),
      (async () => {
        while (!stop) {
          const r = await town.put(`/api/plan/tasks/${draftTask.id}/reports/2023-10`, { cumulativePct: 10, narrative: `备份测试草稿 ${Date.now()}`, submit: false });
          assert.equal(r.status, 200, r.text);
          draftsAcked++;
        }
      })(),
    ];
    await sleep(LONG ? 5000 : 1500);

    const file = path.join(source.dataDir, testDialect === 'sqlite' ? 'backup.db' : 'backup.dump');
    const began = Date.now();
    const before = new Set([...acked.entries()].filter(([, t]) => t < began).map(([c]) => c));
    const backup = await cli(['backup', file], source);
    const ended = Date.now();
    assert.equal(backup.code, 0, `backup exited ${backup.code}: ${backup.stderr}${backup.stdout}`);
    const during = [...acked.values()].filter((t) => t >= began && t <= ended).length;
    await sleep(500);
    stop = true;
    await Promise.all(writers);
    const total = acked.size;
    await server.kill();
    console.log(`backup: ${before.size} org writes acknowledged before the backup began, ${during} while it ran (${ended - began} ms, ${(fs.statSync(file).size / 1024).toFixed(0)} KB), ${total - before.size - during} after; ${draftsAcked} report drafts acknowledged in all`);
    assert.ok(before.size >= 5, `only ${before.size} writes before the backup`);
    assert.ok(during > 0, 'no write was acknowledged while the backup ran — the test did not back up under load');

    // Restore into a fresh data dir / database.
    target = await createTestDatabase();
    const restore = await cli(['restore', file], target);
    assert.equal(restore.code, 0, `restore exited ${restore.code}: ${restore.stderr}${restore.stdout}`);
    assert.match(restore.stdout, /校验通过/);
    const verify = await cli(['audit', 'verify'], target);
    assert.equal(verify.code, 0, `audit verify exited ${verify.code}: ${verify.stderr}${verify.stdout}`);

    const got = await withDb(target, async (d) => {
      const rows = await d.db.selectFrom('orgUnits').select(['id', 'code']).where('code', 'like', 'BK-%').execute();
      const creates = await d.db.selectFrom('auditLog').select(['entityId']).where('action', '=', 'org.create').where('actorName', '=', 'sysadmin').execute();
      const chain = await verifyChain(d);
      const drafts = await d.db.selectFrom('progressReports').select(['id', 'version']).where('taskId', '=', draftTask.id).where('period', '=', '2023-10').executeTakeFirst();
      const draftAudits = drafts ? Number((await d.db.selectFrom('auditLog').select(sql<number>`count(*)`.as('n')).where('entityId', '=', `r${drafts.id}`).executeTakeFirstOrThrow()).n) : 0;
      return { rows, creates, chain, drafts, draftAudits };
    });
    assert.ok(got.chain.ok, JSON.stringify(got.chain.firstBad));
    const present = new Set(got.rows.map((r) => r.code));
    const lost = [...before].filter((c) => !present.has(c));
    assert.deepEqual(lost, [], 'writes acknowledged before the backup began are missing from the restore');
    assert.deepEqual(got.rows.filter((r) => !sent.has(r.code)), [], 'rows nobody sent');
    const createIds = new Set(got.creates.map((c) => c.entityId));
    assert.deepEqual(got.rows.filter((r) => !createIds.has(String(r.id))).map((r) => r.code), [], 'org rows without their audit entry');
    const rowIds = new Set(got.rows.map((r) => String(r.id)));
    const demoIds = await withDb(target, async (d) => new Set((await d.db.selectFrom('orgUnits').select('id').execute()).map((r) => String(r.id))));
    assert.deepEqual(got.creates.filter((c) => !rowIds.has(c.entityId!) && !demoIds.has(c.entityId!)), [], 'org.create entries without their row');
    if (got.drafts) assert.equal(got.draftAudits, got.drafts.version, 'the report draft version vs its audit entries');
    console.log(`backup (${testDialect}): restored ${got.rows.length} of ${total} org units (all ${before.size} acknowledged before the backup); audit chain ${got.chain.checked} rows verified by restore, \`audit verify\` and in-process; backup ${backup.ms} ms, restore ${restore.ms} ms`);

    // The restored database serves.
    if (LONG || testDialect === 'postgres') {
      restored = new ServerProcess(target);
      await restored.start();
      const c = await new HttpClient(restored.url).as('sysadmin');
      const codes = new Set(((await c.get('/api/orgs')).json().items as { code: string }[]).map((o) => o.code));
      assert.ok([...before].every((code) => codes.has(code)), 'the restored server does not list the restored units');
      // New writes work (PostgreSQL: the id sequences came back with the data).
      const fresh = await c.post('/api/orgs', { code: 'BK-AFTER-RESTORE', name: '恢复后新建', kind: 'other' });
      assert.equal(fresh.status, 201, fresh.text);
      console.log('backup: a server started on the restored database lists the restored units and takes new writes');
    }
  });
});
