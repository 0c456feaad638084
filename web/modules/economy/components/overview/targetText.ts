// A growth target as people say it: 6%左右, 5%以上, 3%以内 / about 6%, 5% or more, at most 3%.
import type { TFunction } from 'i18next';
import type { TargetRow } from '../../types.ts';

export function targetText(t: TFunction, target: Pick<TargetRow, 'growthPct' | 'qualifier'> | null, pct: number | null = target?.growthPct ?? null): string {
  if (!target || pct === null) return '—';
  return t(`econ.qualifier.${target.qualifier}`, { value: `${Number(pct.toFixed(2))}%` });
}
