// Tags of certification cases: the stage (label from common/prices.ts in the UI language) and the overdue flag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { certStageLabels, type CertStage } from '../../../../../common/prices.ts';
import { useShortLang } from '../../../../i18n/index.ts';

const stageColors: Record<CertStage, string> = {
  received: 'default', accepted: 'blue', investigating: 'cyan', calculating: 'geekblue', reviewing: 'purple', concluded: 'green', delivered: 'success', rejected: 'default', terminated: 'default',
};

export function CertStageTag({ stage }: { stage: CertStage }) {
  const lang = useShortLang();
  return <Tag color={stageColors[stage]} data-testid="cert-stage" data-value={stage}>{certStageLabels[stage]?.[lang] ?? stage}</Tag>;
}

export function CertOverdueTag() {
  const { t } = useTranslation();
  return <Tag color="red" data-testid="cert-overdue">{t('price.cases.overdue')}</Tag>;
}

export function useYuan() {
  const { t, i18n } = useTranslation();
  return (v: number | null | undefined) => (v === null || v === undefined ? '—' : t('price.cases.yuan', { value: v.toLocaleString(i18n.language, { maximumFractionDigits: 2 }) }));
}
