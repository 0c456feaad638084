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
