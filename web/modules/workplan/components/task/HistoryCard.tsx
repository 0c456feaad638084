// What happened to the task (from the audit log): who did what, when.
import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../../components/DateText.tsx';
import type { TaskDetail } from '../../types.ts';

export function HistoryCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('plan.history.title')} style={{ height: '100%' }} data-testid="history-card">
      {task.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.history.none')} />
      ) : (
        <div style={{ maxHeight: 360, overflow: 'auto', paddingTop: 8 }}>
          <Timeline
            items={task.history.map((h) => ({
              key: h.seq,
              color: 'gray',
              content: (
                <>
                  <Typography.Text>{t(`plan.history.actions.${h.action.replace('.', '_')}`, { defaultValue: h.action })}</Typography.Text>
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)' }}>
                    {h.actorName ?? t('plan.history.system')} · <DateText value={h.at} time />
                  </div>
                </>
              ),
            }))}
          />
        </div>
      )}
    </Card>
  );
}
