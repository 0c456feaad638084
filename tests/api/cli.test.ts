// The `tongchou` CLI as a user runs it: migrate, user create → log-in, audit verify catching a hand edit,
// backup and restore.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../../server/app.ts';
import { openContext } from '../../server/platform/runtime.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { Client, testConfig } from '../support/app.ts';

let tdb: TestDatabase;
let env: NodeJS.ProcessEnv;
before(async () => {
  tdb = await createTestDatabase();
  env = {
    ...process.env, DATA_DIR: tdb.dataDir, DATABASE_URL: tdb.databaseUrl ?? '', TONGCHOU_SECRET_KEY: 'ab'.repeat(32), TONGCHOU_DEMO_PRICES: '0',
    TONGCHOU_ARGON2_MEMORY_KIB: '1024', TONGCHOU_ARGON2_TIME: '1', LOG_LEVEL: 'silent',
  };
});
after(async () => { await tdb.drop(); });

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.resolve('bin/tongchou.js'), ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

describe('tongchou CLI', () => {
  it('migrates, seeds, creates a user who can log in and must change the initial password', async () => {
    assert.equal(cli('migrate').status, 0);
    const seed = cli('seed', '--demo');
    assert.equal(seed.status, 0, seed.stderr);
    const bad = cli('user', 'create', '--username', 'x', '--password', 'weak', '--role', 'leader', '--org', 'DRC');
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /password\.too_short|密码至少/);
    const res = cli('user', 'create', '--username', 'firstadmin', '--password', 'Initial#2023x', '--role', 'unit_reporter', '--org', 'T-BOHAI', '--name', '渤海联络员');
    assert.equal(res.status, 0, res.stderr);
    const { ctx, database } = await openContext(testConfig(tdb), { logLevel: 'silent' });
    const app = await buildApp(ctx, { logger: false });
    const c = new Client(app);
    assert.equal((await c.login('firstadmin', 'Initial#2023x')).statusCode, 200);
    const me = (await c.get('/api/me')).json();
    assert.equal(me.role, 'unit_reporter');
    assert.equal(me.orgName, '渤海镇');
    assert.equal(me.mustChangePassword, true);
    await app.close();
    await database.close();
  });

  it('audit verify passes on an intact log and fails naming the first bad row after a hand edit', async () => {
    const ok = cli('audit', 'verify');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /校验通过/);
    const { ctx, database } = await openContext(testConfig(tdb), { logLevel: 'silent' });
    await ctx.db.updateTable('auditLog').set({ action: 'tampered' }).where('seq', '=', 3).execute();
    await database.close();
    const bad = cli('audit', 'verify');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /第 3 条/);
  });

  it('backs up and restores (SQLite online backup, or pg_dump/pg_restore)', async () => {
    const file = path.join(tdb.dataDir, 'backup.db');
    const b = cli('backup', file);
    assert.equal(b.status, 0, b.stderr);
    assert.ok(fs.statSync(file).size > 5_000);
    const r = cli('restore', file);
    assert.equal(r.status, 1, 'the restored copy still carries the tampered row, and restore says so');
    assert.match(r.stdout, /校验失败/);
  });
});
