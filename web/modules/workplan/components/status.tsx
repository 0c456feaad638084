// The traffic light (红黄绿灯) in the UI: colours, the status tag with its reasons, report-state and
// supervision-level tags. Reasons come from the server as codes; labels from common/status.ts.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultStatusRule, reasonLabel, type ReasonCode, type Status, type StatusRule } from '../../../../common/status.ts';
import { useShortLang } from '../../../i18n/index.ts';
import type { ReportState, SupervisionLevel } from '../types.ts';

export const statusColors: Record<Status, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d', grey: '#bfbfbf', closed: '#1677ff' };
export const statusOrder: Status[] = ['red', 'yellow', 'green', 'grey', 'closed'];
export const levelColors: Record<SupervisionLevel, string> = { 一般: 'gold', 重点: 'orange', 挂牌: 'red' };
const reportColors: Record<ReportState, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' };

export function useReasonText(rule: StatusRule = defaultStatusRule) {
  const lang = useShortLang();
  return (code: ReasonCode | string) => (isReason(code) ? reasonLabel(code, lang, rule) : code);
}

function isReason(code: string): code is ReasonCode {
  return /^[a-z_]+$/.test(code);
}

type TagProps = { status: Status; reasons?: readonly string[]; rule?: StatusRule; testId?: string; short?: boolean };

/** Coloured status tag; hovering (or tapping) lists why the task has this colour. */
export function StatusTag({ status, reasons, rule, testId, short }: TagProps) {
  const { t } = useTranslation();
  const text = useReasonText(rule);
  const tag = (
    <Tag color={statusColors[status]} variant="solid" data-testid={testId} data-status={status} style={{ marginInlineEnd: 0, color: status === 'grey' ? '#333' : '#fff' }}>
      {t(`plan.status.${status}`)}
    </Tag>
  );
  if (short || !reasons?.length) return tag;
  return (
    <Tooltip
      title={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {reasons.map((r) => (
            <li key={r}>{text(r)}</li>
          ))}
        </ul>
      }
    >
      {tag}
    </Tooltip>
  );
}

export function StatusDot({ status }: { status: Status }) {
  return <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: statusColors[status], marginInlineEnd: 6 }} />;
}

export function ReportStateTag({ state, testId }: { state: ReportState | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!state) return <Tag data-testid={testId}>{t('plan.report.none')}</Tag>;
  return (
    <Tag color={reportColors[state]} data-testid={testId} data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(`plan.report.states.${state}`)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: SupervisionLevel | null | undefined }) {
  const { t } = useTranslation();
  if (!level) return null;
  return (
    <Tag color={levelColors[level]} variant="solid" data-level={level} style={{ marginInlineEnd: 0 }}>
      {t(`plan.levels.${level}`)}
    </Tag>
  );
}
