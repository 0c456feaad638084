// Economic monitoring (经济运行监测) and the Five-Year-Plan evaluation (规划评估): request schemas, labels and
// the response shapes shared by server and web. Formulas live in common/economy.ts.
import { z } from 'zod';
import { limits } from './limits.ts';
import { patchOf } from './platform.ts';
import { parsePeriod } from './periods.ts';
import type { AnalysedPeriod, IndicatorStatus, PlanRating } from './economy.ts';

export const indicatorFreqs = ['M', 'Q'] as const;
export const indicatorKinds = ['flow', 'stock', 'rate'] as const;
export const growthBases = ['nominal', 'real', 'comparable'] as const;
export const targetQualifiers = ['about', 'above', 'within'] as const;
export const valueStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ValueState = (typeof valueStates)[number];

export const freqLabels = { M: { zh: '月度', en: 'Monthly' }, Q: { zh: '季度', en: 'Quarterly' } } as const;
export const kindLabels = { flow: { zh: '累计值', en: 'Cumulative' }, stock: { zh: '时点值', en: 'Point-in-time' }, rate: { zh: '仅增速', en: 'Growth only' } } as const;
export const basisLabels = { nominal: { zh: '现价', en: 'Nominal' }, real: { zh: '可比价', en: 'Constant prices' }, comparable: { zh: '同口径', en: 'Like-for-like' } } as const;
export const qualifierLabels = { about: { zh: '左右', en: 'about' }, above: { zh: '以上', en: 'or more' }, within: { zh: '以内', en: 'at most' } } as const;

/** Growth rates accepted anywhere, % (domain.md §2.3 validation). */
export const growthRange = { min: -100, max: 1000 } as const;

const text = (max: number = limits.textMax) => z.string().trim().max(max);
const id = z.number().int().positive().max(2_147_483_647);
const amount = z.number().finite().min(-1e12).max(1e12);
const growth = z.number().finite().min(growthRange.min, `增速须在 ${growthRange.min}% 至 ${growthRange.max}% 之间`).max(growthRange.max, `增速须在 ${growthRange.min}% 至 ${growthRange.max}% 之间`);

/** A statistics period: '2023-03' (Jan–Mar cumulative for monthly series) or '2023-Q1'. */
export const statPeriod = z.string().refine((s) => { const k = parsePeriod(s)?.kind; return k === 'month' || k === 'quarter'; }, '期间应为月份（2023-03）或季度（2023-Q1）');

export const indicatorInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/, '代码只能含字母、数字和 _ . -'),
  name: text(100).min(1),
  unit: text(20).min(1),
  freq: z.enum(indicatorFreqs),
  kind: z.enum(indicatorKinds),
  janFebMerged: z.boolean().default(false),
  growthBasis: z.enum(growthBases),
  sourceUnitId: id,
  ownerUnitId: id.nullable().default(null),
  parentId: id.nullable().default(null),
  seq: z.number().int().min(0).max(9999).default(0),
  description: text().default(''),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;
export const indicatorUpdate = patchOf(indicatorInput.omit({ code: true })).extend({ version: z.number().int().positive(), active: z.boolean().optional() }).strict();
export type IndicatorUpdate = z.infer<typeof indicatorUpdate>;

export const targetInput = z.strictObject({
  growthPct: growth.nullable().default(null),
  level: amount.nullable().default(null),
  /** Last year's comparable full-year figure B_prev; when empty it is taken from the data. */
  baseValue: amount.nullable().default(null),
  qualifier: z.enum(targetQualifiers),
  floorPct: growth.nullable().default(null),
  excellentPct: growth.nullable().default(null),
  /** Cumulative growth targets at the end of Q1..Q4 (time-phased goal line); null entries fall back to the annual target. */
  phasing: z.array(growth.nullable()).length(4).nullable().default(null),
  note: text(500).default(''),
  version: z.number().int().positive().optional(),
}).refine((t) => t.growthPct !== null || t.level !== null, { message: '增速目标和总量目标至少填写一项', path: ['growthPct'] });
export type TargetInput = z.infer<typeof targetInput>;

export const valueInput = z.strictObject({
  cumValue: amount.nullable().default(null),
  prevCumValue: amount.nullable().default(null),
  yoyPct: growth.nullable().default(null),
  cityYoyPct: growth.nullable().default(null),
  cityRank: z.number().int().min(1).max(99).nullable().default(null),
  note: text().default(''),
  submit: z.boolean().default(true),
  /** A cumulative series that falls month-on-month is refused unless confirmed (a revision of the earlier month may be due). */
  confirmFall: z.boolean().default(false),
  version: z.number().int().positive().optional(),
});
export type ValueInput = z.infer<typeof valueInput>;

export const valueReview = z.strictObject({ action: z.enum(['approve', 'return']), reason: text(500).optional(), version: z.number().int().positive() });

/** A revision of an approved (locked) value by the division: the figures as revised and why. Keeps the earlier vintage. */
export const valueRevision = z.strictObject({
  cumValue: amount.nullable(),
  prevCumValue: amount.nullable(),
  yoyPct: growth.nullable(),
  cityYoyPct: growth.nullable().default(null),
  cityRank: z.number().int().min(1).max(99).nullable().default(null),
  reason: text(500).min(2, '修订须说明原因'),
  version: z.number().int().positive(),
});
export type ValueRevision = z.infer<typeof valueRevision>;

// ── Five-Year Plan (十四五规划) ──
export const fypGroups = ['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障'] as const;
export const fypForms = ['level', 'cagr', 'cumulativeReduction', 'ceiling', 'floor', 'qualitative'] as const;
export type FypForm = (typeof fypForms)[number];
export const fypAttributes = ['expected', 'binding'] as const;
export const fypFormLabels: Record<FypForm, { zh: string; en: string }> = {
  level: { zh: '目标值', en: 'Level' }, cagr: { zh: '年均增长', en: 'Average growth' }, cumulativeReduction: { zh: '累计下降', en: 'Cumulative reduction' },
  ceiling: { zh: '上限', en: 'Ceiling' }, floor: { zh: '下限', en: 'Floor' }, qualitative: { zh: '定性', en: 'Qualitative' },
};
export const fypAttributeLabels = { expected: { zh: '预期性', en: 'Expected' }, binding: { zh: '约束性', en: 'Binding' } } as const;
export const fypRatings = ['超前', '符合进度', '基本符合', '滞后', '严重滞后', '已提前完成', '达标', '未达标', '暂无数据'] as const;
export type FypRating = (typeof fypRatings)[number];
export const fypTaskStatuses = ['已完成', '序时推进', '进度滞后', '尚未启动', '建议调整'] as const;

export const fypIndicatorInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/, '代码只能含字母、数字和 _ . -'),
  group: z.enum(fypGroups),
  name: text(100).min(1),
  unit: text(20).default(''),
  form: z.enum(fypForms),
  attribute: z.enum(fypAttributes),
  baseValue: amount.nullable().default(null),
  targetValue: amount.nullable().default(null),
  /** For cagr: the average yearly growth target, %; for cumulativeReduction: the five-year reduction, %. */
  targetRatePct: growth.nullable().default(null),
  /** Real-growth series: the CAGR is chained from published yearly rates, never computed from levels. */
  chainRates: z.boolean().default(false),
  leadUnitId: id,
  seq: z.number().int().min(0).max(9999).default(0),
}).superRefine((f, ctx) => {
  if (f.attribute === 'binding' && f.form === 'qualitative') ctx.addIssue({ code: 'custom', path: ['form'], message: '约束性指标不能为定性指标' });
  const need = (key: 'baseValue' | 'targetValue' | 'targetRatePct', msg: string) => { if (f[key] === null) ctx.addIssue({ code: 'custom', path: [key], message: msg }); };
  if (f.form === 'level') { need('baseValue', '目标值形式须填写基期值'); need('targetValue', '目标值形式须填写 2025 年目标值'); }
  if (f.form === 'cagr') { need('baseValue', '年均增长形式须填写基期值'); need('targetRatePct', '年均增长形式须填写年均增速目标'); }
  if (f.form === 'cumulativeReduction') need('targetRatePct', '累计下降形式须填写五年累计下降目标');
  if (f.form === 'ceiling' || f.form === 'floor') need('targetValue', '上限/下限形式须填写限值');
});
export type FypIndicatorInput = z.infer<typeof fypIndicatorInput>;

export const fypActualInput = z.strictObject({
  /** The year's value (level forms, ceilings and floors). */
  value: amount.nullable().default(null),
  /** The year's published growth (cagr with chained rates) or reduction (cumulativeReduction), %. */
  ratePct: growth.nullable().default(null),
  note: text(500).default(''),
}).refine((a) => a.value !== null || a.ratePct !== null, { message: '实际值和增速/降幅至少填写一项', path: ['value'] });
export type FypActualInput = z.infer<typeof fypActualInput>;

export const fypOverride = z.strictObject({ rating: z.enum(fypRatings).nullable(), reason: text(500).default(''), version: z.number().int().positive() })
  .refine((o) => o.rating === null || o.reason.length >= 2, { message: '人工调整评价须说明理由', path: ['reason'] });

export const fypTaskInput = z.strictObject({
  chapter: text(100).min(1),
  title: text(200).min(1),
  leadUnitId: id,
  endState: text(500).default(''),
  /** The work-plan task that carries this plan task this year; its computed status drives the rating. */
  planTaskId: id.nullable().default(null),
  status: z.enum(fypTaskStatuses).nullable().default(null),
});

// ── response shapes ──

export type Abilities = { write: boolean; report: boolean; review: boolean };

export type IndicatorRow = {
  id: number; code: string; name: string; unit: string; freq: (typeof indicatorFreqs)[number]; kind: (typeof indicatorKinds)[number];
  janFebMerged: boolean; growthBasis: (typeof growthBases)[number]; sourceUnitId: number; sourceUnitName: string; ownerUnitId: number | null; ownerUnitName: string | null;
  parentId: number | null; seq: number; description: string; active: boolean; version: number;
  abilities: { update: boolean; report: boolean };
};

export type TargetRow = { indicatorId: number; year: number; growthPct: number | null; level: number | null; baseValue: number | null; qualifier: (typeof targetQualifiers)[number]; floorPct: number | null; excellentPct: number | null; phasing: (number | null)[] | null; note: string; version: number };

export type ValueRow = {
  id: number; indicatorId: number; period: string; cumValue: number | null; prevCumValue: number | null; yoyPct: number | null; cityYoyPct: number | null; cityRank: number | null;
  note: string; state: ValueState; source: 'manual' | 'import'; submittedAt: string | null; reviewedAt: string | null; returnReason: string | null; revisionCount: number; version: number;
  abilities: { edit: boolean; review: boolean; revise: boolean };
};

export type OverviewRow = {
  indicator: IndicatorRow; target: TargetRow | null; latest: AnalysedPeriod | null; targetLevel: number | null; baseValue: number | null;
  pending: number; // values awaiting review this year
};

export type EconomyOverview = { year: number; asOf: string | null; items: OverviewRow[]; counts: Record<IndicatorStatus, number>; abilities: Abilities };

export type Vintage = { id: number; valueId: number; period: string; kind: 'first' | 'revision'; at: string; byName: string; reason: string; before: Record<string, number | null> | null; after: Record<string, number | null> };

export type FypEvaluationRow = {
  id: number; code: string; group: string; name: string; unit: string; form: FypForm; attribute: 'expected' | 'binding'; baseValue: number | null; targetValue: number | null; targetRatePct: number | null;
  chainRates: boolean; leadUnitId: number; leadUnitName: string; version: number;
  actuals: { year: number; value: number | null; ratePct: number | null; note: string }[];
  evaluation: { asOfYear: number | null; expectedPct: number; progressPct: number | null; actualRatePct: number | null; computed: FypRating; rating: FypRating; overridden: boolean; overrideReason: string; flag: boolean; explain: string };
};

export type { PlanRating };
