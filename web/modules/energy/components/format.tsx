// Number formats of the energy pages: tce to 2 decimals, kWh grouped, intensity to 4, percent to 2; the
// review stage as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewStage } from '../../../../common/energy.ts';

const nf = (d: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d });
export const fmtTce = (v: number | null | undefined) => (v === null || v === undefined ? '—' : nf(2).format(v));
export const fmtInt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(v));
export const fmtIntensity = (v: number | null | undefined) => (v === null || v === undefined ? '—' : nf(4).format(v));
export const fmtPct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${nf(2).format(v)}%`);

const stageColor: Record<ReviewStage, string> = {
  submitted: 'default', accepted: 'processing', appraising: 'processing', opinion: 'processing', approved: 'success', verified: 'green', returned: 'warning', exempt: 'default',
};

export function StageTag({ stage }: { stage: ReviewStage }) {
  const { t } = useTranslation();
  return <Tag color={stageColor[stage]} data-testid={`energy-stage-${stage}`}>{t(`energy.stage.${stage}`)}</Tag>;
}
