// 重大项目投资调度: the year's roll-up of approved investment reports — headline figures, the district FAI
// and 建安 growth against their targets, plan vs completed by category, sector and town, tables by
// responsible unit and town, projects that missed a planned start, and the bottlenecks by sector.
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRollup } from '../api.ts';
import { Factors, MissedStarts } from '../components/dashboard/AttentionLists.tsx';
import { GroupChart } from '../components/dashboard/GroupChart.tsx';
import { GroupTable } from '../components/dashboard/GroupTable.tsx';
import { KpiCards } from '../components/dashboard/KpiCards.tsx';
import { StatsCard } from '../components/dashboard/StatsCard.tsx';
import { ProjPage, YearBar } from '../components/ProjPage.tsx';
import { figuresMonth, useProjFormat } from '../hooks/useProjFormat.ts';
import { useProjYear } from '../hooks/useProjYear.ts';
import type { Rollup } from '../types.ts';

export function ProjectsDashboardPage() {
  const { t } = useTranslation();
  const y = useProjYear();
  const f = useProjFormat();
  const rollup = useRollup(y.year);
  const d = rollup.data;
  return (
    <ProjPage
      title={t('proj.dash.title')}
      testId="proj-dashboard"
      bar={<YearBar year={y.year} years={y.years} onYear={y.setYear} note={d && <Typography.Text type="secondary">{t('proj.dash.asOf', { month: f.month(figuresMonth(d.asOf)) })}</Typography.Text>} />}
      error={rollup.error}
      loading={!y.ready || !d}
      onRetry={() => void rollup.refetch()}
    >
      {d && (d.totals.projects === 0 ? <Empty description={t('proj.dash.empty')} /> : <DashboardBody data={d} />)}
    </ProjPage>
  );
}

function DashboardBody({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = (param: string, value: string) => void navigate(`/projects/list?year=${data.year}&${param}=${encodeURIComponent(value)}`);
  return (
    <>
      <KpiCards data={data} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={8}>
          <StatsCard data={data} />
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <Card size="small" title={t('proj.chart.byCategory')} style={{ height: '100%' }}>
            <GroupChart rows={data.byCategory} group="category" testId="proj-chart-category" onPick={(n) => list('category', n)} />
          </Card>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <Card size="small" title={t('proj.chart.bySector')} style={{ height: '100%' }}>
            <GroupChart rows={data.bySector} group="sector" testId="proj-chart-sector" onPick={(n) => list('sector', n)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('proj.chart.byTown')} style={{ height: '100%' }}>
            <GroupChart rows={data.byTown} testId="proj-chart-town" horizontal />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('proj.dash.byTownWan')} style={{ height: '100%' }}>
            <GroupTable rows={data.byTown} nameTitle={t('proj.col.town')} testId="proj-town-table" />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('proj.dash.byUnitWan')} style={{ height: '100%' }}>
            <GroupTable rows={data.byUnit} nameTitle={t('proj.col.unit')} testId="proj-unit-table" />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <MissedStarts data={data} />
        </Col>
      </Row>
      <Factors data={data} />
    </>
  );
}
