// 价格总览: one day's prices — group and overall indices on the base year, the commodities with 日环比,
// 周环比, 同比, threshold and ALPS alerts and the daily-reporting mark; a commodity's trend, the
// point × commodity heat-map of 周环比, open alerts, the windows' reports, the briefs and the day's approval.
import { CheckOutlined, FileExcelOutlined, RadarChartOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Input, Popconfirm, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors.ts';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { pricesPaths, useCatalogue, usePriceOverview } from '../api.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { addDays } from '../components/format.tsx';
import { HeatmapCard } from '../components/HeatmapChart.tsx';
import { IndexCards } from '../components/IndexCards.tsx';
import { OverviewTable } from '../components/OverviewTable.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { OpenAlertsCard, WindowsCard } from '../components/SideCards.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { useApproveDay, useScanAlerts } from '../mutations.ts';
import '../prices.css';

const keys = ['date', 'c'] as const;

export function PricesOverviewPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const overview = usePriceOverview(p.date || null);
  const catalogue = useCatalogue();
  const approve = useApproveDay();
  const scan = useScanAlerts();
  const o = overview.data;
  const date = o?.date ?? p.date;
  const write = !!catalogue.data?.abilities.write;
  const picked = Number(p.c) || o?.items.find((i) => i.ruleAlert || (i.alpsGrade && i.alpsGrade !== 'normal'))?.commodityId || o?.items[0]?.commodityId || null;
  const noData = isApiError(overview.error, 'price.no_data');
  const bar = <Input type="date" data-testid="price-date" style={{ width: 170 }} value={date} onChange={(e) => setP({ date: e.target.value })} />;
  const extra = date && (
    <Space wrap>
      <DownloadButton path={pricesPaths.brief} query={{ date, kind: 'daily' }} fileName={`${date}价格监测日报.docx`} testId="price-brief-daily">{t('price.overview.dailyBrief')}</DownloadButton>
      <DownloadButton path={pricesPaths.brief} query={{ date, kind: 'weekly' }} fileName={`${date}价格监测周报.docx`} testId="price-brief-weekly">{t('price.overview.weeklyBrief')}</DownloadButton>
      <DownloadButton path={pricesPaths.export} query={{ from: addDays(date, -6), to: date }} fileName={`重要商品价格${date}.xlsx`} testId="price-export" icon={<FileExcelOutlined />}>{t('price.overview.export')}</DownloadButton>
      {write && (
        <>
          <Button icon={<RadarChartOutlined />} loading={scan.isPending} onClick={() => scan.mutate(date)} data-testid="price-scan">{t('price.overview.scan')}</Button>
          <Popconfirm title={t('price.overview.approveConfirm', { date })} onConfirm={() => approve.mutate(date)}>
            <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending} data-testid="price-approve">{t('price.overview.approve')}</Button>
          </Popconfirm>
        </>
      )}
    </Space>
  );
  return (
    <ModulePage title={t('price.overview.title')} testId="price-overview" bar={bar} extra={extra} error={noData ? undefined : overview.error} loading={overview.isPending} onRetry={() => void overview.refetch()}>
      {noData || !o ? (
        <Empty description={t('price.overview.noData')} />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <IndexCards overview={o} />
          <OverviewTable items={o.items} selected={picked} onSelect={(id) => setP({ c: id })} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={10}>
              <TrendChart date={o.date} commodityId={picked} items={o.items} onSelect={(id) => setP({ c: id })} />
            </Col>
            <Col xs={24} xl={14}>
              <HeatmapCard date={o.date} />
            </Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              <OpenAlertsCard alerts={o.openAlerts} />
            </Col>
            <Col xs={24} lg={12}>
              <WindowsCard windows={catalogue.data?.windows ?? []} date={o.date} />
            </Col>
          </Row>
        </Space>
      )}
    </ModulePage>
  );
}
