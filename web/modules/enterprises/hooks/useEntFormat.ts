// Display helpers of the module: money in 万元, percentages, enum labels in the UI language, demand states.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { demandStateLabels, type DemandState } from '../../../../common/enterprises.ts';
import { useShortLang } from '../../../i18n/index.ts';

export type EnumKind = 'industry' | 'zone' | 'size' | 'form' | 'channel' | 'category' | 'satisfaction' | 'stage' | 'scheme' | 'level' | 'appStage';

export function useEntFormat() {
  const { t } = useTranslation();
  const lang = useShortLang();
  const num = useCallback((v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : v.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits })), [lang]);
  return {
    lang,
    num,
    /** 1,234.5 万元 */
    wan: (v: number | null | undefined) => (v === null || v === undefined ? '—' : t('ent.unit.wanValue', { value: num(v) })),
    /** 87.04% */
    pct: (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${num(v, 2)}%`),
    label: (kind: EnumKind, v: string | null | undefined) => (v ? t(`ent.enum.${kind}.${v}`, { defaultValue: v }) : '—'),
    state: (s: DemandState) => demandStateLabels[s]?.[lang] ?? s,
    /** The org or steward name the server sends, with its "not assigned" placeholders translated. */
    group: (name: string) => (name === '未分配' ? t('ent.unassigned') : name === '未转办' ? t('ent.notDispatched') : name),
  };
}
