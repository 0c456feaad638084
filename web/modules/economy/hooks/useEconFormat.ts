// How economy figures read: amounts with their unit, growth in %, differences between rates in 百分点
// (pp, never %), and periods in the statistics convention — 1-9月 (Jan–Sep) for a cumulative monthly
// series, 9月末 for a balance, 前三季度 for Q3 — following the UI language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortLang } from '../../../i18n/index.ts';
import type { IndicatorRow } from '../types.ts';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZH_QUARTERS = ['一季度', '上半年', '前三季度', '全年'];
const EN_QUARTERS = ['Q1', 'H1', 'Q1–Q3', 'Full year'];

type Series = Pick<IndicatorRow, 'kind' | 'freq' | 'janFebMerged'>;

/** '2023-09' → 1-9月 / Jan–Sep; a stock → 9月末 / end-Sep; '2023-Q3' → 前三季度 / Q1–Q3. Year prefixed when asked. */
export function cumPeriodLabel(period: string, series: Series | null, lang: 'zh' | 'en', withYear = false): string {
  const year = period.slice(0, 4);
  const prefix = withYear ? (lang === 'zh' ? `${year}年` : `${year} `) : '';
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) {
    const n = Number(q[1]);
    if (series?.kind === 'stock') return lang === 'zh' ? `${prefix}${['一', '二', '三', '四'][n - 1]}季度末` : `${prefix}end-Q${n}`;
    return prefix + (lang === 'zh' ? ZH_QUARTERS[n - 1] : EN_QUARTERS[n - 1]);
  }
  const m = /^\d{4}-(\d{2})$/.exec(period);
  if (!m) return period;
  const month = Number(m[1]);
  if (series?.kind === 'stock') return lang === 'zh' ? `${prefix}${month}月末` : `${prefix}end-${EN_MONTHS[month - 1]}`;
  if (month === 1) return prefix + (lang === 'zh' ? '1月' : 'Jan');
  if (month === 12 && series?.kind !== 'rate' && lang === 'zh') return `${prefix}1-12月`;
  return prefix + (lang === 'zh' ? `1-${month}月` : `Jan–${EN_MONTHS[month - 1]}`);
}

const fmt = (v: number, dp: number, lang: 'zh' | 'en') =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: dp, minimumFractionDigits: 0 }).format(v);

export function useEconFormat() {
  const { t } = useTranslation();
  const lang = useShortLang();
  return useMemo(() => {
    const dash = '—';
    return {
      lang,
      /** An amount with up to `dp` decimals; the unit is appended when given. */
      amount: (v: number | null | undefined, unit?: string, dp = 2) => (v === null || v === undefined ? dash : `${fmt(v, dp, lang)}${unit ? ` ${unit}` : ''}`),
      /** A rate in % with one decimal, as statistics publish it. */
      pct: (v: number | null | undefined, dp = 1) => (v === null || v === undefined ? dash : `${v.toFixed(dp)}%`),
      /** A signed difference between two rates, in 百分点. */
      pp: (v: number | null | undefined, dp = 1) => (v === null || v === undefined ? dash : t('econ.unit.pp', { value: `${v > 0 ? '+' : ''}${v.toFixed(dp)}` })),
      period: (p: string, series: Series | null, withYear = false) => cumPeriodLabel(p, series, lang, withYear),
    };
  }, [lang, t]);
}
