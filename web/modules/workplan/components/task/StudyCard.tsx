// Study sessions linked to a party-building (党建) task, with a button to record one.
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAny } from '../../hooks/permissions.ts';
import { useCurrentUser } from '../../../../app/session.ts';
import type { PlanStructure, TaskDetail } from '../../types.ts';
import { StudyDrawer } from '../party/StudyDrawer.tsx';
import { StudyTable } from '../party/StudyTable.tsx';

export function StudyCard({ task, plan }: { task: TaskDetail; plan: PlanStructure }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={t('plan.party.cardTitle')}
      data-testid="study-card"
      extra={
        hasAny(me, ['plan.write', 'plan.report']) && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="study-open">
            {t('plan.party.create')}
          </Button>
        )
      }
    >
      <StudyTable items={task.studySessions} showTask={false} compact />
      <StudyDrawer plan={plan} open={open} taskId={task.id} onClose={() => setOpen(false)} />
    </Card>
  );
}
