// Supervision notices on this task, newest first; the lead unit answers open ones here.
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskDetail } from '../../types.ts';
import { NoticeItem } from '../supervision/NoticeItem.tsx';

export function NoticesCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('plan.supervision.cardTitle')} style={{ height: '100%' }} data-testid="notice-card">
      {task.notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.supervision.none')} />
      ) : (
        <div style={{ maxHeight: 420, overflow: 'auto' }}>
          {task.notices.map((n) => (
            <NoticeItem key={n.id} notice={n} canReply={task.abilities.report} />
          ))}
        </div>
      )}
    </Card>
  );
}
