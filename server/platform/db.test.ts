// The SQLite data layer's own behaviour: one connection handed out fairly, integer LIMITs written into
// the SQL (so a kept statement is not re-prepared on every bind), transactions still isolated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { FifoMutex, openDatabase } from './db.ts';

describe('FifoMutex', () => {
  it('hands the lock to waiters one at a time, in arrival order, and each waiter is woken once', async () => {
    const m = new FifoMutex();
    assert.equal(m.lock(), undefined, 'a free lock is taken at once, without a promise');
    const order: number[] = [];
    let wakeUps = 0;
    const waiters = [1, 2, 3, 4, 5].map(async (n) => {
      const p = m.lock();
      assert.ok(p instanceof Promise, 'a held lock makes the caller wait');
      await p;
      wakeUps++;
      order.push(n);
      await new Promise((r) => setImmediate(r)); // hold it across a turn of the event loop
      m.unlock();
    });
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(order, [], 'nobody runs while the first holder has it');
    m.unlock();
    await Promise.all(waiters);
    assert.deepEqual(order, [1, 2, 3, 4, 5]);
    assert.equal(wakeUps, 5);
    assert.equal(m.lock(), undefined, 'free again after the last waiter let go');
  });
});

describe('SQLite database', () => {
  const open = () => openDatabase({ dataDir: '', databaseUrl: '' }, { file: ':memory:' });

  it('writes an integer LIMIT into the SQL and binds everything else', async () => {
    const { db, close } = open();
    try {
      const q = db.selectFrom('settings').select('key').where('key', '=', 'x').limit(20).offset(40).compile();
      assert.match(q.sql, /limit 20 offset \?$/);
      assert.deepEqual(q.parameters, ['x', 40]);
    } finally {
      await close();
    }
  });

  it('many queries in flight while a transaction holds the connection: none runs inside it, all answer', async () => {
    const { db, close } = open();
    try {
      await sql`create table t (n integer)`.execute(db);
      let release!: () => void;
      const held = new Promise<void>((r) => { release = r; });
      const trx = db.transaction().execute(async (tx) => {
        await tx.insertInto('t' as never).values({ n: 1 } as never).execute();
        await held;
        await tx.insertInto('t' as never).values({ n: 2 } as never).execute();
      });
      // Queries from outside wait for the transaction, then see both rows (never just one).
      const reads = Array.from({ length: 50 }, () => sql<{ c: number }>`select count(*) as c from t`.execute(db));
      await new Promise((r) => setImmediate(r));
      release();
      await trx;
      const counts = (await Promise.all(reads)).map((r) => r.rows[0]!.c);
      assert.deepEqual(new Set(counts), new Set([2]));
    } finally {
      await close();
    }
  });
});
