// How a Five-Year-Plan target reads by its form: 5.0 (level), 年均增长 6% (average growth), 累计下降 14%,
// ≤ 30 (ceiling), ≥ 95 (floor), 定性 (qualitative).
import type { TFunction } from 'i18next';
import type { FypEvaluationRow } from '../../types.ts';

const n = (v: number | null) => (v === null ? '—' : String(Number(v.toFixed(4))));
const u = (unit: string) => (!unit ? '' : unit === '%' ? '%' : ` ${unit}`);

export function fypTargetText(t: TFunction, r: Pick<FypEvaluationRow, 'form' | 'targetValue' | 'targetRatePct' | 'unit'>): string {
  switch (r.form) {
    case 'level': return `${n(r.targetValue)}${u(r.unit)}`;
    case 'cagr': return t('econ.fyp.targetCagr', { value: n(r.targetRatePct) });
    case 'cumulativeReduction': return t('econ.fyp.targetReduction', { value: n(r.targetRatePct) });
    case 'ceiling': return `≤ ${n(r.targetValue)}${u(r.unit)}`;
    case 'floor': return `≥ ${n(r.targetValue)}${u(r.unit)}`;
    default: return t('econ.fyp.qualitative');
  }
}

export function actualText(r: Pick<FypEvaluationRow, 'form' | 'actuals'>, year: number): string {
  const a = r.actuals.find((x) => x.year === year);
  if (!a) return '—';
  if (a.value !== null && a.ratePct !== null) return `${n(a.value)} (${n(a.ratePct)}%)`;
  if (a.value !== null) return n(a.value);
  return a.ratePct !== null ? `${n(a.ratePct)}%` : '—';
}

export const ratingColors: Record<string, string> = {
  超前: 'green', 已提前完成: 'green', 符合进度: 'green', 达标: 'green', 基本符合: 'gold', 滞后: 'orange', 严重滞后: 'red', 未达标: 'red', 暂无数据: 'default',
};
