// The energy calculations against figures worked by hand with the GB/T 2589-2020 reference factors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptanceVerdict, checkLines, comprehensive, convertLine, defaultEnergySettings as s, electricityEqualValueOf, energyFactors, intensity,
  intensityDropPct, rankByScore, reviewNeed, scoreAssessment, unitsOf,
} from './energy.ts';

describe('energy conversion (折标)', () => {
  it('holds the domain.md §10.3 factors in one table', () => {
    const f = Object.fromEntries(energyFactors.map((e) => [e.code, e.factor]));
    assert.deepEqual(
      [f.raw_coal, f.cleaned_coal, f.coke, f.crude_oil, f.fuel_oil, f.gasoline, f.kerosene, f.diesel, f.lpg, f.refinery_gas, f.oilfield_gas, f.natural_gas, f.lng, f.heat, f.electricity],
      [0.7143, 0.9, 0.9714, 1.4286, 1.4286, 1.4714, 1.4714, 1.4571, 1.7143, 1.5714, 1.33, 1.2143, 1.7572, 0.03412, 0.1229],
    );
  });

  it('works the domain.md example: 8,000,000 kWh + 500,000 m³ gas + 20 t diesel = 1,619.49 tce', () => {
    // 8,000,000 × 0.1229 = 983,200 kgce = 983.2 tce; 500,000 × 1.2143 = 607,150 kgce = 607.15 tce;
    // 20 t = 20,000 kg × 1.4571 = 29,142 kgce = 29.142 tce; Σ = 1,619.492 → 1,619.49 tce.
    const c = comprehensive([
      { type: 'electricity', quantity: 800, unit: '万kWh' },
      { type: 'natural_gas', quantity: 50, unit: '万m³' },
      { type: 'diesel', quantity: 20, unit: 't' },
    ], s, 2023);
    assert.deepEqual(c.lines.map((l) => l.tceDL), [983.2, 607.15, 29.142]);
    assert.equal(c.tceDL, 1619.49);
    assert.equal(c.electricityKwh, 8_000_000);
    // 等价值: electricity at 2023's 0.2987 → 8,000,000 × 0.2987 = 2,389,600 kgce = 2,389.6 tce; others unchanged:
    // 2,389.6 + 607.15 + 29.142 = 3,025.892 → 3,025.89 tce.
    assert.equal(c.lines[0].factorDJ, 0.2987);
    assert.equal(c.tceDJ, 3025.89);
  });

  it('converts units within a type: 1 万kWh = 10,000 kWh = 1.229 tce; 1 GJ heat = 1,000 MJ × 0.03412 = 34.12 kgce', () => {
    assert.equal(convertLine({ type: 'electricity', quantity: 1, unit: '万kWh' }, s, 2023).tceDL, 1.229);
    assert.equal(convertLine({ type: 'electricity', quantity: 10_000, unit: 'kWh' }, s, 2023).tceDL, 1.229);
    assert.equal(convertLine({ type: 'electricity', quantity: 10, unit: 'MWh' }, s, 2023).tceDL, 1.229);
    const h = convertLine({ type: 'heat', quantity: 1000, unit: 'GJ' }, s, 2023);
    // 1,000 GJ = 1,000,000 MJ × 0.03412 = 34,120 kgce = 34.12 tce; 等价值 at 85% supply efficiency: 0.03412 / 0.85 = 0.040141 → 40.141 tce.
    assert.equal(h.tceDL, 34.12);
    assert.equal(h.factorDJ, 0.040141);
    assert.equal(h.tceDJ, 40.141);
    // 3 t raw coal = 3,000 kg × 0.7143 = 2,142.9 kgce = 2.1429 tce; 500 kg coal = 0.35715 → 0.3572 tce (4 dp).
    assert.equal(convertLine({ type: 'raw_coal', quantity: 3, unit: 't' }, s, 2023).tceDL, 2.1429);
    assert.equal(convertLine({ type: 'raw_coal', quantity: 500, unit: 'kg' }, s, 2023).tceDL, 0.3572);
  });

  it('takes the electricity 等价值 of the year, else the latest earlier year', () => {
    assert.equal(electricityEqualValueOf(s, 2022), 0.3005);
    assert.equal(electricityEqualValueOf(s, 2026), 0.2987, 'a later year uses the latest published');
    assert.equal(electricityEqualValueOf(s, 2010), 0.3021, 'an earlier year than any uses the earliest');
  });

  it('refuses an unknown type, a unit of another type (m³ for electricity) and a negative quantity, naming the row', () => {
    assert.deepEqual(unitsOf('electricity'), ['kWh', '万kWh', 'MWh']);
    assert.deepEqual(unitsOf('diesel'), ['kg', 't']);
    assert.deepEqual(checkLines([
      { type: 'electricity', quantity: 1, unit: 'kWh' },
      { type: 'electricity', quantity: 1, unit: 'm³' },
      { type: 'uranium', quantity: 1, unit: 'kg' },
      { type: 'diesel', quantity: -5, unit: 't' },
    ]).map((p) => [p.index, p.code]), [[1, 'energy.unit_mismatch'], [2, 'energy.unknown_type'], [3, 'energy.negative_quantity']]);
    assert.throws(() => convertLine({ type: 'electricity', quantity: 1, unit: 'm³' }, s, 2023), RangeError);
  });
});

describe('energy review rule (节能审查)', () => {
  it('needs no separate review under both 1,000 tce and 5,000,000 kWh, and a district review otherwise', () => {
    assert.deepEqual(reviewNeed({ tceDL: 999.99, electricityKwh: 4_999_999 }, s), { required: false, overThreshold: false, authority: 'none' });
    assert.deepEqual(reviewNeed({ tceDL: 1000, electricityKwh: 0 }, s), { required: true, overThreshold: true, authority: 'district' });
    // 5,000,000 kWh alone is only 614.5 tce but reaches the electricity threshold.
    assert.deepEqual(reviewNeed({ tceDL: 614.5, electricityKwh: 5_000_000 }, s), { required: true, overThreshold: true, authority: 'district' });
    assert.deepEqual(reviewNeed({ tceDL: 10_000, electricityKwh: 0 }, s), { required: true, overThreshold: true, authority: 'city' });
    assert.deepEqual(reviewNeed({ tceDL: 5000, electricityKwh: 0, exemptIndustry: true }, s), { required: false, overThreshold: true, authority: 'none' });
  });

  it('uses the configured thresholds, not constants', () => {
    assert.equal(reviewNeed({ tceDL: 600, electricityKwh: 0 }, { exemptTce: 500, exemptKwh: 5_000_000, cityTce: 5000 }).required, true);
    assert.equal(reviewNeed({ tceDL: 6000, electricityKwh: 0 }, { exemptTce: 500, exemptKwh: 5_000_000, cityTce: 5000 }).authority, 'city');
  });

  it('passes acceptance within the tolerance: 1,100 of 1,000 tce is +10% (passes), 1,100.1 is +10.01% (fails)', () => {
    assert.deepEqual(acceptanceVerdict(1000, 1100, 10), { deviationPct: 10, passed: true });
    assert.deepEqual(acceptanceVerdict(1000, 1100.1, 10), { deviationPct: 10.01, passed: false });
    assert.deepEqual(acceptanceVerdict(1000, 900, 10), { deviationPct: -10, passed: true });
  });
});

describe('target responsibility assessment (节能目标责任考核)', () => {
  it('computes intensity and its drop: 9,600 tce / 200,000 万元 vs 10,000 / 190,000 → drop 8.8%', () => {
    // 0.048 ÷ 0.0526316 = 0.912 → 1 − 0.912 = 8.8%.
    assert.equal(intensity(9600, 200_000), 0.048);
    assert.equal(intensityDropPct(9600, 200_000, 10_000, 190_000), 8.8);
    assert.equal(intensityDropPct(1, 0, 1, 1), null);
    assert.equal(intensity(5, 0), null);
  });

  it('scores a unit that meets everything: 30 + 30 + 40 × 18/20 = 96 → 超额完成', () => {
    const r = scoreAssessment({ targetDropPct: 3, capTce: 10_000, actualDropPct: 3.5, actualTce: 9800, deduction: 0,
      tasks: [{ title: '工业节能', points: 10, score: 9 }, { title: '建筑节能', points: 10, score: 9 }] });
    assert.deepEqual(r, { intensityScore: 30, totalScore: 30, measureScore: 36, deduction: 0, score: 96, grade: 'excellent', targetMet: true });
  });

  it('scores a unit over its cap and short of its intensity target, capped at 基本完成', () => {
    // intensity: 30 × 2.4/3 = 24; cap 10,000, actual 10,200 = 2% over → 30 − 3 × 2 = 24; measures 40 × 19/20 = 38;
    // deduction 2 → 24 + 24 + 38 − 2 = 84 (would be 完成), but the target is missed → 基本完成.
    const r = scoreAssessment({ targetDropPct: 3, capTce: 10_000, actualDropPct: 2.4, actualTce: 10_200, deduction: 2,
      tasks: [{ title: 'a', points: 10, score: 10 }, { title: 'b', points: 10, score: 9 }] });
    assert.deepEqual(r, { intensityScore: 24, totalScore: 24, measureScore: 38, deduction: 2, score: 84, grade: 'basic', targetMet: false });
    // A rise in intensity scores 0 on intensity: 0 + 30 + 0 (no tasks) = 30 → 未完成.
    assert.equal(scoreAssessment({ targetDropPct: 3, capTce: 100, actualDropPct: -1, actualTce: 90, deduction: 0, tasks: [] }).grade, 'failed');
  });

  it('ranks by score with ties sharing a rank (1, 2, 2, 4)', () => {
    assert.deepEqual(rankByScore([{ n: 'a', score: 80 }, { n: 'b', score: 95 }, { n: 'c', score: 80 }, { n: 'd', score: 70 }]).map((r) => [r.n, r.rank]),
      [['b', 1], ['a', 2], ['c', 2], ['d', 4]]);
  });
});
