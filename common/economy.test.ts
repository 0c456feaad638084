// The economy calculations against the worked examples of domain.md §2.3 and §3.2, computed by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  actualReductionPct, cagrPct, chainedAverageGrowthPct, completionPct, contributionPct, levelProgressPct, monthFromCumulative, openingQuarter,
  planElapsedPct, pullPp, ratePlanProgress, requiredGrowthPct, requiredReductionPct, sharePct, targetLevel, timeProgressPct, yoyGrowthPct,
} from './economy.ts';

describe('economy calculations (domain.md §2.3 worked example)', () => {
  it('社零 Jan–Mar 42.6 on a comparable 40.1: growth 6.23%', () => {
    assert.equal(yoyGrowthPct(42.6, 40.1), 6.23);
    assert.equal(yoyGrowthPct(42.6, null), null, 'no comparable base, no computed growth');
    assert.equal(yoyGrowthPct(42.6, 0), null);
  });

  it('above-quota retail 26.0 (prev 24.0) in a total 42.6 (prev 40.1): contribution 80%, pull 4.99 pp, share 61.03%', () => {
    assert.equal(contributionPct(26.0, 24.0, 42.6, 40.1), 80);
    assert.equal(contributionPct(16.6, 16.1, 42.6, 40.1), 20, 'contributions of the parts add to 100');
    assert.equal(pullPp(26.0, 24.0, 40.1), 4.99);
    assert.equal(pullPp(16.6, 16.1, 40.1), 1.25);
    assert.equal(Math.round((4.99 + 1.25) * 100) / 100, 6.24, 'pulls add to the growth (6.23, rounding aside)');
    assert.equal(sharePct(26.0, 42.6), 61.03);
    assert.equal(contributionPct(1, 1, 2, 2), null);
  });

  it('fiscal revenue +5% on 40.0: T = 42.0; Jan–Jun 22.5 → completion 53.57%, time 50%, rest of year needs +2.63%', () => {
    const t = targetLevel(40.0, 5);
    assert.equal(t, 42);
    assert.equal(completionPct(22.5, t), 53.57);
    assert.equal(timeProgressPct(6, 12), 50);
    assert.equal(Math.round((53.57 - 50) * 100) / 100, 3.57, '超序时 3.57 pp');
    assert.equal(requiredGrowthPct(t, 22.5, 40.0, 21.0), 2.63);
    assert.equal(requiredGrowthPct(t, 22.5, 40.0, 40.0), null);
  });

  it('single months from cumulative values, and the 开门红 test', () => {
    assert.equal(monthFromCumulative(18.4, 11.9), 6.5);
    assert.deepEqual(openingQuarter(6.2, 5, 26.1), { growthMet: true, progressMet: true, red: true });
    assert.deepEqual(openingQuarter(4.9, 5, 26.1), { growthMet: false, progressMet: true, red: false });
    assert.deepEqual(openingQuarter(6.2, 5, 24.9), { growthMet: true, progressMet: false, red: false });
  });
});

describe('plan evaluation (domain.md §3.2)', () => {
  it('elapsed share: 40% at end-2022, 60% at end-2023', () => {
    assert.equal(planElapsedPct(2022), 40);
    assert.equal(planElapsedPct(2023), 60);
  });

  it('PM2.5 base 35, target 30, 2022 actual 31: progress 80% vs 40% → 超前; moving away → 严重滞后', () => {
    const p = levelProgressPct(31, 35, 30)!;
    assert.equal(p, 80);
    assert.equal(ratePlanProgress(p, planElapsedPct(2022), true).rating, '超前');
    assert.equal(levelProgressPct(36, 35, 30), -20);
    assert.deepEqual(ratePlanProgress(-20, 40, true), { rating: '严重滞后', flag: true });
  });

  it('classifies by band and flags binding indicators that are behind', () => {
    assert.deepEqual(ratePlanProgress(45, 40, false), { rating: '符合进度', flag: false });
    assert.deepEqual(ratePlanProgress(35, 40, false), { rating: '基本符合', flag: false });
    assert.deepEqual(ratePlanProgress(35, 40, true), { rating: '基本符合', flag: true });
    assert.deepEqual(ratePlanProgress(29.99, 40, false), { rating: '滞后', flag: false });
    assert.deepEqual(ratePlanProgress(30, 40, false), { rating: '基本符合', flag: false }, 'exactly 10 pp below is still 基本符合');
  });

  it('average growth: CAGR from levels, chained from published real rates', () => {
    assert.equal(cagrPct(121, 100, 2), 10);
    assert.equal(chainedAverageGrowthPct([8.5, 0.7]), 4.53, '√(1.085 × 1.007) − 1 = √1.092595 − 1');
    assert.equal(chainedAverageGrowthPct([]), null);
    assert.equal(cagrPct(0, 100, 2), null);
  });

  it('cumulative reduction: 14% over five years needs 5.85% by end-2022 (1 − 0.86^0.4); 3% + 2.5% achieved 5.43%', () => {
    assert.equal(requiredReductionPct(14, 2022), 5.85);
    assert.equal(actualReductionPct([3, 2.5]), 5.43);
  });
});
