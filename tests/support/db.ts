// Test databases: each test file gets its own — a temporary SQLite file, or a fresh PostgreSQL
// database on 127.0.0.1:5432 created for the run and dropped after. TONGCHOU_TEST_DB picks the dialect.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestDialect = 'sqlite' | 'postgres';
export const testDialect: TestDialect = process.env.TONGCHOU_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const pgAdminUrl = process.env.TONGCHOU_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = { dialect: TestDialect; dataDir: string; databaseUrl: string | null; drop: () => Promise<void> };

/** `template`: a PostgreSQL database to copy (already migrated and seeded), see pg-template.ts. */
export async function createTestDatabase(opts: { template?: string; name?: string } = {}): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-test-'));
  if (testDialect === 'sqlite') {
    return { dialect: 'sqlite', dataDir, databaseUrl: null, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = opts.name ?? `tongchou_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(opts.template && /^[a-z0-9_]+$/.test(opts.template) ? `create database ${name} template ${opts.template}` : `create database ${name}`);
      break;
    } catch (err) {
      // Two copies of one template at the same moment: PostgreSQL refuses the second while the first reads it.
      if (attempt >= 20 || !/being accessed by other users/.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres', dataDir, databaseUrl: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
