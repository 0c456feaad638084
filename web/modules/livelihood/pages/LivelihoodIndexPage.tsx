// 指数总览: the 七有五性 total index of a year, the district's rank among the city's districts (and in the
// ecological-conservation group), the 七有 and 五性 sub-indices, the twelve dimension scores, the ranking, the
// indicators pulling the rank down (and their tasks), the weight-sensitivity of the rank, the method, the
// export that reproduces it all, and the livelihood projects.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Select, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { livePaths, useIndex, useSystem } from '../api.ts';
import { DimensionChart, SensitivityChart } from '../components/IndexCharts.tsx';
import { DriversTable } from '../components/DriversTable.tsx';
import { MethodPanel } from '../components/MethodPanel.tsx';
import { ProjectsCard } from '../components/ProjectsCard.tsx';
import { useDefaultYear, YearSelect } from '../components/YearSelect.tsx';
import type { DistrictRow } from '../types.ts';
import '../livelihood.css';

const keys = ['year', 'norm', 'agg'] as const;

export function LivelihoodIndexPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const year = useDefaultYear(p.year);
  const q = useIndex(year, { normalisation: p.norm, aggregation: p.agg });
  const system = useSystem(year);
  const r = q.data;
  const bar = (
    <Space wrap>
      <YearSelect value={year} onChange={(y) => setP({ year: y })} />
      <Select data-testid="live-norm" style={{ width: 240 }} value={p.norm || r?.method.normalisation} onChange={(v) => setP({ norm: v })}
        options={(['minmax', 'zscore', 'target'] as const).map((v) => ({ value: v, label: t(`live.norm.${v}`) }))} />
      <Select data-testid="live-agg" style={{ width: 150 }} value={p.agg || r?.method.aggregation} onChange={(v) => setP({ agg: v })}
        options={(['arithmetic', 'geometric'] as const).map((v) => ({ value: v, label: t(`live.agg.${v}`) }))} />
    </Space>
  );
  const extra = year && (
    <DownloadButton path={livePaths.export(year)} query={{ normalisation: p.norm || undefined, aggregation: p.agg || undefined }} fileName={`${year}年七有五性监测评价指数.xlsx`} icon={<FileExcelOutlined />} testId="live-export">
      {t('live.index.export')}
    </DownloadButton>
  );
  return (
    <ModulePage title={t('live.index.title')} testId="live-index" bar={bar} extra={extra} error={q.error} loading={q.isPending && !!year} onRetry={() => void q.refetch()}>
      {r && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {r.pendingValues > 0 && <Alert type="info" showIcon title={t('live.index.pending', { count: r.pendingValues })} />}
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6} lg={4}><Card size="small"><Statistic title={t('live.index.total')} value={r.self.total ?? '—'} precision={2} /></Card></Col>
            <Col xs={12} md={6} lg={4}><Card size="small" data-testid="live-rank"><Statistic title={t('live.index.rank')} value={r.self.rank ?? '—'} suffix={`/ ${r.self.of}`} valueStyle={{ color: (r.self.rank ?? 99) <= r.self.of / 3 ? '#389e0d' : '#d46b08' }} /></Card></Col>
            <Col xs={12} md={6} lg={4}><Card size="small"><Statistic title={t('live.index.qy')} value={r.self.groups.七有 ?? '—'} precision={2} /></Card></Col>
            <Col xs={12} md={6} lg={4}><Card size="small"><Statistic title={t('live.index.wx')} value={r.self.groups.五性 ?? '—'} precision={2} /></Card></Col>
            <Col xs={12} md={6} lg={4}><Card size="small"><Statistic title={t('live.index.ecoRank')} value={r.self.ecologicalRank} suffix={`/ ${r.self.ecologicalOf}`} /></Card></Col>
            <Col xs={12} md={6} lg={4}><Card size="small"><Statistic title={t('live.index.weakCount')} value={r.drivers.filter((d) => d.weak).length} valueStyle={{ color: '#cf1322' }} /></Card></Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={14}><DimensionChart r={r} /></Col>
            <Col xs={24} xl={10}><SensitivityChart r={r} /></Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={14}><RankingTable r={r} /></Col>
            <Col xs={24} xl={10}><MethodPanel r={r} /></Col>
          </Row>
          <DriversTable r={r} canWrite={!!system.data?.abilities.write} />
          <ProjectsCard />
        </Space>
      )}
    </ModulePage>
  );
}

function RankingTable({ r }: { r: NonNullable<ReturnType<typeof useIndex>['data']> }) {
  const { t } = useTranslation();
  const range = new Map(r.sensitivity.districts.map((d) => [d.district, d]));
  return (
    <Card size="small" title={t('live.index.ranking', { count: r.districts.length })}>
      <Table<DistrictRow> size="small" rowKey="district" pagination={false} dataSource={r.districts} data-testid="live-ranking" scroll={{ y: 420 }}
        rowClassName={(d) => (d.district === r.self.district ? 'live-self-row' : '')}
        columns={[
          { title: t('live.col.rank'), dataIndex: 'rank', width: 60, align: 'right' },
          { title: t('live.col.district'), dataIndex: 'name', width: 100 },
          { title: t('live.index.total'), dataIndex: 'total', width: 90, align: 'right' },
          { title: t('live.index.qy'), key: 'qy', width: 90, align: 'right', render: (_: unknown, d) => d.groups.七有 },
          { title: t('live.index.wx'), key: 'wx', width: 90, align: 'right', render: (_: unknown, d) => d.groups.五性 },
          { title: t('live.index.rankRange'), key: 'range', width: 110, align: 'right', render: (_: unknown, d) => { const x = range.get(d.district); return x ? (x.minRank === x.maxRank ? `${x.minRank}` : `${x.minRank}–${x.maxRank}`) : '—'; } },
        ]} />
    </Card>
  );
}
