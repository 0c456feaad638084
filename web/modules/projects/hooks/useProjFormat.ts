// How project figures read: money in 万元 (ledgers) or 亿元 (district totals), percentages, periods
// (2023年9月 / Sep 2023), and the labels of the Chinese enums (category, sector…) in the UI language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format.ts';
import { useShortLang } from '../../../i18n/index.ts';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const num = (v: number, dp: number, lang: 'zh' | 'en') => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: dp, minimumFractionDigits: 0 }).format(v);

/** '2023-09' → 2023年9月 / Sep 2023. */
export function monthLabel(period: string, lang: 'zh' | 'en'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  return lang === 'zh' ? `${m[1]}年${Number(m[2])}月` : `${EN_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** The month the figures stand at: money is reported a month in arrears (as of 2023-10-31 → 2023-09). */
export function figuresMonth(asOf: string): string {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7)) - 1;
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
}

/** Enum groups whose values are Chinese words; their labels live under proj.enum.<group>.<value>. */
export type EnumGroup = 'category' | 'nature' | 'sector' | 'tag' | 'step' | 'problemType' | 'fundType' | 'stage' | 'level' | 'centreStatus';

export function useProjFormat() {
  const { t } = useTranslation();
  const lang = useShortLang();
  return useMemo(() => {
    const dash = '—';
    return {
      lang,
      num: (v: number | null | undefined, dp = 2) => (v === null || v === undefined ? dash : num(v, dp, lang)),
      /** 万元 with the unit. */
      wan: (v: number | null | undefined, dp = 2) => (v === null || v === undefined ? dash : t('proj.unit.wanValue', { value: num(v, dp, lang) })),
      /** 亿元 with the unit, from 万元. */
      yi: (v: number | null | undefined, dp = 2) => (v === null || v === undefined ? dash : t('proj.unit.yiValue', { value: num(v / 10000, dp, lang) })),
      pct: (v: number | null | undefined, dp = 1) => (v === null || v === undefined ? dash : `${v.toFixed(dp)}%`),
      month: (p: string) => monthLabel(p, lang),
      /** A YYYY-MM-DD date in Chinese convention (2023年3月15日) or ISO in English. */
      date: (d: string | null | undefined) => (d ? formatDate(d, lang === 'en' ? 'en' : 'zh-CN') : dash),
      label: (group: EnumGroup, value: string | null | undefined) => (value ? t(`proj.enum.${group}.${value}`, { defaultValue: value }) : dash),
    };
  }, [lang, t]);
}
