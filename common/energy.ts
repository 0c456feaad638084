// Energy saving (节能): the standard-coal conversion table (GB/T 2589-2020 《综合能耗计算通则》 Appendix A
// reference factors), units per energy type, comprehensive consumption in tce on the equivalent (当量值)
// and equal-value (等价值) bases, the rule that decides whether a fixed-asset project needs an energy review
// (节能审查) and at which level, energy intensity and its drop, and the scoring and ranking of the
// target-responsibility assessment (节能目标责任考核). Pure functions; the thresholds, the yearly
// equal-value factor of electricity and the industry benchmarks are settings passed in, never constants.
import { z } from 'zod';
import { limits } from './limits.ts';
import { isIsoDate } from './periods.ts';

// ── units ──
/** Every unit a quantity may be given in, with its size in the base unit of its family. */
export const energyUnits = {
  kg: { family: 'mass', toBase: 1, zh: '千克' },
  t: { family: 'mass', toBase: 1000, zh: '吨' },
  'm³': { family: 'volume', toBase: 1, zh: '立方米' },
  '万m³': { family: 'volume', toBase: 10_000, zh: '万立方米' },
  kWh: { family: 'electricity', toBase: 1, zh: '千瓦时' },
  '万kWh': { family: 'electricity', toBase: 10_000, zh: '万千瓦时' },
  MWh: { family: 'electricity', toBase: 1000, zh: '兆瓦时' },
  MJ: { family: 'heat', toBase: 1, zh: '兆焦' },
  GJ: { family: 'heat', toBase: 1000, zh: '吉焦' },
} as const;
export type EnergyUnit = keyof typeof energyUnits;
export const energyUnitCodes = Object.keys(energyUnits) as EnergyUnit[];

// ── the conversion table ──
export type EnergyFactor = {
  code: string; zh: string; en: string;
  /** Base unit the factor is given per. */
  baseUnit: 'kg' | 'm³' | 'kWh' | 'MJ';
  /** Reference lower heating value, for display. */
  heatValue: string;
  /** 当量值 factor, kgce per base unit. */
  factor: number;
  /** How the 等价值 (equal-value) factor is found when it differs from 当量值. */
  equalValue: 'same' | 'electricity_year' | 'heat_efficiency';
  note?: string;
};

/**
 * GB/T 2589-2020 Appendix A reference factors (domain.md §10.3). Where domain.md gives a range or marks a
 * value unverified the choice is stated on the row. 1 kgce = 29,307 kJ (7,000 kcal).
 */
export const energyFactors = [
  { code: 'raw_coal', zh: '原煤', en: 'Raw coal', baseUnit: 'kg', heatValue: '20,908 kJ/kg', factor: 0.7143, equalValue: 'same' },
  { code: 'cleaned_coal', zh: '洗精煤', en: 'Cleaned coal', baseUnit: 'kg', heatValue: '26,344 kJ/kg', factor: 0.9, equalValue: 'same' },
  { code: 'coke', zh: '焦炭', en: 'Coke', baseUnit: 'kg', heatValue: '28,435 kJ/kg', factor: 0.9714, equalValue: 'same' },
  { code: 'crude_oil', zh: '原油', en: 'Crude oil', baseUnit: 'kg', heatValue: '41,816 kJ/kg', factor: 1.4286, equalValue: 'same' },
  { code: 'fuel_oil', zh: '燃料油', en: 'Fuel oil', baseUnit: 'kg', heatValue: '41,816 kJ/kg', factor: 1.4286, equalValue: 'same' },
  { code: 'gasoline', zh: '汽油', en: 'Gasoline', baseUnit: 'kg', heatValue: '43,070 kJ/kg', factor: 1.4714, equalValue: 'same' },
  { code: 'kerosene', zh: '煤油', en: 'Kerosene', baseUnit: 'kg', heatValue: '43,070 kJ/kg', factor: 1.4714, equalValue: 'same' },
  { code: 'diesel', zh: '柴油', en: 'Diesel', baseUnit: 'kg', heatValue: '42,652 kJ/kg', factor: 1.4571, equalValue: 'same' },
  { code: 'lpg', zh: '液化石油气', en: 'LPG', baseUnit: 'kg', heatValue: '50,179 kJ/kg', factor: 1.7143, equalValue: 'same' },
  { code: 'refinery_gas', zh: '炼厂干气', en: 'Refinery gas', baseUnit: 'kg', heatValue: '46,055 kJ/kg', factor: 1.5714, equalValue: 'same' },
  // Statistics use the gas-field factor for "natural gas" (12.143 tce per 10⁴ m³); the oil-field one is offered separately.
  { code: 'natural_gas', zh: '天然气（气田）', en: 'Natural gas (gas field)', baseUnit: 'm³', heatValue: '35,544 kJ/m³', factor: 1.2143, equalValue: 'same' },
  { code: 'oilfield_gas', zh: '油田天然气', en: 'Natural gas (oil field)', baseUnit: 'm³', heatValue: '38,931 kJ/m³', factor: 1.33, equalValue: 'same' },
  // domain.md marks LNG unverified; 1.7572 is the GB/T 2589-2020 appendix reference value (51,498 kJ/kg).
  { code: 'lng', zh: '液化天然气', en: 'LNG', baseUnit: 'kg', heatValue: '51,498 kJ/kg', factor: 1.7572, equalValue: 'same', note: '附录参考值' },
  // The standard gives 0.5714–0.6143; [design] the low end (16,726 kJ/m³) unless a measured value is supplied.
  { code: 'coke_oven_gas', zh: '焦炉煤气', en: 'Coke-oven gas', baseUnit: 'm³', heatValue: '16,726–17,981 kJ/m³', factor: 0.5714, equalValue: 'same', note: '取区间下限' },
  { code: 'heat', zh: '热力', en: 'Heat', baseUnit: 'MJ', heatValue: '—', factor: 0.03412, equalValue: 'heat_efficiency', note: '等价值 = 当量值 ÷ 供热效率' },
  { code: 'electricity', zh: '电力', en: 'Electricity', baseUnit: 'kWh', heatValue: '3,600 kJ/kWh', factor: 0.1229, equalValue: 'electricity_year', note: '等价值按当年火电平均供电煤耗' },
] as const satisfies readonly EnergyFactor[];
export type EnergyType = (typeof energyFactors)[number]['code'];
export const energyTypeCodes = energyFactors.map((f) => f.code) as EnergyType[];
export const energyStandard = 'GB/T 2589-2020';

export function factorOf(type: string): EnergyFactor | undefined {
  return (energyFactors as readonly EnergyFactor[]).find((f) => f.code === type);
}

const familyOfBase: Record<EnergyFactor['baseUnit'], string> = { kg: 'mass', 'm³': 'volume', kWh: 'electricity', MJ: 'heat' };

/** The units a type may be given in: those of its base unit's family (diesel in kg or t, never m³). */
export function unitsOf(type: string): EnergyUnit[] {
  const f = factorOf(type);
  if (!f) return [];
  return energyUnitCodes.filter((u) => energyUnits[u].family === familyOfBase[f.baseUnit]);
}

// ── settings ──
export type EnergySettings = {
  /** No separate review when tce (当量值) < exemptTce AND electricity < exemptKwh (NDRC Order 2023 No. 2). */
  exemptTce: number;
  exemptKwh: number;
  /** At or above this (tce, 当量值) the municipal DRC reviews (domain.md §10.2). */
  cityTce: number;
  /** Working days: from submission to acceptance, from acceptance to the approval [design]. */
  acceptDays: number;
  reviewDays: number;
  /** Acceptance (验收) fails when the actual consumption exceeds the approved by more than this % [design]. */
  acceptanceTolerancePct: number;
  /** 等价值 of electricity, kgce/kWh, by year (the year's average coal use of thermal power supply). */
  electricityEqualValue: Record<string, number>;
  /** Heat supply efficiency for the 等价值 of heat [design]. */
  heatEfficiency: number;
  /** Industry efficiency benchmarks, tce per 万元 output. */
  benchmarks: Record<string, number>;
};

// The electricity equal-value figures are [unverified] placeholders of the order domain.md gives (≈ 0.30);
// the division enters the published figure for each year.
export const defaultEnergySettings: EnergySettings = {
  exemptTce: 1000, exemptKwh: 5_000_000, cityTce: 10_000,
  acceptDays: 5, reviewDays: 20, acceptanceTolerancePct: 10,
  electricityEqualValue: { '2021': 0.3021, '2022': 0.3005, '2023': 0.2987 },
  heatEfficiency: 0.85,
  benchmarks: { '仪器仪表制造': 0.05, '食品制造': 0.12, '医药制造': 0.1, '汽车制造': 0.06, '数据中心': 0.9, '建材': 0.6 },
};

/** The year's electricity 等价值 factor: that year's, else the latest earlier year's, else (before any) the earliest. */
export function electricityEqualValueOf(s: Pick<EnergySettings, 'electricityEqualValue'>, year: number): number {
  const years = Object.keys(s.electricityEqualValue).map(Number).sort((a, b) => a - b);
  const y = [...years].reverse().find((k) => k <= year) ?? years[0];
  return y === undefined ? 0 : s.electricityEqualValue[String(y)];
}

// ── conversion ──
export type EnergyLine = { type: string; quantity: number; unit: string };
export type ConvertedLine = EnergyLine & {
  typeName: string; baseQuantity: number; baseUnit: string;
  factorDL: number; factorDJ: number; tceDL: number; tceDJ: number;
};
export type LineProblem = { index: number; code: 'energy.unknown_type' | 'energy.unit_mismatch' | 'energy.negative_quantity'; type: string; unit: string };

const r2 = (v: number) => Math.round(v * 100) / 100;
const r4 = (v: number) => Math.round(v * 10000) / 10000;
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The problems of a list of lines, each naming its row; empty when all convert. */
export function checkLines(lines: readonly EnergyLine[]): LineProblem[] {
  const out: LineProblem[] = [];
  lines.forEach((l, index) => {
    if (!factorOf(l.type)) out.push({ index, code: 'energy.unknown_type', type: l.type, unit: l.unit });
    else if (!unitsOf(l.type).includes(l.unit as EnergyUnit)) out.push({ index, code: 'energy.unit_mismatch', type: l.type, unit: l.unit });
    else if (!(Number.isFinite(l.quantity) && l.quantity >= 0)) out.push({ index, code: 'energy.negative_quantity', type: l.type, unit: l.unit });
  });
  return out;
}

/**
 * tce of one line: quantity × unit size (to the base unit) × factor (kgce per base unit) ÷ 1000.
 * 等价值: electricity at the year's factor; heat at 当量值 ÷ supply efficiency; all else = 当量值.
 * Throws on a line checkLines refuses (callers check first and answer 400).
 */
export function convertLine(l: EnergyLine, s: Pick<EnergySettings, 'electricityEqualValue' | 'heatEfficiency'>, year: number): ConvertedLine {
  const f = factorOf(l.type);
  if (!f || !unitsOf(l.type).includes(l.unit as EnergyUnit) || !(l.quantity >= 0)) throw new RangeError(`bad energy line ${l.type} ${l.unit} ${l.quantity}`);
  const baseQuantity = l.quantity * energyUnits[l.unit as EnergyUnit].toBase;
  const factorDJ = f.equalValue === 'electricity_year' ? electricityEqualValueOf(s, year)
    : f.equalValue === 'heat_efficiency' ? r6(f.factor / s.heatEfficiency) : f.factor;
  return {
    ...l, typeName: f.zh, baseQuantity, baseUnit: f.baseUnit, factorDL: f.factor, factorDJ,
    tceDL: r4((baseQuantity * f.factor) / 1000), tceDJ: r4((baseQuantity * factorDJ) / 1000),
  };
}

export type Consumption = { lines: ConvertedLine[]; tceDL: number; tceDJ: number; electricityKwh: number };

/** Comprehensive energy consumption (综合能耗): Σ line tce on both bases (2 dp), and electricity in kWh. */
export function comprehensive(lines: readonly EnergyLine[], s: Pick<EnergySettings, 'electricityEqualValue' | 'heatEfficiency'>, year: number): Consumption {
  const conv = lines.map((l) => convertLine(l, s, year));
  return {
    lines: conv,
    tceDL: r2(conv.reduce((a, l) => a + l.tceDL, 0)),
    tceDJ: r2(conv.reduce((a, l) => a + l.tceDJ, 0)),
    electricityKwh: r2(conv.filter((l) => l.type === 'electricity').reduce((a, l) => a + l.baseQuantity, 0)),
  };
}

// ── the review-need rule ──
export type ReviewAuthority = 'none' | 'district' | 'city';
export const authorityLabels: Record<ReviewAuthority, { zh: string; en: string }> = {
  none: { zh: '不单独审查', en: 'No separate review' }, district: { zh: '区发改委', en: 'District DRC' }, city: { zh: '市发改委', en: 'Municipal DRC' },
};

/**
 * requiresReview = !(tceDL < exemptTce && kWh < exemptKwh) && !exemptIndustry && !classified (domain.md §10.2);
 * authority: city at tceDL ≥ cityTce, else district; none when no review is required.
 */
export function reviewNeed(c: { tceDL: number; electricityKwh: number; exemptIndustry?: boolean; classified?: boolean }, s: Pick<EnergySettings, 'exemptTce' | 'exemptKwh' | 'cityTce'>): { required: boolean; authority: ReviewAuthority; overThreshold: boolean } {
  const overThreshold = !(c.tceDL < s.exemptTce && c.electricityKwh < s.exemptKwh);
  const required = overThreshold && !c.exemptIndustry && !c.classified;
  return { required, overThreshold, authority: !required ? 'none' : c.tceDL >= s.cityTce ? 'city' : 'district' };
}

/** Acceptance (验收): actual vs approved tce (当量值); deviation in %, and passed while within the tolerance. */
export function acceptanceVerdict(approvedTce: number, actualTce: number, tolerancePct: number): { deviationPct: number | null; passed: boolean } {
  if (approvedTce <= 0) return { deviationPct: null, passed: actualTce <= 0 };
  const deviationPct = r2((actualTce / approvedTce - 1) * 100);
  return { deviationPct, passed: deviationPct <= tolerancePct };
}

// ── intensity ──
/** Intensity = tce ÷ output (万元), tce/万元 to 4 dp; null without output. */
export function intensity(tce: number, output: number): number | null {
  return output > 0 ? r4(tce / output) : null;
}

/** Intensity drop in %: (1 − (E_t/Y_t)/(E_{t−1}/Y_{t−1})) × 100, 2 dp (domain.md §10.1). */
export function intensityDropPct(e: number, y: number, eBase: number, yBase: number): number | null {
  if (!(y > 0 && yBase > 0 && eBase > 0)) return null;
  return r2((1 - (e / y) / (eBase / yBase)) * 100);
}

// ── assessment scoring [design] ──
export const gradeLabels = { excellent: { zh: '超额完成', en: 'Exceeded' }, met: { zh: '完成', en: 'Met' }, basic: { zh: '基本完成', en: 'Basically met' }, failed: { zh: '未完成', en: 'Not met' } } as const;
export type Grade = keyof typeof gradeLabels;
export const scoreScheme = { intensity: 30, total: 30, measures: 40, overCapPenaltyPerPct: 3 } as const;

export type MeasureTask = { title: string; points: number; score: number | null };
export type ScoreInput = {
  targetDropPct: number; capTce: number; actualDropPct: number | null; actualTce: number;
  tasks: readonly MeasureTask[]; deduction: number;
};
export type ScoreResult = { intensityScore: number; totalScore: number; measureScore: number; deduction: number; score: number; grade: Grade; targetMet: boolean };

/**
 * Score sheet [design, after domain.md §10.1]: intensity 30 — full when the drop reaches the target, else
 * 30 × drop/target (0 for no drop); total 30 — full within the cap, minus 3 per % over it; measures 40 —
 * Σ task scores scaled to 40 by Σ task points; minus deductions; floor 0. Grade: ≥ 95 超额完成, ≥ 80 完成,
 * ≥ 60 基本完成, else 未完成; a unit that misses the intensity target or the cap is graded at most 基本完成.
 */
export function scoreAssessment(i: ScoreInput): ScoreResult {
  const drop = i.actualDropPct;
  const intensityScore = drop === null ? 0 : i.targetDropPct <= 0 ? (drop >= i.targetDropPct ? scoreScheme.intensity : 0)
    : r2(scoreScheme.intensity * Math.max(0, Math.min(1, drop / i.targetDropPct)));
  const overPct = i.capTce > 0 ? Math.max(0, (i.actualTce / i.capTce - 1) * 100) : 0;
  const totalScore = r2(Math.max(0, scoreScheme.total - scoreScheme.overCapPenaltyPerPct * overPct));
  const points = i.tasks.reduce((a, t) => a + t.points, 0);
  const got = i.tasks.reduce((a, t) => a + Math.min(t.points, Math.max(0, t.score ?? 0)), 0);
  const measureScore = points > 0 ? r2((scoreScheme.measures * got) / points) : 0;
  const score = r2(Math.max(0, intensityScore + totalScore + measureScore - i.deduction));
  const targetMet = drop !== null && drop >= i.targetDropPct && overPct === 0;
  let grade: Grade = score >= 95 ? 'excellent' : score >= 80 ? 'met' : score >= 60 ? 'basic' : 'failed';
  if (!targetMet && (grade === 'excellent' || grade === 'met')) grade = 'basic';
  return { intensityScore, totalScore, measureScore, deduction: i.deduction, score, grade, targetMet };
}

/** Competition ranking (1, 2, 2, 4) by score, highest first; the order of equal scores keeps the input order. */
export function rankByScore<T extends { score: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  return sorted.map((r) => ({ ...r, rank: sorted.findIndex((x) => x.score === r.score) + 1 }));
}

// ── review workflow ──
export const reviewStages = ['submitted', 'accepted', 'appraising', 'opinion', 'approved', 'returned', 'exempt', 'verified'] as const;
export type ReviewStage = (typeof reviewStages)[number];
export const reviewStageLabels: Record<ReviewStage, { zh: string; en: string }> = {
  submitted: { zh: '申报', en: 'Submitted' }, accepted: { zh: '受理', en: 'Accepted' }, appraising: { zh: '评审', en: 'Appraisal' }, opinion: { zh: '审查意见', en: 'Opinion drafted' },
  approved: { zh: '批复', en: 'Approved' }, returned: { zh: '退回', en: 'Returned' }, exempt: { zh: '不单独审查', en: 'No separate review' }, verified: { zh: '已验收', en: 'Verified' },
};
export const reviewActions = ['accept', 'appraise', 'draft_opinion', 'approve', 'return', 'resubmit', 'exempt'] as const;
export type ReviewAction = (typeof reviewActions)[number];
export const reviewFlow: Record<ReviewAction, { from: readonly ReviewStage[]; to: ReviewStage }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  appraise: { from: ['accepted'], to: 'appraising' },
  draft_opinion: { from: ['appraising'], to: 'opinion' },
  approve: { from: ['opinion'], to: 'approved' },
  return: { from: ['submitted', 'accepted', 'appraising', 'opinion'], to: 'returned' },
  resubmit: { from: ['returned'], to: 'submitted' },
  exempt: { from: ['submitted'], to: 'exempt' },
};
/** Stages in which the case waits on the reviewing office (a deadline runs). */
export const openReviewStages: readonly ReviewStage[] = ['submitted', 'accepted', 'appraising', 'opinion'];
export const industryTypes = ['仪器仪表制造', '食品制造', '医药制造', '汽车制造', '数据中心', '建材', '公共建筑', '其他'] as const;

// ── schemas ──
const text = (max: number = limits.textMax) => z.string().trim().max(max);
const id = z.number().int().positive().max(limits.idMax);
const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const year = z.number().int().min(2000).max(2100);
// Type and unit are free strings here so that an unknown type or a mismatched unit gets its own error code.
export const energyLineInput = z.strictObject({ type: z.string().trim().min(1).max(40), quantity: z.number().finite().max(1e12), unit: z.string().trim().min(1).max(10) });
const lines = z.array(energyLineInput).min(1, '至少填写一种能源').max(30);

export const convertInput = z.strictObject({ year: year.default(2023), lines });
export const reviewInput = z.strictObject({
  projectId: id, year, applicant: text(100).min(1), submittedOn: isoDate, lines,
  exemptIndustry: z.boolean().default(false), classified: z.boolean().default(false), note: text(500).default(''),
});
export const reviewActionInput = z.strictObject({
  action: z.enum(reviewActions), note: text(2000).default(''), version: z.number().int().positive(),
  opinion: text(4000).optional(), conditions: text(2000).optional(), lines: lines.optional(),
});
export const expertOpinionInput = z.strictObject({
  expert: text(50).min(1), org: text(100).default(''), conclusion: z.enum(['同意', '修改后同意', '不同意']), opinion: text(2000).min(1), givenOn: isoDate,
});
export const acceptanceInput = z.strictObject({ verifiedOn: isoDate, lines, note: text(1000).default(''), version: z.number().int().positive() });
const task = z.strictObject({ title: text(100).min(1), points: z.number().min(0).max(100), score: z.number().min(0).max(100).nullable().default(null) })
  .refine((t) => t.score === null || t.score <= t.points, { message: '得分不能超过分值', path: ['score'] });
export const targetInput = z.strictObject({
  year, orgId: id.nullable().default(null), keyUserId: id.nullable().default(null),
  targetDropPct: z.number().min(-50).max(50), capTce: z.number().min(0).max(1e9),
  baseTce: z.number().min(0).max(1e9), baseOutput: z.number().min(0).max(1e12),
  tasks: z.array(task).max(20).default([]), deduction: z.number().min(0).max(100).default(0), deductionNote: text(500).default(''),
}).refine((t) => (t.orgId === null) !== (t.keyUserId === null), { message: '考核对象须为一个镇乡街道或一家重点用能单位', path: ['orgId'] });
export const targetUpdate = z.strictObject({
  targetDropPct: z.number().min(-50).max(50).optional(), capTce: z.number().min(0).max(1e9).optional(),
  tasks: z.array(task).max(20).optional(), deduction: z.number().min(0).max(100).optional(), deductionNote: text(500).optional(), version: z.number().int().positive(),
});
const nonNegative = (max: number) => z.number().finite().min(0, '不能为负数').max(max);
/** version: 0 for a first report of the quarter, else the version read (a re-report over someone else's is 409). */
export const quarterInput = z.strictObject({ energyTce: nonNegative(1e9), output: nonNegative(1e12), note: text(500).default(''), version: z.number().int().min(0).default(0) });
export const keyUserInput = z.strictObject({
  name: text(100).min(1), industry: z.enum(industryTypes), townId: id.nullable().default(null), level: z.enum(['国家', '市', '区']), contact: text(50).default(''),
});
export const keyUserYearInput = z.strictObject({ energyTce: nonNegative(1e9), output: nonNegative(1e12) });
export const settingsInput = z.strictObject({
  exemptTce: z.number().positive().max(1e7), exemptKwh: z.number().positive().max(1e11), cityTce: z.number().positive().max(1e8),
  acceptDays: z.number().int().min(1).max(60), reviewDays: z.number().int().min(1).max(120), acceptanceTolerancePct: z.number().min(0).max(100),
  electricityEqualValue: z.record(z.string().regex(/^\d{4}$/), z.number().positive().max(1)),
  heatEfficiency: z.number().gt(0).max(1),
  benchmarks: z.record(z.string().min(1).max(30), z.number().positive().max(100)),
  version: z.number().int().min(0),
}).refine((s) => s.cityTce >= s.exemptTce, { message: '市级审查门槛不能低于免审门槛', path: ['cityTce'] });
