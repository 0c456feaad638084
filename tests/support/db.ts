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

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-test-'));
  if (testDialect === 'sqlite') {
    return { dialect: 'sqlite', dataDir, databaseUrl: null, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `tongchou_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
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
