// Price monitoring (价格监测), price management (价格管理) and price certification (价格认定): schemas, labels
// and the calculations — average across points, 环比/同比, the fixed-weight group index, the rule alert
// and the statistical alert (ALPS, as WFP grades markets). Prices in 元 per the commodity's unit.
import { z } from 'zod';
import { limits } from './limits.ts';
import { isIsoDate } from './periods.ts';

export const commodityGroups = ['粮食', '食用油', '猪肉', '牛羊肉', '禽蛋', '蔬菜', '水果', '水产品', '奶类'] as const;
export const priceUnits = ['元/千克', '元/500克', '元/升', '元/桶', '元/个', '元/袋'] as const;
export const pointTypes = ['超市', '农贸市场', '社区菜店', '批发市场'] as const;
export const windowKinds = ['holiday', 'emergency'] as const;
export const alertLevels = ['yellow', 'red'] as const;
export const alpsGrades = ['normal', 'stress', 'alert', 'crisis'] as const;
export type AlpsGrade = (typeof alpsGrades)[number];
export const alpsLabels: Record<AlpsGrade, { zh: string; en: string }> = { normal: { zh: '正常', en: 'Normal' }, stress: { zh: '承压', en: 'Stress' }, alert: { zh: '警戒', en: 'Alert' }, crisis: { zh: '危机', en: 'Crisis' } };
export const priceForms = ['政府定价', '政府指导价'] as const;
export const requesterTypes = ['公安', '检察', '法院', '纪检监察', '行政执法', '其他'] as const;
export const certStages = ['received', 'accepted', 'investigating', 'calculating', 'reviewing', 'concluded', 'delivered', 'rejected', 'terminated'] as const;
export type CertStage = (typeof certStages)[number];
export const certStageLabels: Record<CertStage, { zh: string; en: string }> = {
  received: { zh: '收件', en: 'Received' }, accepted: { zh: '受理', en: 'Accepted' }, investigating: { zh: '调查', en: 'Investigation' }, calculating: { zh: '测算', en: 'Calculation' },
  reviewing: { zh: '审核', en: 'Review' }, concluded: { zh: '出具结论', en: 'Concluded' }, delivered: { zh: '送达', en: 'Delivered' }, rejected: { zh: '不予受理', en: 'Rejected' }, terminated: { zh: '终止', en: 'Terminated' },
};
/** Working days from acceptance to conclusion [unverified — configurable]. */
export const certDeadlineWorkingDays = 7;
/** A quote this many times last period's (or less than its reciprocal) must be confirmed with a note. */
export const jumpConfirmFactor = 1.5;

const r2 = (v: number) => Math.round(v * 100) / 100;
const r4 = (v: number) => Math.round(v * 10000) / 10000;

/** The district price: the mean of the valid quotes of the points, 元 to 2 decimals. */
export function meanPrice(quotes: readonly number[]): number | null {
  return quotes.length === 0 ? null : r2(quotes.reduce((a, b) => a + b, 0) / quotes.length);
}

/** 环比 or 同比 in %: p_t / p_ref − 1. */
export function changePct(now: number | null, ref: number | null): number | null {
  return now === null || ref === null || ref === 0 ? null : r2((now / ref - 1) * 100);
}

/** Fixed-weight group index (base = 100): Σ w_i·(p_i / p_i,base) ÷ Σ w_i × 100, over commodities with both prices. */
export function groupIndex(items: readonly { weight: number; price: number | null; basePrice: number | null }[]): number | null {
  const ok = items.filter((i) => i.price !== null && i.basePrice);
  const w = ok.reduce((a, i) => a + i.weight, 0);
  return w === 0 ? null : r2((ok.reduce((a, i) => a + i.weight * (i.price! / i.basePrice!), 0) / w) * 100);
}

/**
 * Rule alert on a period's change [design, thresholds per commodity]: a rise (fall) at or beyond the
 * threshold is yellow, at or beyond twice the threshold red.
 */
export function ruleAlert(change: number | null, t: { risePct: number; fallPct: number }): 'yellow' | 'red' | null {
  if (change === null) return null;
  if (change >= 2 * t.risePct || change <= -2 * t.fallPct) return 'red';
  if (change >= t.risePct || change <= -t.fallPct) return 'yellow';
  return null;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (the small normal equations of the seasonal fit). */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-12) return null;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/**
 * ALPS (Alert for Price Spikes, WFP): fit the monthly series' seasonal trend by least squares — a linear
 * time trend plus a dummy per calendar month (per quarter while the history is shorter than 36 months,
 * [design] so a two-year series can already be graded) — on the history; the indicator is the latest
 * month's residual divided by the standard deviation of the history's residuals. Grades: < 0.25 normal,
 * [0.25, 1) stress, [1, 2) alert, ≥ 2 crisis. Null with under 12 months of history. The deviation is never
 * measured against less than `minSdShare` (3%) of the expected price [design]: a very steady series (packaged
 * milk, frozen fish) would otherwise call a cent's move a crisis.
 */
export function alps(history: readonly { month: number; price: number }[], latest: { month: number; price: number }, minSdShare = 0.03): { value: number; grade: AlpsGrade; expected: number; seasons: 4 | 12 } | null {
  if (history.length < 12) return null;
  const seasons: 4 | 12 = history.length >= 36 ? 12 : 4;
  const season = (month: number) => (seasons === 12 ? month : Math.ceil(month / 3));
  const row = (t: number, month: number) => [t, ...Array.from({ length: seasons }, (_, k) => (k + 1 === season(month) ? 1 : 0))];
  const X = history.map((h, i) => row(i, h.month));
  const y = history.map((h) => h.price);
  const p = X[0].length;
  const xtx = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => X.reduce((a, r) => a + r[i] * r[j], 0)));
  const xty = Array.from({ length: p }, (_, i) => X.reduce((a, r, k) => a + r[i] * y[k], 0));
  const beta = solve(xtx, xty);
  if (!beta) return null;
  const fit = (r: number[]) => r.reduce((a, v, i) => a + v * beta[i], 0);
  const residuals = X.map((r, i) => y[i] - fit(r));
  const sd = Math.sqrt(residuals.reduce((a, e) => a + e * e, 0) / Math.max(1, residuals.length - p));
  const expected = fit(row(history.length, latest.month));
  const scale = Math.max(sd, Math.abs(expected) * minSdShare);
  const value = scale === 0 ? 0 : (latest.price - expected) / scale;
  const grade: AlpsGrade = value >= 2 ? 'crisis' : value >= 1 ? 'alert' : value >= 0.25 ? 'stress' : 'normal';
  return { value: r4(value), grade, expected: r2(expected), seasons };
}

// ── schemas ──
const text = (max: number = limits.textMax) => z.string().trim().max(max);
const id = z.number().int().positive().max(2_147_483_647);
const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const price = z.number().finite().gt(0, '价格须大于 0').max(1e6);

export const quoteInput = z.strictObject({
  pointId: id,
  date: isoDate,
  quotes: z.array(z.strictObject({ commodityId: id, price, note: text(200).default(''), confirmJump: z.boolean().default(false) })).min(1).max(200),
});
export const windowInput = z.strictObject({ name: text(50).min(1), kind: z.enum(windowKinds), startDate: isoDate, endDate: isoDate })
  .refine((w) => w.startDate <= w.endDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });
export const thresholdInput = z.strictObject({ risePct: z.number().min(0.1).max(500), fallPct: z.number().min(0.1).max(100) });
export const priceItemInput = z.strictObject({
  name: text(100).min(1), form: z.enum(priceForms), currentPrice: price, unit: text(20).min(1), basisDoc: text(200).min(1, '请填写定价依据文件'),
  effectiveFrom: isoDate, reviewDue: isoDate, note: text(500).default(''), version: z.number().int().positive().optional(),
});
export const certCaseInput = z.strictObject({
  requesterOrg: text(100).min(1), requesterType: z.enum(requesterTypes), receivedOn: isoDate, baseDate: isoDate,
  items: z.array(z.strictObject({ name: text(100).min(1), spec: text(100).default(''), quantity: z.number().positive('数量须大于 0'), condition: text(200).default('') })).min(1).max(100),
  certifiers: text(200).default(''),
}).refine((c) => c.baseDate <= c.receivedOn, { message: '价格认定基准日不能晚于收件日期', path: ['baseDate'] });
export const certActionInput = z.strictObject({
  action: z.enum(['accept', 'reject', 'investigate', 'calculate', 'review', 'conclude', 'deliver', 'terminate']),
  note: text(2000).default(''), method: z.enum(['市场法', '成本法', '收益法', '专家咨询']).optional(), resultYuan: z.number().min(0).optional(), version: z.number().int().positive(),
});
export const commodityInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/, '代码只能含字母、数字和 _ . -'),
  name: text(50).min(1), spec: text(50).default(''), unit: z.enum(priceUnits), group: z.enum(commodityGroups),
  weight: z.number().min(0).max(100).default(1), risePct: z.number().min(0.1).max(500).default(10), fallPct: z.number().min(0.1).max(100).default(10), seq: z.number().int().min(0).max(9999).default(0),
});
export const pointInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/, '代码只能含字母、数字和 _ . -'),
  name: text(100).min(1), type: z.enum(pointTypes), townId: id.nullable().default(null), address: text(200).default(''),
  collectorIds: z.array(id).max(20).default([]),
});
