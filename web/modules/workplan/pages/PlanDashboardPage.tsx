// 督办看板: the year's traffic lights at a glance — headline counts, statuses by area and by lead
// unit, and the lists that need attention. Every number drills down to the filtered task list.
import { Alert, Card, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useDashboard } from '../api.ts';
import { AreaChart } from '../components/dashboard/AreaChart.tsx';
import { AttentionLists, type AttentionTab } from '../components/dashboard/AttentionLists.tsx';
import { KpiCards } from '../components/dashboard/KpiCards.tsx';
import { UnitTable } from '../components/dashboard/UnitTable.tsx';
import { PlanGate } from '../components/PlanGate.tsx';
import { RuleButton } from '../components/RuleDrawer.tsx';
import { useTaskListLink } from '../hooks/usePlanLinks.ts';
import type { PlanStructure } from '../types.ts';

export function PlanDashboardPage() {
  const { t } = useTranslation();
  return (
    <PlanGate title={t('plan.dashboard.title')} testId="plan-dashboard" extra={(plan) => <RuleButton plan={plan} />}>
      {(plan) => <DashboardBody plan={plan} />}
    </PlanGate>
  );
}

function DashboardBody({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const dash = useDashboard(plan.year);
  const toTasks = useTaskListLink(plan.year);
  const [tab, setTab] = useState<AttentionTab>('overdue');
  if (dash.error) return <Alert type="error" showIcon title={<ErrorMessage error={dash.error} />} />;
  if (!dash.data) return <Skeleton active />;
  const d = dash.data;
  return (
    <>
      <KpiCards
        data={d}
        onPick={(status) => (status === null ? toTasks({}) : toTasks({ status }))}
        onMissing={() => {
          setTab('missing');
          document.getElementById('plan-missing')?.scrollIntoView({ behavior: 'smooth' });
        }}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={13}>
          <Card size="small" title={t('plan.dashboard.byArea')} style={{ height: '100%' }}>
            <AreaChart byArea={d.byArea} onPick={(areaId, status) => toTasks({ areaId, status })} />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card size="small" title={t('plan.dashboard.byUnit')} style={{ height: '100%' }}>
            <UnitTable byUnit={d.byUnit} onPick={(unitId, status) => toTasks({ unitId, status })} />
          </Card>
        </Col>
      </Row>
      <AttentionLists data={d} rule={plan.rule} tab={tab} onTab={setTab} />
    </>
  );
}
