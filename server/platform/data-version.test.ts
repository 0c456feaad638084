// VersionedCache: one computation per (key, version), shared by callers who ask while it runs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VersionedCache } from './data-version.ts';

describe('VersionedCache', () => {
  it('computes once for many callers at the same time, again when the version moves, and forgets failures', async () => {
    const cache = new VersionedCache<string, number>(4);
    let made = 0;
    const make = (v: number) => async () => {
      made++;
      await new Promise((r) => setTimeout(r, 5));
      return v;
    };
    const first = await Promise.all(Array.from({ length: 32 }, () => cache.obtain('k', '1', make(10))));
    assert.deepEqual(new Set(first), new Set([10]));
    assert.equal(made, 1, '32 callers, one computation');
    assert.equal(await cache.obtain('k', '1', make(99)), 10, 'kept while the version holds');
    assert.equal(await cache.obtain('k', '2', make(20)), 20, 'recomputed when it moves');
    assert.equal(made, 2);
    await assert.rejects(cache.obtain('bad', '1', async () => { throw new Error('boom'); }), /boom/);
    assert.equal(await cache.obtain('bad', '1', make(30)), 30, 'a failure is not kept');
  });

  it('keeps at most its size, dropping the least recently set', async () => {
    const cache = new VersionedCache<number, number>(2);
    for (const k of [1, 2, 3]) await cache.obtain(k, 'v', async () => k);
    let remade = false;
    await cache.obtain(1, 'v', async () => { remade = true; return 1; });
    assert.ok(remade, 'the oldest entry went');
  });
});
