// The fixed-weight price indices of the day (base year = 100): the overall index and one card per group.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../types.ts';

const colour = (v: number | null) => (v === null ? undefined : v > 100 ? '#cf1322' : v < 100 ? '#389e0d' : undefined);

export function IndexCards({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  return (
    <div data-testid="price-index-cards" className="tc-index-cards">
      <Typography.Text type="secondary">{t('price.overview.baseYear', { year: overview.baseYear })}</Typography.Text>
      <Row gutter={[8, 8]} style={{ marginTop: 6 }}>
        <Col xs={12} sm={8} md={6} lg={4} xl={{ flex: '1 1 0' }}>
          <Card size="small" style={{ borderColor: '#b7202e' }} data-testid="price-index-overall">
            <Statistic title={t('price.overview.overall')} value={overview.overallIndex ?? '—'} precision={2} styles={{ content: { color: colour(overview.overallIndex), fontWeight: 600 } }} />
          </Card>
        </Col>
        {overview.groups.map((g) => (
          <Col key={g.group} xs={12} sm={8} md={6} lg={4} xl={{ flex: '1 1 0' }}>
            <Card size="small" data-testid={`price-index-${g.group}`}>
              <Statistic title={g.group} value={g.index ?? '—'} precision={2} styles={{ content: { color: colour(g.index) } }} />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
