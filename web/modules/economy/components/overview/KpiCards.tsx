// Headline counts of the overview: indicators by traffic light and values awaiting review. A colour
// card filters the table below to that status (kept in the URL).
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EconomyOverview, IndicatorStatus } from '../../types.ts';
import { econColors, statusOrder } from '../status.tsx';

type Props = { data: EconomyOverview; picked: IndicatorStatus | null; onPick: (s: IndicatorStatus | null) => void };

export function KpiCards({ data, picked, onPick }: Props) {
  const { t } = useTranslation();
  const pending = data.items.reduce((n, r) => n + r.pending, 0);
  const cards: { key: IndicatorStatus | 'total' | 'pending'; value: number; color?: string }[] = [
    { key: 'total', value: data.items.length },
    ...statusOrder.map((s) => ({ key: s, value: data.counts[s] ?? 0, color: econColors[s] })),
    { key: 'pending', value: pending, color: '#1677ff' },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cards.map((k) => {
        const status = k.key === 'total' || k.key === 'pending' ? null : k.key;
        const active = status !== null && picked === status;
        return (
          <Col key={k.key} xs={12} sm={8} xl={4}>
            <Card
              size="small"
              hoverable={k.key !== 'pending'}
              onClick={() => k.key !== 'pending' && onPick(active ? null : status)}
              style={{ borderTop: `3px solid ${k.color ?? '#8c8c8c'}`, cursor: k.key === 'pending' ? 'default' : 'pointer', background: active ? '#fafafa' : undefined }}
              data-testid={`econ-kpi-${k.key}`}
            >
              <Statistic title={t(`econ.kpi.${k.key}`)} value={k.value} styles={{ content: { color: k.color === econColors.grey ? '#8c8c8c' : k.color, fontWeight: 600 } }} />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
