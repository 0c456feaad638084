// 企业服务看板: the year's visit coverage against the 100% target, by steward, zone, town and industry;
// demand rates by unit and category; overdue demands; the enterprises not visited yet; the 6.0 reform tasks.
import { Button, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoverage, useDemandStats, useDemands } from '../api.ts';
import { CoverageChart } from '../components/dashboard/CoverageChart.tsx';
import { CoverageKpis } from '../components/dashboard/CoverageKpis.tsx';
import { RatesTable } from '../components/dashboard/RatesTable.tsx';
import { UnvisitedList } from '../components/dashboard/UnvisitedList.tsx';
import { DemandTable } from '../components/demands/DemandTable.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { useEntYear } from '../hooks/useEntYear.ts';

export function EnterprisesDashboardPage() {
  const { t } = useTranslation();
  const y = useEntYear();
  const coverage = useCoverage(y.year);
  const stats = useDemandStats(y.year);
  const overdue = useDemands({ overdue: 1, page: 1, pageSize: 8 });
  const c = coverage.data;
  return (
    <ModulePage
      title={t('ent.dash.title')}
      testId="ent-dashboard"
      bar={<YearSelect year={y.year} years={y.years} onYear={y.setYear} note={c ? t('ent.dash.rule', { n: c.minVisits }) : undefined} />}
      extra={
        <>
          <Link to="/plan/tasks?tag=营商">
            <Button data-testid="ent-reform-tasks">{t('ent.dash.reformTasks')}</Button>
          </Link>
          <Link to={`/enterprises/list?year=${y.year}`}>
            <Button type="primary">{t('ent.menu.list')}</Button>
          </Link>
        </>
      }
      error={coverage.error}
      loading={!y.ready || !c}
      onRetry={() => void coverage.refetch()}
    >
      {c && (
        <>
          <CoverageKpis coverage={c} stats={stats.data} year={y.year} />
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('ent.dash.coverageBy')} style={{ height: '100%' }}>
                <CoverageChart coverage={c} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('ent.dash.ratesTitle')} style={{ height: '100%' }}>
                {stats.data && <RatesTable stats={stats.data} />}
              </Card>
            </Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <Card
                size="small"
                title={t('ent.dash.unvisitedTitle', { count: c.unvisited.length })}
                extra={<Link to={`/enterprises/list?year=${y.year}&unvisited=1`}>{t('ent.dash.seeAll')}</Link>}
              >
                <UnvisitedList rows={c.unvisited} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                size="small"
                title={t('ent.dash.overdueTitle', { count: overdue.data?.total ?? 0 })}
                extra={<Link to="/enterprises/demands?overdue=1">{t('ent.dash.seeAll')}</Link>}
              >
                <DemandTable items={overdue.data?.items ?? []} loading={overdue.isFetching} testId="ent-overdue-table" />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </ModulePage>
  );
}
