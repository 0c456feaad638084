// Headline figures: visit coverage against the 100% target, enterprises meeting the year's minimum,
// and the demand rates (closure, on time, satisfaction) with the overdue count.
import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { Coverage, DemandStats } from '../../types.ts';

export function CoverageKpis({ coverage, stats, year }: { coverage: Coverage; stats: DemandStats | undefined; year: number }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const o = coverage.overall;
  const pct = o.coveragePct ?? 0;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={24} lg={8}>
        <Card size="small" style={{ height: '100%' }} data-testid="ent-kpi-coverage" data-value={o.coveragePct ?? ''}>
          <Typography.Text type="secondary">{t('ent.dash.coverage')}</Typography.Text>
          <Progress
            percent={pct}
            format={() => f.pct(o.coveragePct)}
            strokeColor={pct >= coverage.targetPct ? '#52c41a' : pct >= 90 ? '#faad14' : '#f5222d'}
            style={{ margin: '8px 0 4px' }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ent.dash.coverageLine', { visited: o.visited, listed: o.listed, target: coverage.targetPct })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} lg={4}>
        <Card size="small" style={{ height: '100%' }}>
          <Link to={`/enterprises/list?year=${year}&unvisited=1`} data-testid="ent-kpi-unvisited">
            <Statistic title={t('ent.dash.unvisited')} value={coverage.unvisited.length} styles={{ content: { color: coverage.unvisited.length ? '#f5222d' : '#52c41a' } }} />
          </Link>
        </Card>
      </Col>
      <Col xs={12} lg={4}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic title={t('ent.dash.metMinimum', { n: coverage.minVisits })} value={o.metMinimum} suffix={`/ ${o.listed}`} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" style={{ height: '100%' }} data-testid="ent-kpi-rates">
          <Row gutter={8}>
            {(['closurePct', 'onTimePct', 'satisfactionPct'] as const).map((k) => (
              <Col span={6} key={k}>
                <Statistic title={t(`ent.rates.${k}`)} value={f.pct(stats?.overall[k])} styles={{ content: { fontSize: 18 } }} />
              </Col>
            ))}
            <Col span={6}>
              <Link to="/enterprises/demands?overdue=1" data-testid="ent-kpi-overdue">
                <Statistic title={t('ent.demand.overdue')} value={stats?.overdue ?? 0} styles={{ content: { fontSize: 18, color: stats?.overdue ? '#f5222d' : undefined } }} />
              </Link>
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
