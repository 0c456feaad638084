// The economy calculations against the worked examples of domain.md §2.3 and §3.2, computed by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  actualReductionPct, cagrPct, chainedAverageGrowthPct, completionPct, contributionPct, levelProgressPct, monthFromCumulative, openingQuarter,
  planElapsedPct, pullPp, ratePlanProgress, requiredGrowthPct, requiredReductionPct, sharePct, targetLevel, timeProgressPct, yoyGrowthPct,
  analyseIndicator, evaluatePlanIndicator, growthStatus, monthsElapsed, phasedTargetPct, seasonalSharePct, type AnalysisInput,
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

describe('indicator analysis (issue 4)', () => {
  it('grades growth against threshold lines, reversed for a ceiling', () => {
    const t = { targetPct: 6, floorPct: 4, excellentPct: 8 };
    assert.deepEqual(growthStatus(8.5, t), { status: 'green', excellent: true });
    assert.deepEqual(growthStatus(6, t), { status: 'green', excellent: false });
    assert.deepEqual(growthStatus(4, t), { status: 'yellow', excellent: false });
    assert.deepEqual(growthStatus(3.9, t), { status: 'red', excellent: false });
    assert.deepEqual(growthStatus(null, t), { status: 'grey', excellent: false });
    assert.equal(growthStatus(5.2, { targetPct: 6, floorPct: null, excellentPct: null }).status, 'yellow', 'default floor: target − 1 pp');
    assert.equal(growthStatus(4.9, { targetPct: 6, floorPct: null, excellentPct: null }).status, 'red');
    // 以内: energy use growth within 2%, floor line 3%.
    assert.equal(growthStatus(1.5, { targetPct: 2, floorPct: 3, excellentPct: null }, 'within').status, 'green');
    assert.equal(growthStatus(2.5, { targetPct: 2, floorPct: 3, excellentPct: null }, 'within').status, 'yellow');
    assert.equal(growthStatus(3.5, { targetPct: 2, floorPct: 3, excellentPct: null }, 'within').status, 'red');
  });

  it('reads periods as months elapsed and picks the phased target of the quarter', () => {
    assert.deepEqual(['2023-02', '2023-09', '2023-Q1', '2023-Q4'].map(monthsElapsed), [2, 9, 3, 12]);
    assert.equal(phasedTargetPct('2023-05', 8, [10, 9, 8.5, 8]), 9);
    assert.equal(phasedTargetPct('2023-Q3', 8, [10, null, null, 8]), 8, 'an empty quarter falls back to the annual target');
    assert.equal(phasedTargetPct('2023-02', 8, null), 8);
  });

  it('takes seasonal progress as the mean share of past full years: (30/120 + 33/120) / 2 = 26.25%', () => {
    assert.equal(seasonalSharePct([{ cumAtPeriod: 30, fullYear: 120 }, { cumAtPeriod: 33, fullYear: 120 }]), 26.25);
    assert.equal(seasonalSharePct([{ cumAtPeriod: null, fullYear: 120 }]), null);
  });

  it('analyses a worked series: single months, growth, goal line, completion, required and projected growth', () => {
    // 2022: Jan–Feb 20, Mar 30, Dec 120 (full year). 2023 target +5% on B = 120 → T = 126.
    const input: AnalysisInput = {
      freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'nominal', year: 2023,
      target: { growthPct: 5, level: null, baseValue: null, qualifier: 'above', floorPct: 4, excellentPct: null, phasing: null },
      values: [
        { period: '2023-03', cumValue: 31.5, prevCumValue: 30, yoyPct: null, cityYoyPct: 4, cityRank: 3 },
        { period: '2023-02', cumValue: 21, prevCumValue: 20, yoyPct: null, cityYoyPct: null, cityRank: null },
      ],
      past: [{ year: 2022, values: [{ period: '2022-02', cumValue: 20 }, { period: '2022-03', cumValue: 30 }, { period: '2022-12', cumValue: 120 }] }],
    };
    const a = analyseIndicator(input);
    assert.equal(a.baseValue, 120);
    assert.equal(a.baseSource, 'data');
    assert.equal(a.targetLevel, 126);
    const [feb, mar] = a.periods;
    assert.equal(feb.monthValue, null, 'Jan–Feb merged: no single month');
    assert.equal(mar.monthValue, 10.5, 'March = 31.5 − 21');
    assert.equal(mar.growthPct, 5); // 31.5 / 30 − 1
    assert.equal(mar.gapPp, 0);
    assert.equal(mar.goalCum, 31.5); // 30 × 1.05
    assert.equal(mar.completionPct, 25); // 31.5 / 126
    assert.equal(mar.timeProgressPct, 25);
    assert.equal(mar.seasonalProgressPct, 25); // 30 / 120
    assert.equal(mar.requiredGrowthPct, 5); // (126 − 31.5)/(120 − 30) − 1
    assert.equal(mar.projectedGrowthPct, 5); // 31.5 / 0.25 / 120 − 1
    assert.equal(mar.cityDiffPp, 1);
    assert.equal(mar.status, 'green');
    assert.equal(a.latest?.period, '2023-03');
  });

  it('uses the published rate for real growth and for growth-only series', () => {
    const base: AnalysisInput = {
      freq: 'Q', kind: 'flow', janFebMerged: false, growthBasis: 'real', year: 2023, target: null,
      values: [{ period: '2023-Q1', cumValue: 100, prevCumValue: 90, yoyPct: 4.8, cityYoyPct: null, cityRank: null }], past: [],
    };
    const p = analyseIndicator(base).periods[0];
    assert.deepEqual([p.growthPct, p.growthSource, p.status], [4.8, 'published', 'grey']);
    assert.equal(p.timeProgressPct, 25);
  });
});

describe('Five-Year-Plan indicator evaluation (domain.md §3.2)', () => {
  const facts = { binding: false, baseValue: null, targetValue: null, targetRatePct: null, chainRates: false, actuals: [] };
  it('PM2.5 35 → target 30, 2022 actual 31: progress 80% against 40% → 超前', () => {
    const e = evaluatePlanIndicator({ ...facts, form: 'level', binding: true, baseValue: 35, targetValue: 30, actuals: [{ year: 2021, value: 33, ratePct: null }, { year: 2022, value: 31, ratePct: null }] }, 2022);
    assert.deepEqual([e.asOfYear, e.progressPct, e.expectedPct, e.rating, e.flag], [2022, 80, 40, '超前', false]);
  });
  it('average growth 6% chained from 8.3% and 1.2%: 4.69% a year, (1.0469² − 1)/(1.06⁵ − 1) = 28.4% of the plan against 36.5% due → 基本符合', () => {
    const e = evaluatePlanIndicator({ ...facts, form: 'cagr', targetRatePct: 6, chainRates: true, actuals: [{ year: 2021, value: null, ratePct: 8.3 }, { year: 2022, value: null, ratePct: 1.2 }] }, 2022);
    assert.equal(e.actualRatePct, 4.69);
    assert.equal(e.expectedPct, 36.54);
    assert.equal(e.progressPct, 28.38);
    assert.equal(e.rating, '基本符合');
  });
  it('energy intensity −14% over five years, −3.1% and −1.5% done: 4.55% of 5.85% required → flagged, being binding', () => {
    const e = evaluatePlanIndicator({ ...facts, form: 'cumulativeReduction', binding: true, targetRatePct: 14, actuals: [{ year: 2021, value: null, ratePct: 3.1 }, { year: 2022, value: null, ratePct: 1.5 }] }, 2022);
    assert.equal(e.actualRatePct, 4.55);
    assert.equal(e.progressPct, 32.5);
    assert.equal(e.expectedPct, 41.79);
    assert.equal(e.flag, true);
  });
  it('a level reached before 2025 is 已提前完成; a floor missed is 未达标; no data is 暂无数据', () => {
    assert.equal(evaluatePlanIndicator({ ...facts, form: 'level', baseValue: 4.1, targetValue: 5, actuals: [{ year: 2022, value: 5.1, ratePct: null }] }, 2022).rating, '已提前完成');
    const floor = evaluatePlanIndicator({ ...facts, form: 'floor', binding: true, targetValue: 11.5, actuals: [{ year: 2022, value: 11.4, ratePct: null }] }, 2022);
    assert.deepEqual([floor.rating, floor.flag], ['未达标', true]);
    assert.equal(evaluatePlanIndicator({ ...facts, form: 'level', baseValue: 1, targetValue: 2 }, 2022).rating, '暂无数据');
    assert.equal(evaluatePlanIndicator({ ...facts, form: 'level', baseValue: 4.1, targetValue: 5, actuals: [{ year: 2023, value: 4.6, ratePct: null }] }, 2022).rating, '暂无数据', 'actuals after the as-of year do not count');
  });
});
