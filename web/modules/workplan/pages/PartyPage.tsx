// 党建学习: the year's study sessions (theory study, theme education, party lectures…) in scope,
// and 登记学习 for division staff and unit reporters.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useStudySessions } from '../api.ts';
import { StudyDrawer } from '../components/party/StudyDrawer.tsx';
import { StudyTable } from '../components/party/StudyTable.tsx';
import { PlanGate } from '../components/PlanGate.tsx';
import { hasAny } from '../hooks/permissions.ts';
import type { PlanStructure } from '../types.ts';

export function PartyPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  return (
    <PlanGate
      title={t('plan.party.title')}
      testId="plan-party"
      extra={() =>
        hasAny(me, ['plan.write', 'plan.report']) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="study-open">
            {t('plan.party.create')}
          </Button>
        )
      }
    >
      {(plan) => (
        <>
          <PartyBody plan={plan} />
          <StudyDrawer plan={plan} open={open} onClose={() => setOpen(false)} />
        </>
      )}
    </PlanGate>
  );
}

function PartyBody({ plan }: { plan: PlanStructure }) {
  const sessions = useStudySessions(plan.year);
  return (
    <>
      {sessions.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={sessions.error} />} />}
      <StudyTable items={sessions.data?.items ?? []} loading={sessions.isFetching} />
    </>
  );
}
