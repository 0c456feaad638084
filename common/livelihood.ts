// Livelihood (民生): the 七有五性 monitoring index, the 疏整促 special action and population control.
// Schemas, labels and the pure index engine: normalisation (min–max, z-score, distance to target),
// weighting, aggregation (arithmetic, geometric) to dimension scores, sub-indices and the total index,
// ranking among the city's districts, rank drivers, and a seeded Monte Carlo over weights. Formulas in
// docs/formulas.md (§ livelihood index).
import { seededRandom } from './random.ts';
import { z } from 'zod';
import { limits } from './limits.ts';
import { isIsoDate } from './periods.ts';

export const dimensionGroups = ['七有', '五性'] as const;
export type DimensionGroup = (typeof dimensionGroups)[number];
export const normalisations = ['minmax', 'zscore', 'target'] as const;
export type Normalisation = (typeof normalisations)[number];
export const aggregations = ['arithmetic', 'geometric'] as const;
export type Aggregation = (typeof aggregations)[number];
export const directions = ['up', 'down'] as const;
export type Direction = (typeof directions)[number];
export const reviewStates = ['submitted', 'approved', 'returned'] as const;
export type ReviewState = (typeof reviewStates)[number];
export const szcGroups = ['疏解', '整治', '提升', '创建', '宣传'] as const;
export const popSources = ['统计年度推算', '公安实有人口', '普查'] as const;
export const mediaLevels = ['中央级', '市级', '区级'] as const;

/** The twelve dimensions in their usual order: the seven 有 and the five 性. */
export const standardDimensions: { code: string; group: DimensionGroup; name: string }[] = [
  { code: 'Y1', group: '七有', name: '幼有所育' }, { code: 'Y2', group: '七有', name: '学有所教' }, { code: 'Y3', group: '七有', name: '劳有所得' },
  { code: 'Y4', group: '七有', name: '病有所医' }, { code: 'Y5', group: '七有', name: '老有所养' }, { code: 'Y6', group: '七有', name: '住有所居' },
  { code: 'Y7', group: '七有', name: '弱有所扶' }, { code: 'X1', group: '五性', name: '便利性' }, { code: 'X2', group: '五性', name: '宜居性' },
  { code: 'X3', group: '五性', name: '多样性' }, { code: 'X4', group: '五性', name: '公正性' }, { code: 'X5', group: '五性', name: '安全性' },
];

/** The city's sixteen districts; `SELF` is this district (its figures come from the member units). */
export const SELF = 'HR';
export const districts: { code: string; name: string; ecological: boolean }[] = [
  { code: 'DC', name: '东城区', ecological: false }, { code: 'XC', name: '西城区', ecological: false }, { code: 'CY', name: '朝阳区', ecological: false },
  { code: 'HD', name: '海淀区', ecological: false }, { code: 'FT', name: '丰台区', ecological: false }, { code: 'SJS', name: '石景山区', ecological: false },
  { code: 'MTG', name: '门头沟区', ecological: true }, { code: 'FS', name: '房山区', ecological: false }, { code: 'TZ', name: '通州区', ecological: false },
  { code: 'SY', name: '顺义区', ecological: false }, { code: 'CP', name: '昌平区', ecological: false }, { code: 'DX', name: '大兴区', ecological: false },
  { code: SELF, name: '怀柔区', ecological: true }, { code: 'PG', name: '平谷区', ecological: true }, { code: 'MY', name: '密云区', ecological: true },
  { code: 'YQ', name: '延庆区', ecological: true },
];
export const districtCodes = districts.map((d) => d.code) as [string, ...string[]];

/** Weights of one level must sum to 1 within this tolerance. */
export const WEIGHT_TOLERANCE = 1e-6;
/** Distance-to-target scores are capped at this (domain §6.2). */
export const TARGET_CAP = 120;
/** Geometric aggregation floors a score at this, so one zero does not zero the whole dimension [design]. */
export const GEOMETRIC_FLOOR = 1;

const r2 = (v: number) => Math.round(v * 100) / 100;
const r4 = (v: number) => Math.round(v * 10000) / 10000;
const text = (max: number = limits.textMax) => z.string().trim().max(max);
const idRef = z.number().int().positive().max(limits.idMax);
const weight = z.number().finite().min(0, '权重不能为负').max(1, '权重不能大于 1');

// ── schemas ──

export const systemCreateInput = z.strictObject({ year: z.number().int().min(2000).max(2100), copyFrom: z.number().int().min(2000).max(2100).nullable().default(null) });

export const weightsInput = z.strictObject({
  normalisation: z.enum(normalisations),
  aggregation: z.enum(aggregations),
  dimensions: z.array(z.strictObject({ id: idRef, weight })).min(1).max(50),
  indicators: z.array(z.strictObject({ id: idRef, weight, target: z.number().finite().nullable().optional() })).min(1).max(500),
  version: z.number().int().positive(),
});
export type WeightsInput = z.infer<typeof weightsInput>;

export const indicatorInput = z.strictObject({
  dimensionId: idRef,
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/),
  name: text(limits.nameMax).min(1),
  unit: text(20).min(1),
  direction: z.enum(directions),
  sourceUnitId: idRef,
  weight,
  minValid: z.number().finite().nullable().default(null),
  maxValid: z.number().finite().nullable().default(null),
  target: z.number().finite().nullable().default(null),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const valuesInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(0).max(4).default(0),
  items: z.array(z.strictObject({
    indicatorId: idRef,
    district: z.enum(districtCodes),
    value: z.number().finite(),
    note: text(200).default(''),
    /** The version of the value the sender saw (0: none yet); absent, as in an import: no check. */
    version: z.number().int().min(0).optional(),
  })).min(1).max(2000),
});
export type ValuesInput = z.infer<typeof valuesInput>;

export const reviewInput = z.strictObject({
  ids: z.array(idRef).min(1).max(2000),
  action: z.enum(['approve', 'return']),
  reason: text(500).default(''),
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const szcTypeInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/),
  name: text(limits.nameMax).min(1),
  group: z.enum(szcGroups),
  unit: text(20).min(1),
  leadUnitId: idRef,
});

export const szcTargetsInput = z.strictObject({
  targets: z.array(z.strictObject({ townId: idRef, target: z.number().finite().min(0, '目标不能为负') })).max(50),
  version: z.number().int().positive(),
});

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export const szcReportInput = z.strictObject({
  typeId: idRef,
  townId: idRef,
  period: monthKey,
  cumActual: z.number().finite().min(0, '累计完成量不能为负'),
  note: text(500).default(''),
  correction: z.boolean().default(false),
  /** The version of this month's report the sender saw (0: none yet); absent, as in an import: no check. */
  version: z.number().int().min(0).optional(),
});
export type SzcReportInput = z.infer<typeof szcReportInput>;

export const publicityInput = z.strictObject({
  townId: idRef.nullable().default(null),
  date: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD'),
  title: text(200).min(1),
  outlet: text(100).min(1),
  level: z.enum(mediaLevels),
});

export const popTargetsInput = z.strictObject({
  districtCap: z.number().int().positive().max(100_000_000),
  baseline: z.number().int().min(0).max(100_000_000),
  towns: z.array(z.strictObject({ townId: idRef, cap: z.number().int().min(0).max(100_000_000) })).min(1).max(50),
  version: z.number().int().positive().nullable().default(null),
});
export type PopTargetsInput = z.infer<typeof popTargetsInput>;

export const popFigureInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  townId: idRef,
  value: z.number().int().min(0, '人口不能为负').max(10_000_000),
  source: z.enum(popSources),
  /** The version of this quarter's figure the sender saw (0: none yet); absent: no check. */
  version: z.number().int().min(0).optional(),
});
export type PopFigureInput = z.infer<typeof popFigureInput>;

// ── the index engine ──

export type EngineDimension = { code: string; group: DimensionGroup; weight: number };
export type EngineIndicator = { code: string; dimension: string; direction: Direction; weight: number; target?: number | null };
/** Raw values: district code → indicator code → value (absent or null = missing). */
export type RawValues = Record<string, Record<string, number | null | undefined>>;
export type IndexOptions = { normalisation: Normalisation; aggregation: Aggregation };

export type WeightProblem = { level: 'dimensions' | 'indicators'; dimension: string | null; sum: number };

/** Each level's weights must sum to 1: the dimensions together, and the indicators of each dimension (unless it is weighted 0 and empty). */
export function weightProblems(dims: readonly EngineDimension[], inds: readonly EngineIndicator[]): WeightProblem[] {
  const out: WeightProblem[] = [];
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  const ds = sum(dims.map((d) => d.weight));
  if (Math.abs(ds - 1) > WEIGHT_TOLERANCE) out.push({ level: 'dimensions', dimension: null, sum: r4(ds) });
  for (const d of dims) {
    const of = inds.filter((i) => i.dimension === d.code);
    // a dimension weighted 0 with no indicators is simply not used this year [design]
    if (d.weight === 0 && of.length === 0) continue;
    const s = sum(of.map((i) => i.weight));
    if (Math.abs(s - 1) > WEIGHT_TOLERANCE) out.push({ level: 'indicators', dimension: d.code, sum: r4(s) });
  }
  return out;
}

/**
 * Normalises one indicator across the districts to a score (higher = better):
 * - minmax: 100·(x − min)/(max − min), reversed for `down`; all equal → 100 [design];
 * - zscore: the T-score 50 + 10·z, z = (x − mean)/σ (population σ), sign reversed for `down`; σ = 0 → 50;
 * - target: up min(100·x/target, 120); down min(100·target/x, 120) (x = 0 → 120).
 */
export function normalise(values: Record<string, number | null | undefined>, direction: Direction, method: Normalisation, target?: number | null): Record<string, number> {
  const entries = Object.entries(values).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]));
  const out: Record<string, number> = {};
  if (entries.length === 0) return out;
  const xs = entries.map((e) => e[1]);
  if (method === 'minmax') {
    const min = Math.min(...xs);
    const max = Math.max(...xs);
    for (const [k, x] of entries) out[k] = max === min ? 100 : 100 * (direction === 'up' ? (x - min) / (max - min) : (max - x) / (max - min));
  } else if (method === 'zscore') {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    for (const [k, x] of entries) out[k] = sd === 0 ? 50 : 50 + 10 * ((direction === 'up' ? x - mean : mean - x) / sd);
  } else {
    if (target === null || target === undefined || target <= 0) return out;
    for (const [k, x] of entries) {
      const s = direction === 'up' ? (100 * x) / target : x <= 0 ? TARGET_CAP : (100 * target) / x;
      out[k] = Math.min(Math.max(s, 0), TARGET_CAP);
    }
  }
  return out;
}

/** Weighted mean of the scores present, weights re-normalised over them (a missing value is excluded, not zero-filled). */
export function aggregate(parts: readonly { score: number | null | undefined; weight: number }[], how: Aggregation): number | null {
  const ok = parts.filter((p): p is { score: number; weight: number } => typeof p.score === 'number' && p.weight > 0);
  const w = ok.reduce((a, p) => a + p.weight, 0);
  if (w === 0) return null;
  if (how === 'arithmetic') return ok.reduce((a, p) => a + p.weight * p.score, 0) / w;
  return Math.exp(ok.reduce((a, p) => a + (p.weight / w) * Math.log(Math.max(p.score, GEOMETRIC_FLOOR)), 0));
}

/** Competition ranking, higher is better: ties share the better rank (1, 2, 2, 4); null is unranked. */
export function rankOf(scores: Record<string, number | null>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const vals = Object.values(scores).filter((v): v is number => v !== null);
  for (const [k, v] of Object.entries(scores)) out[k] = v === null ? null : 1 + vals.filter((o) => o > v + 1e-9).length;
  return out;
}

export type DistrictResult = { district: string; total: number | null; groups: Record<DimensionGroup, number | null>; dimensions: Record<string, number | null>; rank: number | null };
export type IndexResult = {
  options: IndexOptions;
  /** indicator code → district → normalised score. */
  scores: Record<string, Record<string, number>>;
  districts: DistrictResult[];
};

function totals(dims: readonly EngineDimension[], inds: readonly EngineIndicator[], scores: Record<string, Record<string, number>>, ds: readonly string[], how: Aggregation) {
  const res = new Map<string, { total: number | null; groups: Record<DimensionGroup, number | null>; dimensions: Record<string, number | null> }>();
  const byDim = dims.map((dim) => ({ dim, inds: inds.filter((i) => i.dimension === dim.code) }));
  for (const d of ds) {
    const dimensions: Record<string, number | null> = {};
    for (const { dim, inds: of } of byDim) dimensions[dim.code] = aggregate(of.map((i) => ({ score: scores[i.code]?.[d], weight: i.weight })), how);
    const of = (g?: DimensionGroup) => aggregate(dims.filter((x) => !g || x.group === g).map((x) => ({ score: dimensions[x.code], weight: x.weight })), how);
    res.set(d, { total: of(), groups: { 七有: of('七有'), 五性: of('五性') }, dimensions });
  }
  return res;
}

/** The whole index: normalised scores, dimension scores, 七有 and 五性 sub-indices, the total and the rank of every district. */
export function computeIndex(dims: readonly EngineDimension[], inds: readonly EngineIndicator[], raw: RawValues, opts: IndexOptions): IndexResult {
  const ds = Object.keys(raw);
  const scores: Record<string, Record<string, number>> = {};
  for (const i of inds) scores[i.code] = normalise(Object.fromEntries(ds.map((d) => [d, raw[d]?.[i.code]])), i.direction, opts.normalisation, i.target);
  const t = totals(dims, inds, scores, ds, opts.aggregation);
  const ranks = rankOf(Object.fromEntries(ds.map((d) => [d, t.get(d)!.total])));
  return {
    options: opts, scores,
    districts: ds.map((d) => {
      const x = t.get(d)!;
      return { district: d, total: x.total === null ? null : r2(x.total), groups: { 七有: x.groups.七有 === null ? null : r2(x.groups.七有), 五性: x.groups.五性 === null ? null : r2(x.groups.五性) }, dimensions: Object.fromEntries(Object.entries(x.dimensions).map(([k, v]) => [k, v === null ? null : r2(v)])), rank: ranks[d] };
    }).sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999) || a.district.localeCompare(b.district)),
  };
}

export type Driver = { indicator: string; dimension: string; effectiveWeight: number; score: number | null; average: number | null; rank: number | null; drag: number | null; weak: boolean };

/**
 * What pulls one district's total down: for each indicator, its effective weight W_d·w_i (the product of
 * the two levels) times the district's score minus the average score of all districts. With arithmetic
 * aggregation and complete data the drags sum to the district's total minus the average total. An
 * indicator is weak when its drag is negative and its rank is in the bottom half (rank > n/2) [design].
 */
export function rankDrivers(dims: readonly EngineDimension[], inds: readonly EngineIndicator[], result: IndexResult, district: string): Driver[] {
  const n = result.districts.length;
  return inds.map((i) => {
    const dw = dims.find((d) => d.code === i.dimension)?.weight ?? 0;
    const s = result.scores[i.code] ?? {};
    const vals = Object.values(s);
    const own = s[district];
    const average = vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : null;
    const rank = own === undefined ? null : rankOf(s)[district];
    const ew = dw * i.weight;
    const drag = own === undefined || average === null ? null : ew * (own - average);
    return {
      indicator: i.code, dimension: i.dimension, effectiveWeight: r4(ew), score: own === undefined ? null : r2(own), average: average === null ? null : r2(average), rank,
      drag: drag === null ? null : r2(drag), weak: drag !== null && drag < -1e-9 && rank !== null && rank > n / 2,
    };
  }).sort((a, b) => (a.drag ?? 0) - (b.drag ?? 0));
}


export type Sensitivity = { runs: number; spread: number; seed: number; districts: { district: string; minRank: number; maxRank: number; meanRank: number; base: number | null }[]; selfHistogram: { rank: number; count: number }[] };

/**
 * Monte Carlo over weights: each run multiplies every dimension and indicator weight by an independent
 * factor uniform in [1 − spread, 1 + spread], re-normalises each level to 1, and re-ranks the districts
 * on the unchanged normalised scores. Reports each district's rank range and the distribution of `self`'s rank.
 */
export function sensitivity(dims: readonly EngineDimension[], inds: readonly EngineIndicator[], result: IndexResult, self: string, opts: { runs?: number; spread?: number; seed?: number } = {}): Sensitivity {
  const runs = opts.runs ?? 500;
  const spread = opts.spread ?? 0.1;
  const seed = opts.seed ?? 20230101;
  const rnd = seededRandom(seed);
  const ds = result.districts.map((d) => d.district);
  const seen = new Map(ds.map((d) => [d, { min: Infinity, max: -Infinity, sum: 0 }]));
  const hist = new Map<number, number>();
  // The scores never change between runs: lay them out once as [district][indicator] (NaN = missing), grouped by dimension.
  const members = dims.map((d) => inds.flatMap((i, x) => (i.dimension === d.code ? [x] : [])));
  const grid = ds.map((d) => inds.map((i) => result.scores[i.code]?.[d] ?? NaN));
  const geometric = result.options.aggregation === 'geometric';
  /** The weighted mean of scores[idx] with weights w[idx] over the scores present (same rule as `aggregate`). */
  const mean = (scores: number[], w: number[], idx: readonly number[]) => {
    let sw = 0;
    let acc = 0;
    for (const x of idx) {
      const v = scores[x];
      if (Number.isNaN(v) || !(w[x] > 0)) continue;
      sw += w[x];
      acc += geometric ? w[x] * Math.log(Math.max(v, GEOMETRIC_FLOOR)) : w[x] * v;
    }
    return sw === 0 ? NaN : geometric ? Math.exp(acc / sw) : acc / sw;
  };
  const allDims = dims.map((_, j) => j);
  for (let k = 0; k < runs; k++) {
    // draw in the same order as the weights are listed: dimensions first, then indicators
    const dw = dims.map((d) => d.weight * (1 - spread + 2 * spread * rnd()));
    const iw = inds.map((i) => i.weight * (1 - spread + 2 * spread * rnd()));
    const totalsNow: Record<string, number | null> = {};
    for (const [di, d] of ds.entries()) {
      const dimScores = members.map((idx) => mean(grid[di], iw, idx));
      const total = mean(dimScores, dw, allDims);
      totalsNow[d] = Number.isNaN(total) ? null : total;
    }
    const ranks = rankOf(totalsNow);
    for (const d of ds) {
      const r = ranks[d];
      if (r === null) continue;
      const s = seen.get(d)!;
      s.min = Math.min(s.min, r); s.max = Math.max(s.max, r); s.sum += r;
      if (d === self) hist.set(r, (hist.get(r) ?? 0) + 1);
    }
  }
  return {
    runs, spread, seed,
    districts: result.districts.map((d) => { const s = seen.get(d.district)!; return { district: d.district, minRank: s.min, maxRank: s.max, meanRank: r2(s.sum / runs), base: d.rank }; }),
    selfHistogram: [...hist.entries()].sort((a, b) => a[0] - b[0]).map(([rank, count]) => ({ rank, count })),
  };
}

// ── 疏整促 and population ──

/** Completion % of a target (null without a target). */
export function completionPct(actual: number, target: number): number | null {
  return target > 0 ? r2((100 * actual) / target) : null;
}

/** Time progress of a year at the end of a month: month/12 × 100. */
export function timeProgressPct(period: string): number {
  return r2((Number(period.slice(5, 7)) / 12) * 100);
}

/**
 * A town is behind schedule on the 疏整促 plan when its overall completion (the mean of its per-type completion %,
 * each capped at 100 — the types have different units) is more than 10 points under the time progress [design].
 */
export const SZC_BEHIND_MARGIN = 10;
export function szcStatus(completion: number | null, timePct: number): 'green' | 'yellow' | 'red' | 'none' {
  if (completion === null) return 'none';
  if (completion >= timePct) return 'green';
  return completion >= timePct - SZC_BEHIND_MARGIN ? 'yellow' : 'red';
}

/** Population against the cap: over (red) above it, near (yellow) within 2% under it [design], else green. */
export const POP_NEAR_PCT = 2;
export function populationStatus(value: number | null, cap: number | null): 'over' | 'near' | 'ok' | 'none' {
  if (value === null || cap === null || cap <= 0) return 'none';
  if (value > cap) return 'over';
  return value >= cap * (1 - POP_NEAR_PCT / 100) ? 'near' : 'ok';
}

/** Persons → 万人 with 2 decimals. */
export const tenThousand = (persons: number): number => r2(persons / 10_000);
