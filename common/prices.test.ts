// The price calculations against figures worked by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alps, changePct, groupIndex, meanPrice, ruleAlert } from './prices.ts';

describe('price calculations', () => {
  it('averages the points and computes 环比/同比: (7.44 / 7.10 − 1) = 4.79%', () => {
    assert.equal(meanPrice([7.2, 7.5, 7.62]), 7.44);
    assert.equal(meanPrice([]), null);
    assert.equal(changePct(7.44, 7.1), 4.79);
    assert.equal(changePct(25.98, 26.36), -1.44);
    assert.equal(changePct(1, null), null);
  });

  it('weights a group index: pork 30 → 33 (w 2), beef 80 → 80 (w 1) → (2·1.1 + 1·1.0)/3 × 100 = 106.67', () => {
    assert.equal(groupIndex([{ weight: 2, price: 33, basePrice: 30 }, { weight: 1, price: 80, basePrice: 80 }]), 106.67);
    assert.equal(groupIndex([{ weight: 2, price: null, basePrice: 30 }, { weight: 1, price: 88, basePrice: 80 }]), 110, 'a missing price drops out with its weight');
  });

  it('raises a yellow rule alert at the threshold and red at twice it, for rises and falls', () => {
    const t = { risePct: 20, fallPct: 20 };
    assert.equal(ruleAlert(19.9, t), null);
    assert.equal(ruleAlert(20, t), 'yellow');
    assert.equal(ruleAlert(40, t), 'red');
    assert.equal(ruleAlert(-25, t), 'yellow');
    assert.equal(ruleAlert(null, t), null);
  });

  it('grades a price against its seasonal trend (ALPS): on trend is normal, a spike of many deviations is crisis', () => {
    // 36 months: trend 10 + 0.05·t, winter months +1.5, noise of ±0.1 on a 5-month cycle (so the month dummies cannot absorb it).
    const season = (m: number) => ([12, 1, 2].includes(m) ? 1.5 : 0);
    const history = Array.from({ length: 36 }, (_, t) => ({ month: (t % 12) + 1, price: 10 + 0.05 * t + season((t % 12) + 1) + (((t * 7) % 5) - 2) * 0.05 }));
    const onTrend = alps(history, { month: 1, price: 10 + 0.05 * 36 + 1.5 });
    assert.ok(onTrend && onTrend.grade === 'normal', JSON.stringify(onTrend));
    assert.ok(Math.abs(onTrend.expected - 13.3) < 0.1, `expected ≈ 10 + 0.05·36 + 1.5 = 13.3, got ${onTrend.expected}`);
    const spike = alps(history, { month: 1, price: 10 + 0.05 * 36 + 1.5 + 1.2 });
    assert.equal(spike?.grade, 'crisis');
    assert.equal(onTrend.seasons, 12);
    assert.equal(alps(history.slice(0, 11), { month: 12, price: 11 }), null, 'under 12 months: no statistical alert');
    assert.equal(alps(history.slice(0, 24), { month: 1, price: 12 })?.seasons, 4, 'a two-year history fits quarters');
  });
});
