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

  it('a kept query outside a transaction never sees that transaction\'s rows before it commits', async () => {
    const now = new Date().toISOString();
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let inserted!: () => void;
    const insertedP = new Promise<void>((r) => { inserted = r; });
    const trx = database.db.transaction().execute(async (t) => {
      await t.insertInto('settings').values({ key: 'dl.trx', value: 'pending', version: 1, updatedAt: now, updatedBy: null }).execute();
      inserted();
      await held;
    });
    await insertedP;
    // On SQLite the read waits for the connection (the transaction holds it); on PostgreSQL it reads what is committed.
    const during = settingQuery(database.db, { key: 'dl.trx' });
    const early = await Promise.race([during, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 50))]);
    if (testDialect === 'sqlite') assert.equal(early, 'waiting', 'the read waits while the transaction holds the one connection');
    else assert.deepEqual(early, [], 'PostgreSQL answers from what is committed');
    release();
    await trx;
    if (testDialect === 'sqlite') assert.deepEqual(await during, [{ key: 'dl.trx', value: 'pending' }], 'then reads the committed row');
    assert.deepEqual(await settingQuery(database.db, { key: 'dl.trx' }), [{ key: 'dl.trx', value: 'pending' }]);
  });
});
