// The livelihood index engine against an example worked by hand: 3 districts × 2 dimensions × 2 indicators.
//
//   dimension D1 (七有, weight 0.6): i1 (higher better, w 0.5), i2 (lower better, w 0.5)
//   dimension D2 (五性, weight 0.4): i3 (higher better, w 0.7), i4 (higher better, w 0.3)
//
//            i1   i2   i3   i4
//   A        10    5   80    2
//   B        20   10   60    4
//   C        15    0   70    3
//
// Min–max scores: i1 min 10 max 20 → A 0, B 100, C 50
//                 i2 (reversed) min 0 max 10 → A (10−5)/10 = 50, B 0, C 100
//                 i3 min 60 max 80 → A 100, B 0, C 50
//                 i4 min 2 max 4 → A 0, B 100, C 50
// D1 = 0.5·i1 + 0.5·i2: A 25, B 50, C 75.   D2 = 0.7·i3 + 0.3·i4: A 70, B 30, C 50.
// Total = 0.6·D1 + 0.4·D2: A 15 + 28 = 43, B 30 + 12 = 42, C 45 + 20 = 65 → ranks C 1, A 2, B 3.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregate, computeIndex, normalise, rankDrivers, rankOf, sensitivity, szcStatus, populationStatus, weightProblems, type EngineDimension, type EngineIndicator, type RawValues } from './livelihood.ts';
import { seededRandom } from './random.ts';

const dims: EngineDimension[] = [{ code: 'D1', group: '七有', weight: 0.6 }, { code: 'D2', group: '五性', weight: 0.4 }];
const inds: EngineIndicator[] = [
  { code: 'i1', dimension: 'D1', direction: 'up', weight: 0.5, target: 20 },
  { code: 'i2', dimension: 'D1', direction: 'down', weight: 0.5, target: 5 },
  { code: 'i3', dimension: 'D2', direction: 'up', weight: 0.7, target: 80 },
  { code: 'i4', dimension: 'D2', direction: 'up', weight: 0.3, target: 4 },
];
const raw: RawValues = { A: { i1: 10, i2: 5, i3: 80, i4: 2 }, B: { i1: 20, i2: 10, i3: 60, i4: 4 }, C: { i1: 15, i2: 0, i3: 70, i4: 3 } };
const byDistrict = (r: ReturnType<typeof computeIndex>) => Object.fromEntries(r.districts.map((d) => [d.district, d]));

describe('livelihood index engine', () => {
  it('normalises min–max (reversed for lower-is-better), z-score and distance to target', () => {
    assert.deepEqual(normalise({ A: 10, B: 20, C: 15 }, 'up', 'minmax'), { A: 0, B: 100, C: 50 });
    assert.deepEqual(normalise({ A: 5, B: 10, C: 0 }, 'down', 'minmax'), { A: 50, B: 0, C: 100 });
    // i1: mean 15, σ = √((25 + 25 + 0)/3) = 4.0825; A: z = −1.2247 → 50 − 12.247 = 37.753
    const z = normalise({ A: 10, B: 20, C: 15 }, 'up', 'zscore');
    assert.ok(Math.abs(z.A - 37.753) < 0.001, String(z.A));
    assert.equal(z.C, 50);
    // target: i1 up target 20 → A 50, B 100, C 75; i2 down target 5 → A 100, B 50, C (x = 0) capped 120
    assert.deepEqual(normalise({ A: 10, B: 20, C: 15 }, 'up', 'target', 20), { A: 50, B: 100, C: 75 });
    assert.deepEqual(normalise({ A: 5, B: 10, C: 0 }, 'down', 'target', 5), { A: 100, B: 50, C: 120 });
    // a missing value is left out, not zero-filled: min–max over A and C only
    assert.deepEqual(normalise({ A: 10, B: null, C: 15 }, 'up', 'minmax'), { A: 0, C: 100 });
  });

  it('computes dimension scores, sub-indices, totals and ranks as worked by hand', () => {
    const r = byDistrict(computeIndex(dims, inds, raw, { normalisation: 'minmax', aggregation: 'arithmetic' }));
    assert.deepEqual(r.A.dimensions, { D1: 25, D2: 70 });
    assert.deepEqual(r.B.dimensions, { D1: 50, D2: 30 });
    assert.deepEqual(r.C.dimensions, { D1: 75, D2: 50 });
    assert.deepEqual([r.A.total, r.B.total, r.C.total], [43, 42, 65]);
    assert.deepEqual([r.A.rank, r.B.rank, r.C.rank], [2, 3, 1]);
    // the 七有 sub-index is D1 alone here, the 五性 D2
    assert.deepEqual(r.A.groups, { 七有: 25, 五性: 70 });
  });

  it('changing one weight changes the index as computed by hand', () => {
    // i1 0.8, i2 0.2: D1 A 0.8·0 + 0.2·50 = 10, B 80, C 0.8·50 + 0.2·100 = 60
    // totals: A 0.6·10 + 28 = 34, B 48 + 12 = 60, C 36 + 20 = 56 → B 1, C 2, A 3
    const w = inds.map((i) => (i.code === 'i1' ? { ...i, weight: 0.8 } : i.code === 'i2' ? { ...i, weight: 0.2 } : i));
    const r = byDistrict(computeIndex(dims, w, raw, { normalisation: 'minmax', aggregation: 'arithmetic' }));
    assert.deepEqual([r.A.total, r.B.total, r.C.total], [34, 60, 56]);
    assert.deepEqual([r.A.rank, r.B.rank, r.C.rank], [3, 1, 2]);
  });

  it('aggregates geometrically on target scores', () => {
    // A on target scores: i1 50, i2 100, i3 100, i4 50.
    // D1 = 50^0.5 · 100^0.5 = √5000 = 70.711;  D2 = 100^0.7 · 50^0.3 = 25.119 · 3.2336 = 81.225
    // total = 70.711^0.6 · 81.225^0.4 = exp(0.6·ln 70.711 + 0.4·ln 81.225) = exp(0.6·4.2586 + 0.4·4.3972) = exp(4.3140) = 74.74
    const r = byDistrict(computeIndex(dims, inds, raw, { normalisation: 'target', aggregation: 'geometric' }));
    assert.equal(r.A.dimensions.D1, 70.71);
    assert.equal(r.A.dimensions.D2, 81.23);
    assert.equal(r.A.total, 74.74);
    // a zero score is floored at 1 before the logarithm: √(1 · 100) = 10
    assert.ok(Math.abs(aggregate([{ score: 0, weight: 0.5 }, { score: 100, weight: 0.5 }], 'geometric')! - 10) < 1e-9);
  });

  it('re-weights over the indicators present when a value is missing', () => {
    // 0.5·40 + 0.5·missing → 40 (not 20)
    assert.equal(aggregate([{ score: 40, weight: 0.5 }, { score: null, weight: 0.5 }], 'arithmetic'), 40);
  });

  it('ranks with ties sharing the better rank', () => {
    assert.deepEqual(rankOf({ a: 10, b: 20, c: 20, d: null, e: 5 }), { a: 3, b: 1, c: 1, d: null, e: 4 });
  });

  it('names the indicators that pull a district down; their drags add up to total − average', () => {
    // effective weights: i1 0.3, i2 0.3, i3 0.28, i4 0.12; the average score of every indicator is 50.
    // A: i1 0.3·(0 − 50) = −15, i2 0, i3 0.28·(100 − 50) = +14, i4 0.12·(0 − 50) = −6; sum −7 = 43 − 50.
    const r = computeIndex(dims, inds, raw, { normalisation: 'minmax', aggregation: 'arithmetic' });
    const d = rankDrivers(dims, inds, r, 'A');
    assert.deepEqual(d.map((x) => [x.indicator, x.drag]), [['i1', -15], ['i4', -6], ['i2', 0], ['i3', 14]]);
    assert.equal(d.reduce((a, x) => a + x.drag!, 0), 43 - 50);
    // weak = negative drag and rank in the bottom half (rank > 1.5): i1 and i4 (rank 3); i2 ranks 2 but drags 0
    assert.deepEqual(d.filter((x) => x.weak).map((x) => x.indicator), ['i1', 'i4']);
  });

  it('finds the weights invalid unless each level sums to 1', () => {
    assert.deepEqual(weightProblems(dims, inds), []);
    const bad = inds.map((i) => (i.code === 'i3' ? { ...i, weight: 0.6 } : i));
    assert.deepEqual(weightProblems(dims, bad), [{ level: 'indicators', dimension: 'D2', sum: 0.9 }]);
    assert.deepEqual(weightProblems([{ ...dims[0], weight: 0.7 }, dims[1]], inds), [{ level: 'dimensions', dimension: null, sum: 1.1 }]);
    // an unused dimension (weight 0, no indicators) is no problem; weighted but empty is
    assert.deepEqual(weightProblems([...dims, { code: 'D3', group: '五性', weight: 0 }], inds), []);
    assert.deepEqual(weightProblems([{ ...dims[0], weight: 0.5 }, { ...dims[1], weight: 0.4 }, { code: 'D3', group: '五性', weight: 0.1 }], inds), [{ level: 'indicators', dimension: 'D3', sum: 0 }]);
  });

  it('perturbs the weights reproducibly with a seeded generator', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = [a(), a(), a()];
    assert.deepEqual(xs, [b(), b(), b()]);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    const r = computeIndex(dims, inds, raw, { normalisation: 'minmax', aggregation: 'arithmetic' });
    const s1 = sensitivity(dims, inds, r, 'A', { runs: 200, spread: 0.1, seed: 7 });
    const s2 = sensitivity(dims, inds, r, 'A', { runs: 200, spread: 0.1, seed: 7 });
    assert.deepEqual(s1, s2);
    // C leads by 22 points: ±10% weights cannot move it. A (43) and B (42) are one point apart: they swap in some runs.
    const c = s1.districts.find((d) => d.district === 'C')!;
    assert.deepEqual([c.minRank, c.maxRank], [1, 1]);
    const sa = s1.districts.find((d) => d.district === 'A')!;
    assert.deepEqual([sa.minRank, sa.maxRank], [2, 3]);
    assert.equal(s1.selfHistogram.reduce((x, h) => x + h.count, 0), 200);
    // with no spread the ranks never move
    const still = sensitivity(dims, inds, r, 'A', { runs: 20, spread: 0 });
    assert.deepEqual(still.selfHistogram, [{ rank: 2, count: 20 }]);
  });

  it('grades 疏整促 completion against time progress and population against the cap', () => {
    // June: time progress 50%. 57% green, 45% yellow (within 10 points), 35% red.
    assert.equal(szcStatus(57, 50), 'green');
    assert.equal(szcStatus(45, 50), 'yellow');
    assert.equal(szcStatus(35, 50), 'red');
    assert.equal(populationStatus(30_001, 30_000), 'over');
    assert.equal(populationStatus(29_500, 30_000), 'near'); // within 2% (29,400)
    assert.equal(populationStatus(29_000, 30_000), 'ok');
  });
});
