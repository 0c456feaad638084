// Actual vs expected progress in one small bar: the fill is the approved cumulative %, the black
// tick is where the plan says the task should be today (e(t), common/status.ts).
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Status } from '../types.ts';
import { statusColors } from './status.tsx';

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export function ProgressCompare({ actual, expected, status, width = 120 }: { actual: number | null; expected: number; status: Status; width?: number }) {
  const { t } = useTranslation();
  const a = Math.max(0, Math.min(100, actual ?? 0));
  const e = Math.max(0, Math.min(100, expected));
  return (
    <Tooltip title={t('plan.progress.tooltip', { actual: actual === null ? '—' : fmt(actual), expected: fmt(expected) })}>
      <div style={{ width, maxWidth: '100%' }} data-testid="progress-compare">
        <div style={{ position: 'relative', height: 8, background: '#f0f0f0', borderRadius: 4 }}>
          <div style={{ width: `${a}%`, height: '100%', background: statusColors[status], borderRadius: 4 }} />
          <div style={{ position: 'absolute', left: `calc(${e}% - 1px)`, top: -3, width: 2, height: 14, background: '#262626' }} />
        </div>
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', whiteSpace: 'nowrap', marginTop: 2 }}>
          {t('plan.progress.short', { actual: actual === null ? '—' : fmt(actual), expected: fmt(expected) })}
        </div>
      </div>
    </Tooltip>
  );
}
