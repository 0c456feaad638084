// The data layer on the database under test: the per-request queries run as kept statements (SQLite: a
// statement cache; PostgreSQL: named prepared statements on each pooled connection) and answer correctly.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, preparedQuery, type Database } from '../../server/platform/db.ts';
import { migrateToLatest } from '../../server/migrations/index.ts';
import { createTestDatabase, testDialect, type TestDatabase } from '../support/db.ts';

let tdb: TestDatabase;
let database: Database;
before(async () => {
  tdb = await createTestDatabase();
  database = openDatabase({ dataDir: tdb.dataDir, databaseUrl: tdb.databaseUrl ?? '' });
  await migrateToLatest(database.db);
});
after(async () => {
  await database.close();
  await tdb.drop();
});

const settingQuery = preparedQuery(['key'], (db, p) => db.selectFrom('settings').select(['key', 'value']).where('key', '=', p.key).limit(5));

describe(`data layer (${testDialect})`, () => {
  it('a kept query answers with each call\'s own values, also many at a time', async () => {
    const now = new Date().toISOString();
    await database.db.insertInto('settings').values([1, 2, 3].map((i) => ({ key: `dl.${i}`, value: `v${i}`, version: 1, updatedAt: now, updatedBy: null }))).execute();
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => settingQuery(database.db, { key: `dl.${(i % 3) + 1}` })));
    answers.forEach((rows, i) => assert.deepEqual(rows, [{ key: `dl.${(i % 3) + 1}`, value: `v${(i % 3) + 1}` }]));
    assert.deepEqual(await settingQuery(database.db, { key: 'dl.none' }), []);
  });

  it('PostgreSQL prepares a kept query once per connection, under its own name', { skip: testDialect !== 'postgres' }, async () => {
    const names = await database.db.transaction().execute(async (trx) => {
      await settingQuery(trx, { key: 'dl.1' });
      await settingQuery(trx, { key: 'dl.2' });
      const r = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(trx);
      return r.rows.filter((x) => x.statement.includes('"settings"'));
    });
    assert.equal(names.length, 1, 'one prepared statement for the query, however often it ran');
    assert.match(names[0]!.name, /^tongchou_\d+$/);
  });
});
