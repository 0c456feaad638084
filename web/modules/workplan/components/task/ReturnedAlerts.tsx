// Returned monthly reports, shown right under the task header so the unit cannot miss why.
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../../../common/periods.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useShortLang } from '../../../../i18n/index.ts';
import type { TaskDetail } from '../../types.ts';

export function ReturnedAlerts({ task, onEdit }: { task: TaskDetail; onEdit: (period: string) => void }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const returned = task.reports.filter((r) => r.state === 'returned');
  if (!returned.length) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      {returned.map((r) => (
        <Alert
          key={r.id}
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid={`returned-alert-${r.period}`}
          title={t('plan.report.returnedTitle', { period: periodLabel(r.period, lang) })}
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong data-testid={`returned-reason-${r.period}`}>
                {r.returnReason}
              </Typography.Text>
              {r.reviewedAt && (
                <Typography.Text type="secondary">
                  {t('plan.report.reviewedAt')}{t('common.punct.colon')}<DateText value={r.reviewedAt} time />
                </Typography.Text>
              )}
            </Flex>
          }
          action={
            task.abilities.report && (
              <Button size="small" onClick={() => onEdit(r.period)} data-testid={`returned-resubmit-${r.period}`}>
                {t('plan.report.resubmit')}
              </Button>
            )
          }
        />
      ))}
    </div>
  );
}
