// The six headline numbers of the dashboard; a colour card opens the task list filtered by it.
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard, Status } from '../../types.ts';
import { statusColors } from '../status.tsx';

type Kpi = { key: Status | 'total' | 'missing'; value: number; color?: string };

export function KpiCards({ data, onPick, onMissing }: { data: Dashboard; onPick: (status: Status | null) => void; onMissing: () => void }) {
  const { t } = useTranslation();
  const kpis: Kpi[] = [
    { key: 'total', value: data.total },
    { key: 'green', value: data.totals.green, color: statusColors.green },
    { key: 'yellow', value: data.totals.yellow, color: statusColors.yellow },
    { key: 'red', value: data.totals.red, color: statusColors.red },
    { key: 'closed', value: data.totals.closed, color: statusColors.closed },
    { key: 'missing', value: data.counts.missingReports, color: '#fa8c16' },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {kpis.map((k) => {
        return (
          <Col key={k.key} xs={12} sm={8} xl={4}>
            <Card
              size="small"
              hoverable
              onClick={() => (k.key === 'missing' ? onMissing() : onPick(k.key === 'total' ? null : k.key))}
              style={{ borderTop: `3px solid ${k.color ?? '#8c8c8c'}`, cursor: 'pointer' }}
              data-testid={`plan-kpi-${k.key}`}
            >
              <Statistic title={t(`plan.kpi.${k.key}`)} value={k.value} styles={{ content: { color: k.color, fontWeight: 600 } }} />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
