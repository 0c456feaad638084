// The economy's traffic light (红黄绿灯 against the growth target), value review states and the
// "published vs computed" mark of a growth figure.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus, ValueState } from '../types.ts';

export const econColors: Record<IndicatorStatus, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d', grey: '#bfbfbf' };
export const statusOrder: IndicatorStatus[] = ['green', 'yellow', 'red', 'grey'];
const stateColors: Record<ValueState, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' };

export function EconStatusTag({ status, excellent, testId }: { status: IndicatorStatus; excellent?: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tooltip title={t(`econ.statusHelp.${status}`)}>
        <Tag color={econColors[status]} variant="solid" data-testid={testId} data-status={status} style={{ marginInlineEnd: excellent ? 4 : 0, color: status === 'grey' ? '#333' : '#fff' }}>
          {t(`econ.status.${status}`)}
        </Tag>
      </Tooltip>
      {excellent && <Tag color="gold">{t('econ.status.excellent')}</Tag>}
    </span>
  );
}

export function ValueStateTag({ state, testId }: { state: ValueState | null; testId?: string }) {
  const { t } = useTranslation();
  if (!state) return <Tag data-testid={testId}>{t('econ.valueState.missing')}</Tag>;
  return (
    <Tag color={stateColors[state]} data-testid={testId} data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(`econ.valueState.${state}`)}
    </Tag>
  );
}

/** A growth rate with a small mark: 公布 (as published by the statistics bureau) or 计算 (C ÷ P − 1). */
export function GrowthText({ value, source, testId }: { value: number | null; source: 'computed' | 'published' | null; testId?: string }) {
  const { t } = useTranslation();
  if (value === null) return <span data-testid={testId}>—</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid={testId} data-value={value}>
      <span style={{ color: value < 0 ? '#cf1322' : undefined, fontWeight: 500 }}>{value.toFixed(1)}%</span>
      {source && (
        <Tooltip title={t(`econ.growthSourceHelp.${source}`)}>
          <Tag bordered={false} color={source === 'published' ? 'blue' : 'default'} style={{ marginInlineStart: 4, marginInlineEnd: 0, fontSize: 11, lineHeight: '16px', padding: '0 4px' }}>
            {t(`econ.growthSource.${source}`)}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** A difference between rates in pp, coloured by sign (for a ceiling 以内 target, lower is better). */
export function PpText({ value, text, goodWhenNegative = false }: { value: number | null; text: string; goodWhenNegative?: boolean }) {
  if (value === null) return <span>—</span>;
  const good = goodWhenNegative ? value <= 0 : value >= 0;
  return <span style={{ color: good ? '#389e0d' : '#cf1322', whiteSpace: 'nowrap' }}>{text}</span>;
}
