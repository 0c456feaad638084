// A PostgreSQL template for one test run: migrated and seeded with the full demo (without the price
// quotes) once, then copied by each API test file that wants that demo (`create database … template …`),
// which takes about a second instead of seeding again. scripts/test.js makes it before the PostgreSQL
// pass and drops it after. Usage: node --import tsx tests/support/pg-template.ts create|drop <name>
import pg from 'pg';
import { openContext } from '../../server/platform/runtime.ts';
import { seedAllDemo } from '../../server/demo/index.ts';
import { createTestDatabase, pgAdminUrl } from './db.ts';
import { testConfig } from './app.ts';

const [cmd, name] = process.argv.slice(2);
if (!name || !/^tongchou_tpl_[a-z0-9_]+$/.test(name)) throw new Error('usage: pg-template.ts create|drop tongchou_tpl_<id>');
if (cmd === 'create') {
  const tdb = await createTestDatabase({ name });
  const { ctx, database } = await openContext(testConfig(tdb), { logLevel: 'silent' });
  await seedAllDemo(ctx, undefined, { prices: false });
  await database.close();
  console.log(`PostgreSQL template ${name} ready`);
} else if (cmd === 'drop') {
  const c = new pg.Client({ connectionString: pgAdminUrl });
  await c.connect();
  await c.query(`drop database if exists ${name} with (force)`);
  await c.end();
} else {
  throw new Error(`unknown command ${cmd}`);
}
