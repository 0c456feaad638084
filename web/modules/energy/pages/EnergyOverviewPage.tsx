// 能源概览: the year's reviews (by stage, overdue, over the threshold without approval, approved
// consumption), projects that started without an approved review, the towns' intensity drop against
// target, the assessment's top five, key users above their benchmark, and the project library's
// rural-revitalisation and agriculture projects with their review status.
import { Alert, Card, Col, Empty, List, Row, Select, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart } from '../../../components/Chart.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { reviewStages } from '../../../../common/energy.ts';
import { useEnergyDashboard } from '../api.ts';
import { fmtPct, fmtTce } from '../components/format.tsx';
import type { RuralProject } from '../types.ts';

const keys = ['year'] as const;
const years = [2022, 2023];

export function EnergyOverviewPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const year = positiveInt(p.year, 2023);
  const q = useEnergyDashboard(year);
  const d = q.data;
  const bar = <Select value={year} onChange={(v) => setP({ year: v })} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} data-testid="energy-year" />;
  return (
    <ModulePage title={t('energy.overview.title')} testId="energy-overview" bar={bar} error={q.error} loading={!d && q.isPending} onRetry={() => void q.refetch()}>
      {d && (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={8} xl={4}><Card size="small"><Link to="/energy/reviews"><Statistic title={t('energy.overview.reviews')} value={d.reviews.total} /></Link></Card></Col>
          <Col xs={12} md={8} xl={4}><Card size="small"><Link to="/energy/reviews?overdue=true"><Statistic title={t('energy.overview.overdue')} value={d.reviews.overdue} valueStyle={{ color: d.reviews.overdue ? '#cf1322' : undefined }} /></Link></Card></Col>
          <Col xs={12} md={8} xl={4}><Card size="small"><Link to="/energy/reviews?pending=true"><Statistic title={t('energy.overview.pending')} value={d.reviews.pendingApproval} valueStyle={{ color: d.reviews.pendingApproval ? '#d46b08' : undefined }} /></Link></Card></Col>
          <Col xs={12} md={8} xl={4}><Card size="small"><Statistic title={t('energy.overview.approvedTce')} value={fmtTce(d.reviews.approvedTce)} suffix="tce" /></Card></Col>
          <Col xs={12} md={8} xl={4}><Card size="small"><Link to={`/energy/assessment?year=${year}&offTarget=true`}><Statistic title={t('energy.overview.offTarget')} value={d.assessment.offTarget} suffix={`/ ${d.assessment.assessees}`} /></Link></Card></Col>
          <Col xs={12} md={8} xl={4}><Card size="small"><Link to="/energy/key-users?aboveBenchmark=true"><Statistic title={t('energy.overview.aboveBenchmark')} value={d.keyUsers.aboveBenchmark} suffix={`/ ${d.keyUsers.total}`} /></Link></Card></Col>
          <Col xs={24}>
            {d.reviews.startedWithoutApproval.length > 0 ? (
              <Alert type="error" showIcon title={t('energy.overview.started')} data-testid="energy-started-flag"
                description={d.reviews.startedWithoutApproval.map((s) => (
                  <div key={s.reviewId}><Link to={`/energy/reviews/${s.reviewId}`}>{s.projectName}</Link>：{t('energy.overview.startedOn', { date: s.startedOn, stage: s.stageLabel })}</div>
                ))} />
            ) : <Alert type="success" showIcon title={t('energy.overview.noStarted')} />}
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('energy.overview.stages')}>
              <Chart testId="energy-stage-chart" height={260} option={{
                grid: { left: 90, right: 20, top: 10, bottom: 20 }, tooltip: {},
                xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: reviewStages.map((s) => t(`energy.stage.${s}`)), inverse: true },
                series: [{ type: 'bar', data: reviewStages.map((s) => d.reviews.byStage[s] ?? 0), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'right' } }],
              }} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card size="small" title={t('energy.overview.dropChart')}>
              <Chart testId="energy-drop-chart" height={260} option={{
                grid: { left: 40, right: 10, top: 36, bottom: 70 }, tooltip: { trigger: 'axis' }, legend: { top: 0, right: 10, data: [t('energy.overview.target'), t('energy.overview.actual')] },
                xAxis: { type: 'category', data: d.assessment.byTown.map((x) => x.name), axisLabel: { rotate: 40, interval: 0 } }, yAxis: { type: 'value' },
                series: [
                  { name: t('energy.overview.target'), type: 'bar', data: d.assessment.byTown.map((x) => x.targetDropPct), itemStyle: { color: '#bfbfbf' } },
                  { name: t('energy.overview.actual'), type: 'bar', itemStyle: { color: '#52c41a' }, data: d.assessment.byTown.map((x) => ({ value: x.actualDropPct, itemStyle: { color: x.actualDropPct !== null && x.actualDropPct >= x.targetDropPct ? '#52c41a' : '#ff4d4f' } })) },
                ],
              }} />
            </Card>
          </Col>
          <Col xs={24} xl={16}>
            <Card size="small" title={t('energy.overview.rural')} data-testid="energy-rural">
              <Table<RuralProject> rowKey="id" size="small" pagination={false} dataSource={d.rural} locale={{ emptyText: <Empty description={t('energy.overview.noRural')} /> }}
                columns={[
                  { title: t('energy.col.project'), dataIndex: 'name', width: 240, render: (v: string, r) => <Link to={`/projects/${r.id}`}>{v}</Link> },
                  { title: t('energy.col.tags'), dataIndex: 'tags', width: 150, render: (v: string[]) => v.map((x) => <Tag key={x} color={x === '乡村振兴' || x === '农业' ? 'green' : undefined}>{x}</Tag>) },
                  { title: t('energy.col.town'), dataIndex: 'townName', width: 100, render: (v: string | null) => v ?? '—' },
                  { title: t('energy.col.investment'), dataIndex: 'totalInvestment', width: 120, align: 'right', render: (v: number) => v.toLocaleString('zh-CN') },
                  { title: t('energy.col.review'), key: 'review', width: 160, render: (_, r) => (r.reviewStageLabel ? `${r.reviewStageLabel} · ${fmtTce(r.tceDl)} tce` : '—') },
                ]} />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('energy.overview.ranking')} extra={<Link to={`/energy/assessment?year=${year}`}>{t('energy.menu.assessment')}</Link>}>
              <List size="small" dataSource={d.assessment.top} data-testid="energy-top"
                renderItem={(i) => (
                  <List.Item extra={<span>{i.score} · {i.gradeLabel}</span>}>
                    <List.Item.Meta title={`${i.rank}. ${i.name}`} description={`${t('energy.overview.target')} ${fmtPct(i.targetDropPct)} / ${t('energy.overview.actual')} ${fmtPct(i.actualDropPct)}`} />
                  </List.Item>
                )} />
            </Card>
          </Col>
        </Row>
      )}
    </ModulePage>
  );
}
