// The district's fixed-asset investment (FAI) and 建安 investment growth from the statistics, against the
// year's growth targets (economy module); the ledger covers only tracked projects, so these are not sums.
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EconStatusTag, econColors } from '../../../economy/components/status.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { Rollup, StatIndicator } from '../../types.ts';

export function StatsCard({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  const rows: [string, StatIndicator | null][] = [['fai', data.statistics.fai], ['construction', data.statistics.construction]];
  const any = rows.some(([, s]) => s !== null);
  return (
    <Card size="small" title={t('proj.stats.title')} style={{ height: '100%' }} data-testid="proj-stats" extra={<Link to={`/economy?year=${data.year}`}>{t('proj.stats.more')}</Link>}>
      {any ? (
        <Row gutter={[12, 12]}>
          {rows.map(([key, s]) => (
            <Col span={24} key={key}>
              <StatRow stat={s} testId={`proj-stat-${key}`} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proj.stats.none')} />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('proj.stats.note')}
      </Typography.Paragraph>
    </Card>
  );
}

function StatRow({ stat, testId }: { stat: StatIndicator | null; testId: string }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  if (!stat) return null;
  const color = econColors[stat.status];
  return (
    <div data-testid={testId} data-growth={stat.growthPct ?? ''} style={{ borderInlineStart: `3px solid ${color}`, paddingInlineStart: 10 }}>
      <Typography.Text strong>{stat.name}</Typography.Text>
      {stat.period && <Typography.Text type="secondary"> · {t('proj.stats.period', { period: f.month(stat.period) })}</Typography.Text>}
      <Row gutter={8} style={{ marginTop: 4 }}>
        <Col span={8}>
          <Statistic title={t('proj.stats.growth')} value={f.pct(stat.growthPct)} styles={{ content: { fontSize: 20, color } }} />
        </Col>
        <Col span={8}>
          <Statistic title={t('proj.stats.target')} value={f.pct(stat.targetPct)} styles={{ content: { fontSize: 20 } }} />
        </Col>
        <Col span={8}>
          <Statistic title={t('proj.stats.gap')} value={stat.gapPp === null ? '—' : t('econ.unit.pp', { value: `${stat.gapPp > 0 ? '+' : ''}${stat.gapPp.toFixed(1)}` })} styles={{ content: { fontSize: 16 } }} />
          <EconStatusTag status={stat.status} testId={`${testId}-status`} />
        </Col>
      </Row>
    </div>
  );
}
