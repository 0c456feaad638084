// Import atomicity. PROVES: an org-unit import (POST /api/orgs/import, a 5,000-row (quick: 2,000) xlsx built with the
// server's own buildWorkbook + orgSheet) is all-or-nothing across a SIGKILL of the server process: after
// each kill and restart, either every row of that file is in the database (and one org.import audit
// entry for it) or none is. One import first runs to completion (the "all" case, and its duration D);
// then each further file's server is killed at a different moment: some at fractions of D (upload, parse
// or write phase), and some once the import's write transaction is seen open (SQLite: another connection
// cannot take the write lock; PostgreSQL: a server backend holds a transaction with an xid), plus a random
// part of half the transaction's length as measured on the complete import — so kills provably land inside
// the transaction; on a busy machine a kill may still land just after the commit, so it kills again (up to 3×)
// until at least half of the planned kills hit the open transaction. Figures: kills, how many hit an open transaction,
// outcomes (all / none). Reproduce with TONGCHOU_SEED=<seed>.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { sql } from 'kysely';
import { buildWorkbook } from '../../server/platform/xlsx.ts';
import { orgSheet } from '../../server/modules/orgs/orgs.service.ts';
import { sqlitePath } from '../../server/platform/db.ts';
import {
  LONG, ServerProcess, createTestDatabase, HttpClient, rng, seedFromEnv, sleep, testDialect, verifyChain, withDb, type TestDatabase,
} from './support.ts';

// 5,000 rows take ~4 s to import on SQLite and ~15 s on PostgreSQL here; the quick run uses 2,000.
const ROWS = LONG ? 5_000 : 2_000;
const KILLS = LONG ? 12 : 3;

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

/** ROWS org units: every 50th a parent defined in the same file, the next 49 its children. */
async function orgFile(prefix: string): Promise<Buffer> {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < ROWS; i++) {
    const parent = i % 50 === 0 ? '' : `${prefix}-${i - (i % 50)}`;
    rows.push({ code: `${prefix}-${i}`, name: `导入测试单位 ${prefix} 第${i}行`, kind: '其他', parentCode: parent, sortOrder: i, active: '是' });
  }
  return buildWorkbook(orgSheet, rows);
}

/** Is a write transaction of the server open right now? */
function transactionProbe(t: TestDatabase): { open: () => Promise<boolean>; close: () => Promise<void> } {
  if (t.dialect === 'sqlite') {
    const db = new SQLite(sqlitePath({ dataDir: t.dataDir }), { timeout: 0 });
    return {
      open: async () => {
        try {
          db.exec('BEGIN IMMEDIATE');
          db.exec('ROLLBACK');
          return false;
        } catch (e) {
          if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
          throw e;
        }
      },
      close: async () => { db.close(); },
    };
  }
  const c = new pg.Client({ connectionString: t.databaseUrl! });
  const ready = c.connect();
  return {
    open: async () => {
      await ready;
      const r = await c.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`);
      return r.rows[0].n > 0;
    },
    close: async () => { await ready.catch(() => {}); await c.end(); },
  };
}

async function countPrefix(prefix: string): Promise<{ rows: number; imports: number }> {
  return withDb(tdb, async (d) => {
    const r = await d.db.selectFrom('orgUnits').select(sql<number>`count(*)`.as('n')).where('code', 'like', `${prefix}-%`).executeTakeFirstOrThrow();
    const a = await d.db.selectFrom('auditLog').select(sql<number>`count(*)`.as('n')).where('action', '=', 'org.import').executeTakeFirstOrThrow();
    const chain = await verifyChain(d);
    assert.ok(chain.ok, `audit chain after the kill: ${JSON.stringify(chain.firstBad)}`);
    return { rows: Number(r.n), imports: Number(a.n) };
  });
}

describe(`import atomicity (${testDialect})`, () => {
  it(`a ${ROWS}-row org import killed at ${KILLS} moments leaves all of its rows or none`, { timeout: (LONG ? 30 : 10) * 60_000 }, async () => {
    const seed = seedFromEnv();
    const rand = rng(seed);
    const run = `IM${seed % 100000}`;
    console.log(`import-atomicity: seed ${seed}, ${ROWS} rows per file, ${KILLS} kills on ${testDialect}`);

    // The complete import: its duration sets the kill moments, and it shows what "all" looks like.
    let sys = await new HttpClient(server.url).as('sysadmin');
    const first = await orgFile(`${run}-0`);
    const t0 = Date.now();
    // Watch the complete import's write transaction too: how long it stays open (T) bounds the delays below.
    const watch = transactionProbe(tdb);
    let finished = false;
    let openFrom = 0;
    let openTo = 0;
    const watching = (async () => {
      while (!finished) {
        if (await watch.open()) { openFrom ||= Date.now(); openTo = Date.now(); }
        await sleep(2);
      }
    })();
    const done = await sys.upload('/api/orgs/import', first, 'orgs.xlsx', { timeoutMs: 300_000 });
    const D = Date.now() - t0;
    finished = true;
    await watching;
    await watch.close();
    const T = Math.max(openTo - openFrom, 5);
    assert.equal(done.status, 200, done.text.slice(0, 500));
    assert.deepEqual(done.json(), { created: ROWS, updated: 0 });
    let expectedImports = (await countPrefix(`${run}-0`)).imports;
    assert.equal((await countPrefix(`${run}-0`)).rows, ROWS);
    console.log(`import-atomicity: a complete import of ${ROWS} rows (${(first.length / 1024).toFixed(0)} KB) took ${D} ms, its write transaction seen open for ~${T} ms`);

    const outcomes: { kill: number; how: string; txOpen: boolean; result: 'all' | 'none' }[] = [];
    // KILLS kills at least; on a busy machine a kill meant for the open transaction can land just after its commit
    // (an "all", also atomic), so kill again until enough kills landed inside it, up to three times as many.
    const need = Math.ceil(KILLS / 2);
    const inTxNoneSoFar = () => outcomes.filter((o) => o.txOpen && o.result === 'none').length;
    for (let k = 1; k <= KILLS || (inTxNoneSoFar() < need && k <= 3 * KILLS); k++) {
      const prefix = `${run}-${k}`;
      const file = await orgFile(prefix);
      const probe = transactionProbe(tdb);
      let response: { status: number } | null = null;
      let how: string;
      let txOpen = false;
      try {
        const pending = sys.upload('/api/orgs/import', file, 'orgs.xlsx', { timeoutMs: 300_000 }).then((r) => { response = r; }, () => {});
        if (k % 2 === 1) {
          // Wait for the write transaction, then a random part of the remaining time.
          const until = Date.now() + 3 * D + 10_000;
          while (!(txOpen = await probe.open()) && !response && Date.now() < until) await sleep(5);
          const extra = Math.floor(rand() * T * 0.5);
          await sleep(extra);
          how = `transaction seen open, then +${extra} ms`;
        } else {
          const f = 0.1 + 0.8 * rand();
          await sleep(Math.floor(f * D));
          how = `${Math.round(f * 100)}% of D`;
        }
        txOpen = !response && (await probe.open());
        await server.kill();
        await pending;
      } finally {
        await probe.close();
      }
      await server.start();
      sys = await new HttpClient(server.url).as('sysadmin');
      const after = await countPrefix(prefix);
      const result = after.rows === ROWS ? 'all' : after.rows === 0 ? 'none' : null;
      assert.ok(result, `kill ${k} (${how}): ${after.rows} of ${ROWS} rows of the killed import are in the database`);
      if (response) assert.equal(result, 'all', `kill ${k}: the import was acknowledged (${(response as { status: number }).status}) but rows are missing`);
      if (result === 'all') expectedImports++;
      assert.equal(after.imports, expectedImports, `kill ${k}: org.import audit entries vs committed imports`);
      outcomes.push({ kill: k, how, txOpen, result });
      console.log(`import-atomicity: kill ${k}: ${how}; write transaction open at the kill: ${txOpen}; rows after restart: ${result} (${after.rows})`);
    }
    const inTx = outcomes.filter((o) => o.txOpen);
    console.log(`import-atomicity (${testDialect}): kills survived ${outcomes.length}; kills inside the open import transaction ${inTx.length}; ` +
      `outcomes all ${outcomes.filter((o) => o.result === 'all').length}, none ${outcomes.filter((o) => o.result === 'none').length}, partial 0`);
    // Not vacuous: kills landed inside the write transaction, and those left nothing behind.
    // (A kill just as the transaction commits may leave "all" — also atomic — so count the "none"s.)
    const inTxNone = inTx.filter((o) => o.result === 'none').length;
    assert.ok(inTxNone >= need, `only ${inTxNone} kills hit an open import transaction and left nothing`);
  });
});
