// Economic monitoring (经济运行监测) and plan-evaluation (规划评估) calculations, domain.md §2.3 and §3.2.
// Pure functions on numbers; amounts in whatever unit the indicator states. Growth rates are in %,
// differences between rates in percentage points (pp). The economy module (issue 4) builds on these.
// Every formula is repeated in docs/formulas.md; economy.test.ts checks the domain's worked examples.

const round = (v: number, dp = 2) => Math.round(v * 10 ** dp) / 10 ** dp;

/** A single month's value from cumulative (累计) values: cum(m) − cum(m−1). */
export function monthFromCumulative(cum: number, previousCum: number): number {
  return round(cum - previousCum, 4); // amounts are kept to 4 decimal places (万元)
}

/** Year-on-year growth (同比), %: cum_t / comparable_{t−1} − 1. Null when there is no comparable base. */
export function yoyGrowthPct(current: number, comparablePrevious: number | null | undefined): number | null {
  if (comparablePrevious === null || comparablePrevious === undefined || comparablePrevious === 0) return null;
  return round((current / comparablePrevious - 1) * 100);
}

/** Share (占比), %: part / total × 100. */
export function sharePct(part: number, total: number): number | null {
  return total === 0 ? null : round((part / total) * 100);
}

/** Contribution rate (贡献率), %: ΔX_i / ΔX_total × 100. Components' contributions add to 100. */
export function contributionPct(partNow: number, partPrev: number, totalNow: number, totalPrev: number): number | null {
  const dTotal = totalNow - totalPrev;
  return dTotal === 0 ? null : round(((partNow - partPrev) / dTotal) * 100);
}

/** Pull (拉动), pp: ΔX_i / X_total,prev × 100. Components' pulls add to the total's growth. */
export function pullPp(partNow: number, partPrev: number, totalPrev: number): number | null {
  return totalPrev === 0 ? null : round(((partNow - partPrev) / totalPrev) * 100);
}

/** The annual target level: T = B_prev × (1 + g*). */
export function targetLevel(basePrevious: number, growthTargetPct: number): number {
  return basePrevious * (1 + growthTargetPct / 100);
}

/** Completion of an annual target, %: C / T × 100. */
export function completionPct(cumulative: number, target: number): number | null {
  return target === 0 ? null : round((cumulative / target) * 100);
}

/** Time progress (序时进度), %: m/12 for monthly flows, q/4 for quarterly ones. */
export function timeProgressPct(elapsed: number, of: 12 | 4): number {
  return round((elapsed / of) * 100);
}

/**
 * Growth the rest of the year must reach, %: (T − C_m) / (B_prev − P_m) − 1, where P_m is last year's
 * comparable cumulative through the same month. Null when last year's remainder is zero.
 */
export function requiredGrowthPct(target: number, cumulative: number, basePrevious: number, previousCumulative: number): number | null {
  const rest = basePrevious - previousCumulative;
  return rest === 0 ? null : round(((target - cumulative) / rest - 1) * 100);
}

/** 开门红: Q1 growth at or above the annual growth target, and completion at or above time progress (25%). */
export function openingQuarter(q1GrowthPct: number | null, growthTargetPct: number, q1CompletionPct: number | null): { growthMet: boolean; progressMet: boolean; red: boolean } {
  const growthMet = q1GrowthPct !== null && q1GrowthPct >= growthTargetPct;
  const progressMet = q1CompletionPct === null ? true : q1CompletionPct >= 25;
  return { growthMet, progressMet, red: growthMet && progressMet };
}

// ── Five-Year Plan mid-term evaluation (§3.2) ──

/** Elapsed share of the plan at the end of year y: (y − base)/span. 40% at end-2022 for 2021–2025. */
export function planElapsedPct(year: number, baseYear = 2020, span = 5): number {
  return round(((year - baseYear) / span) * 100);
}

/** Level target: progress = (A − B)/(T − B) × 100. Negative when moving away from the target. */
export function levelProgressPct(actual: number, base: number, target: number): number | null {
  return target === base ? null : round(((actual - base) / (target - base)) * 100);
}

/** Compound annual growth, %: (A/B)^(1/n) − 1. */
export function cagrPct(actual: number, base: number, years: number): number | null {
  if (base <= 0 || actual <= 0 || years <= 0) return null;
  return round(((actual / base) ** (1 / years) - 1) * 100);
}

/** Average growth from published yearly rates (real growth is chained, never recomputed from levels): Π(1+g_i)^(1/n) − 1. */
export function chainedAverageGrowthPct(yearlyRatesPct: number[]): number | null {
  if (yearlyRatesPct.length === 0) return null;
  const product = yearlyRatesPct.reduce((p, g) => p * (1 + g / 100), 1);
  return round((product ** (1 / yearlyRatesPct.length) - 1) * 100);
}

/** Cumulative reduction required by year y for a five-year reduction of R%: 1 − (1 − R)^((y − base)/5). */
export function requiredReductionPct(totalReductionPct: number, year: number, baseYear = 2020, span = 5): number {
  return round((1 - (1 - totalReductionPct / 100) ** ((year - baseYear) / span)) * 100);
}

/** Actual cumulative reduction from yearly reductions: 1 − Π(1 − r_i). */
export function actualReductionPct(yearlyReductionsPct: number[]): number {
  return round((1 - yearlyReductionsPct.reduce((p, r) => p * (1 - r / 100), 1)) * 100);
}

export type PlanRating = '超前' | '符合进度' | '基本符合' | '滞后' | '严重滞后';

/**
 * Classification [design; bands are local convention]: progress ≥ expected → 超前 (by more than 10 pp) or
 * 符合进度; within 10 pp below → 基本符合; further below → 滞后; negative (moving away) → 严重滞后.
 * `flag` is true for a binding (约束性) indicator that is behind: always shown red.
 */
export function ratePlanProgress(progressPct: number, expectedPct: number, binding: boolean): { rating: PlanRating; flag: boolean } {
  const rating: PlanRating = progressPct < 0 ? '严重滞后'
    : progressPct >= expectedPct + 10 ? '超前'
      : progressPct >= expectedPct ? '符合进度'
        : progressPct >= expectedPct - 10 ? '基本符合' : '滞后';
  return { rating, flag: binding && (rating === '滞后' || rating === '严重滞后' || rating === '基本符合') };
}

// ── Indicator analysis (issue 4): one year of one indicator, every figure computed from approved values ──

export type IndicatorFreq = 'M' | 'Q';
/** flow: cumulative year-to-date (累计); stock: point-in-time balance; rate: published growth only (e.g. 工业增加值). */
export type IndicatorKind = 'flow' | 'stock' | 'rate';
/** about 左右 / above 以上: higher is better; within 以内: a ceiling, lower is better. */
export type TargetQualifier = 'about' | 'above' | 'within';
export type IndicatorStatus = 'green' | 'yellow' | 'red' | 'grey';

export type Thresholds = { floorPct: number | null; targetPct: number; excellentPct: number | null };

/** Default width of the yellow band below the target when no floor is set [design]: 1 pp. */
export const defaultFloorBandPp = 1;

/**
 * RAG of a growth rate against threshold lines [design]: at or beyond the target → green (and `excellent`
 * beyond the excellent line); between the floor (default target − 1 pp) and the target → yellow; beyond the
 * floor → red; no figure → grey. For a ceiling (以内) every comparison is reversed.
 */
export function growthStatus(growthPct: number | null, t: Thresholds, qualifier: TargetQualifier = 'above'): { status: IndicatorStatus; excellent: boolean } {
  if (growthPct === null) return { status: 'grey', excellent: false };
  const sign = qualifier === 'within' ? -1 : 1;
  const g = sign * growthPct;
  const target = sign * t.targetPct;
  const floor = t.floorPct === null ? target - defaultFloorBandPp : sign * t.floorPct;
  const excellent = t.excellentPct !== null && g >= sign * t.excellentPct;
  if (g >= target - 1e-9) return { status: 'green', excellent };
  return { status: g >= floor - 1e-9 ? 'yellow' : 'red', excellent: false };
}

/** Position of a period in its year: month number, or quarter × 3, so both read as months elapsed. */
export function monthsElapsed(period: string): number {
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return Number(q[1]) * 3;
  const m = /^\d{4}-(\d{2})$/.exec(period);
  if (!m) throw new Error(`not a month or quarter period: ${period}`);
  return Number(m[1]);
}

/** The phased growth target in force at a period: the quarter's cumulative target when phased, else the annual one. */
export function phasedTargetPct(period: string, annualPct: number, phasing: readonly (number | null)[] | null | undefined): number {
  if (!phasing) return annualPct;
  const quarter = Math.ceil(monthsElapsed(period) / 3);
  return phasing[quarter - 1] ?? annualPct;
}

/**
 * Seasonal progress (季节性序时), %: the mean share of the full year that past years had reached by the same
 * period, `mean(cum_y(p) ÷ cum_y(final))`. Null without a usable past year; then time progress stays linear.
 */
export function seasonalSharePct(pastYears: readonly { cumAtPeriod: number | null; fullYear: number | null }[]): number | null {
  const shares = pastYears.filter((y) => y.cumAtPeriod !== null && y.fullYear).map((y) => y.cumAtPeriod! / y.fullYear!);
  if (shares.length === 0) return null;
  return round((shares.reduce((a, b) => a + b, 0) / shares.length) * 100);
}

export type IndicatorValueFigures = {
  period: string;
  cumValue: number | null;
  prevCumValue: number | null; // last year's comparable cumulative (可比口径) through the same period
  yoyPct: number | null; // as published
  cityYoyPct: number | null;
  cityRank: number | null;
};

export type AnalysisInput = {
  freq: IndicatorFreq;
  kind: IndicatorKind;
  janFebMerged: boolean;
  /** real: growth at constant prices, never recomputed from levels — the published rate is used. */
  growthBasis: 'nominal' | 'real' | 'comparable';
  target: { growthPct: number | null; level: number | null; baseValue: number | null; qualifier: TargetQualifier; floorPct: number | null; excellentPct: number | null; phasing: (number | null)[] | null } | null;
  /** This year's approved values, any order. */
  values: readonly IndicatorValueFigures[];
  /** Past years' approved cumulative values by period (for seasonality and the default base). */
  past: readonly { year: number; values: readonly { period: string; cumValue: number | null }[] }[];
  year: number;
};

export type AnalysedPeriod = IndicatorValueFigures & {
  monthValue: number | null; // single month (or quarter) from cumulative values; null for the merged Jan–Feb and for stocks
  growthPct: number | null;
  growthSource: 'computed' | 'published' | null;
  phasedTargetPct: number | null;
  gapPp: number | null; // growth − phased target, pp (positive = ahead; for a ceiling, negative is good)
  goalCum: number | null; // time-phased goal line: prevCum × (1 + phased target)
  completionPct: number | null;
  timeProgressPct: number;
  seasonalProgressPct: number | null;
  aheadPp: number | null; // completion − time progress (超序时)
  requiredGrowthPct: number | null;
  projectedGrowthPct: number | null; // year-end growth if the rest of the year follows past seasonality
  cityDiffPp: number | null;
  status: IndicatorStatus;
  excellent: boolean;
};

export type IndicatorAnalysis = {
  baseValue: number | null; // B_prev, last year's comparable full-year figure
  baseSource: 'target' | 'data' | null;
  targetLevel: number | null; // T
  periods: AnalysedPeriod[];
  latest: AnalysedPeriod | null;
};

function finalPeriodOf(year: number, freq: IndicatorFreq): string {
  return freq === 'Q' ? `${year}-Q4` : `${year}-12`;
}

/**
 * Everything the economy pages and the brief show for one indicator and year (domain.md §2.3):
 * growth `C ÷ P − 1` when the comparable base is given (the published rate otherwise, and always for real
 * growth); gap to the phased target in pp; target level `T = B × (1 + g*)` (or the level target);
 * completion `C ÷ T`; linear and seasonal time progress; required growth `(T − C) ÷ (B − P) − 1`;
 * projected year-end growth `C ÷ s ÷ B − 1` with `s` the seasonal share; city comparison in pp.
 */
export function analyseIndicator(input: AnalysisInput): IndicatorAnalysis {
  const sorted = [...input.values].sort((a, b) => monthsElapsed(a.period) - monthsElapsed(b.period));
  const t = input.target;
  const final = finalPeriodOf(input.year, input.freq);
  const lastYearFinal = input.past.find((p) => p.year === input.year - 1)?.values.find((v) => v.period === finalPeriodOf(input.year - 1, input.freq))?.cumValue ?? null;
  const thisYearFinalPrev = sorted.find((v) => v.period === final)?.prevCumValue ?? null;
  const baseValue = t?.baseValue ?? thisYearFinalPrev ?? lastYearFinal;
  const baseSource = t?.baseValue !== null && t?.baseValue !== undefined ? 'target' : baseValue !== null ? 'data' : null;
  const isFlow = input.kind === 'flow';
  const targetLvl = !t || !isFlow ? (t?.level ?? null) : t.level ?? (baseValue !== null && t.growthPct !== null ? targetLevel(baseValue, t.growthPct) : null);
  const periods: AnalysedPeriod[] = [];
  let previous: IndicatorValueFigures | null = null;
  for (const v of sorted) {
    const elapsed = monthsElapsed(v.period);
    const computable = input.growthBasis !== 'real' && input.kind !== 'rate' && v.cumValue !== null && v.prevCumValue;
    const growthPct = computable ? yoyGrowthPct(v.cumValue!, v.prevCumValue) : v.yoyPct;
    const growthSource = growthPct === null ? null : computable ? 'computed' : 'published';
    const phased = t?.growthPct !== null && t?.growthPct !== undefined ? phasedTargetPct(v.period, t.growthPct, t.phasing) : null;
    const gapPp = growthPct !== null && phased !== null ? round(growthPct - phased) : null;
    const goalCum = isFlow && phased !== null && v.prevCumValue ? round(v.prevCumValue * (1 + phased / 100), 4) : null;
    const completion = isFlow && v.cumValue !== null && targetLvl ? completionPct(v.cumValue, targetLvl) : null;
    const timeProgress = timeProgressPct(input.freq === 'Q' ? elapsed / 3 : elapsed, input.freq === 'Q' ? 4 : 12);
    const season = isFlow
      ? seasonalSharePct(input.past.map((p) => ({
        cumAtPeriod: p.values.find((x) => x.period === `${p.year}${v.period.slice(4)}`)?.cumValue ?? null,
        fullYear: p.values.find((x) => x.period === finalPeriodOf(p.year, input.freq))?.cumValue ?? null,
      }))) : null;
    const prevCum = v.prevCumValue ?? input.past.find((p) => p.year === input.year - 1)?.values.find((x) => x.period === `${input.year - 1}${v.period.slice(4)}`)?.cumValue ?? null;
    const required = isFlow && targetLvl !== null && baseValue !== null && v.cumValue !== null && prevCum !== null && v.period !== final
      ? requiredGrowthPct(targetLvl, v.cumValue, baseValue, prevCum) : null;
    const projected = isFlow && season && baseValue && v.cumValue !== null ? round(((v.cumValue / (season / 100)) / baseValue - 1) * 100) : null;
    const step = input.freq === 'Q' ? 3 : 1;
    const monthValue = !isFlow || v.cumValue === null ? null
      : previous && previous.cumValue !== null && monthsElapsed(previous.period) === elapsed - step ? monthFromCumulative(v.cumValue, previous.cumValue)
        : elapsed === step ? v.cumValue : null; // the merged Jan–Feb figure is two months: no single month
    const st = t?.growthPct !== null && t?.growthPct !== undefined && phased !== null
      ? growthStatus(growthPct, { targetPct: phased, floorPct: t.floorPct, excellentPct: t.excellentPct }, t.qualifier)
      : { status: 'grey' as const, excellent: false };
    periods.push({
      ...v, monthValue, growthPct, growthSource, phasedTargetPct: phased, gapPp, goalCum,
      completionPct: completion, timeProgressPct: timeProgress, seasonalProgressPct: season,
      aheadPp: completion !== null ? round(completion - timeProgress) : null,
      requiredGrowthPct: required, projectedGrowthPct: projected,
      cityDiffPp: growthPct !== null && v.cityYoyPct !== null ? round(growthPct - v.cityYoyPct) : null,
      status: st.status, excellent: st.excellent,
    });
    previous = v;
  }
  return { baseValue, baseSource, targetLevel: targetLvl === null ? null : round(targetLvl, 4), periods, latest: periods.at(-1) ?? null };
}

/** Components of a total at one period (share, contribution, pull); parts missing a figure are left out. */
export function componentBreakdown(total: { cum: number; prev: number }, parts: readonly { key: string; cum: number | null; prev: number | null }[]) {
  return parts.filter((p) => p.cum !== null && p.prev !== null).map((p) => ({
    key: p.key,
    sharePct: sharePct(p.cum!, total.cum),
    contributionPct: contributionPct(p.cum!, p.prev!, total.cum, total.prev),
    pullPp: pullPp(p.cum!, p.prev!, total.prev),
  }));
}

// ── One Five-Year-Plan indicator at the mid-term (domain.md §3.2) ──

export type PlanIndicatorForm = 'level' | 'cagr' | 'cumulativeReduction' | 'ceiling' | 'floor' | 'qualitative';
export type PlanEvaluationRating = PlanRating | '已提前完成' | '达标' | '未达标' | '暂无数据';
export type PlanIndicatorFacts = {
  form: PlanIndicatorForm; binding: boolean; baseValue: number | null; targetValue: number | null; targetRatePct: number | null; chainRates: boolean;
  actuals: readonly { year: number; value: number | null; ratePct: number | null }[];
};
export type PlanEvaluation = { asOfYear: number | null; expectedPct: number; progressPct: number | null; actualRatePct: number | null; rating: PlanEvaluationRating; flag: boolean; explain: string };

/**
 * Rates a plan indicator with the actuals up to `asOfYear` (the latest year with data counts):
 * level — progress `(A − B)/(T − B)` against elapsed share `e`; cagr — actual average growth (chained from
 * published rates, or `(A/B)^(1/n) − 1`), progress as the share of the plan's compound growth reached,
 * `((1+a)^n − 1)/((1+g)^5 − 1)`, against the share due, `((1+g)^n − 1)/((1+g)^5 − 1)`; cumulative reduction —
 * actual `1 − Π(1 − r_i)` as a share of R against the required `1 − (1 − R)^(n/5)` as a share of R;
 * ceiling/floor — pass or fail that year. A target reached before 2025 is 已提前完成.
 */
export function evaluatePlanIndicator(f: PlanIndicatorFacts, asOfYear: number, baseYear = 2020, span = 5): PlanEvaluation {
  const upTo = f.actuals.filter((a) => a.year > baseYear && a.year <= asOfYear).sort((a, b) => a.year - b.year);
  const withValue = upTo.filter((a) => a.value !== null);
  const withRate = upTo.filter((a) => a.ratePct !== null);
  const none = (expectedPct: number, explain: string): PlanEvaluation => ({ asOfYear: null, expectedPct, progressPct: null, actualRatePct: null, rating: '暂无数据', flag: false, explain });
  const rate = (y: number, progress: number, expected: number, actualRate: number | null, explain: string): PlanEvaluation => {
    if (progress >= 100 && y < baseYear + span) return { asOfYear: y, expectedPct: expected, progressPct: progress, actualRatePct: actualRate, rating: '已提前完成', flag: false, explain };
    const r = ratePlanProgress(progress, expected, f.binding);
    return { asOfYear: y, expectedPct: expected, progressPct: progress, actualRatePct: actualRate, rating: r.rating, flag: r.flag, explain };
  };
  switch (f.form) {
    case 'qualitative': return none(planElapsedPct(asOfYear, baseYear, span), '定性指标：按工作进展人工评价');
    case 'level': {
      const a = withValue.at(-1);
      if (!a || f.baseValue === null || f.targetValue === null) return none(planElapsedPct(asOfYear, baseYear, span), '缺少实际值');
      const e = planElapsedPct(a.year, baseYear, span);
      const p = levelProgressPct(a.value!, f.baseValue, f.targetValue);
      if (p === null) return none(e, '目标值等于基期值');
      return rate(a.year, p, e, null, `进度 =（${a.value} − ${f.baseValue}）÷（${f.targetValue} − ${f.baseValue}）= ${p}%，时间进度 ${e}%`);
    }
    case 'cagr': {
      const g = f.targetRatePct ?? 0;
      const last = f.chainRates ? withRate.at(-1) : withValue.at(-1);
      if (!last || (!f.chainRates && f.baseValue === null)) return none(planElapsedPct(asOfYear, baseYear, span), '缺少实际值');
      const n = last.year - baseYear;
      const a = f.chainRates ? chainedAverageGrowthPct(withRate.map((x) => x.ratePct!)) : cagrPct(last.value!, f.baseValue!, n);
      if (a === null) return none(planElapsedPct(last.year, baseYear, span), '无法计算年均增速');
      const whole = (1 + g / 100) ** span - 1;
      const expected = whole === 0 ? planElapsedPct(last.year, baseYear, span) : round((((1 + g / 100) ** n - 1) / whole) * 100);
      const progress = whole === 0 ? (a >= 0 ? 100 : -100) : round((((1 + a / 100) ** n - 1) / whole) * 100);
      return rate(last.year, progress, expected, a, `${n} 年年均增长 ${a}%（目标年均 ${g}%）`);
    }
    case 'cumulativeReduction': {
      const R = f.targetRatePct ?? 0;
      if (withRate.length === 0 || R <= 0) return none(planElapsedPct(asOfYear, baseYear, span), '缺少年度降幅');
      const y = withRate.at(-1)!.year;
      const actual = actualReductionPct(withRate.map((x) => x.ratePct!));
      const required = requiredReductionPct(R, y, baseYear, span);
      return rate(y, round((actual / R) * 100), round((required / R) * 100), actual, `累计下降 ${actual}%，应累计下降 ${required}%（五年目标 ${R}%）`);
    }
    case 'ceiling':
    case 'floor': {
      const a = withValue.at(-1);
      if (!a || f.targetValue === null) return none(planElapsedPct(asOfYear, baseYear, span), '缺少实际值');
      const ok = f.form === 'ceiling' ? a.value! <= f.targetValue : a.value! >= f.targetValue;
      return { asOfYear: a.year, expectedPct: planElapsedPct(a.year, baseYear, span), progressPct: null, actualRatePct: null, rating: ok ? '达标' : '未达标', flag: f.binding && !ok, explain: `${a.year} 年 ${a.value}，${f.form === 'ceiling' ? '上限' : '下限'} ${f.targetValue}` };
    }
  }
}
