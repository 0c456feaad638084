// 监测目录: the monitored commodities by group (spec, unit, index weight, alert thresholds, the daily
// reporting tag while an alert is open), the monitoring points with their town and collectors, and the
// holiday/emergency windows. The price division (abilities.write) edits thresholds, adds commodities,
// points and windows, and assigns collectors; everyone else with price.read reads.
import { CalendarOutlined, EditOutlined, PlusOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useCatalogue } from '../api.ts';
import { CollectorsModal, CommodityModal, PointModal, ThresholdModal, WindowModal } from '../components/catalogue/CatalogueModals.tsx';
import type { Commodity, PricePoint, PriceWindow } from '../types.ts';
import '../prices.css';

type GroupRow = { key: string; groupName: string; children: (Commodity & { key: number })[] };
type Row = GroupRow | (Commodity & { key: number });
const isGroup = (r: Row): r is GroupRow => 'children' in r;

export function PriceCataloguePage() {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const data = catalogue.data;
  const write = !!data?.abilities.write;
  const [threshold, setThreshold] = useState<Commodity | null>(null);
  const [collectors, setCollectors] = useState<PricePoint | null>(null);
  const [adding, setAdding] = useState<'commodity' | 'point' | 'window' | null>(null);
  const pct = (v: number) => `${v.toLocaleString(i18n.language, { maximumFractionDigits: 2 })}%`;

  const groups = useMemo<GroupRow[]>(() => {
    const by = new Map<string, GroupRow>();
    for (const c of data?.commodities ?? []) {
      const g = by.get(c.groupName) ?? { key: `g-${c.groupName}`, groupName: c.groupName, children: [] };
      g.children.push({ ...c, key: c.id });
      by.set(c.groupName, g);
    }
    return [...by.values()];
  }, [data]);

  const commodityColumns: TableColumnsType<Row> = [
    {
      title: t('price.catalogue.name'), key: 'name',
      render: (_, r) => isGroup(r)
        ? <Typography.Text strong data-testid={`cat-group-${r.groupName}`}>{r.groupName} <Typography.Text type="secondary">({r.children.length})</Typography.Text></Typography.Text>
        : <Space size={6}><span>{r.name}</span>{r.dailyReporting && <Tag color="orange" data-testid={`cat-daily-${r.id}`}>{t('price.catalogue.daily')}</Tag>}</Space>,
    },
    { title: t('price.catalogue.code'), key: 'code', width: 130, render: (_, r) => (isGroup(r) ? null : <Typography.Text type="secondary">{r.code}</Typography.Text>) },
    { title: t('price.catalogue.spec'), key: 'spec', width: 130, render: (_, r) => (isGroup(r) ? null : r.spec || '—') },
    { title: t('price.catalogue.unit'), key: 'unit', width: 100, render: (_, r) => (isGroup(r) ? null : r.unit) },
    { title: t('price.catalogue.weight'), key: 'weight', width: 80, align: 'right', render: (_, r) => (isGroup(r) ? null : r.weight.toLocaleString(i18n.language)) },
    {
      title: t('price.catalogue.thresholds'),
      children: [
        { title: t('price.catalogue.risePct'), key: 'rise', width: 100, align: 'right', render: (_: unknown, r: Row) => (isGroup(r) ? null : <span data-testid={`cat-rise-${r.id}`}>↑ {pct(r.risePct)}</span>) },
        { title: t('price.catalogue.fallPct'), key: 'fall', width: 100, align: 'right', render: (_: unknown, r: Row) => (isGroup(r) ? null : <span data-testid={`cat-fall-${r.id}`}>↓ {pct(r.fallPct)}</span>) },
      ],
    },
    ...(write
      ? [{
          title: t('common.actions'), key: 'actions', width: 120,
          render: (_: unknown, r: Row) => (isGroup(r) ? null : (
            <Button size="small" icon={<EditOutlined />} onClick={() => setThreshold(r)} data-testid={`cat-threshold-${r.id}`}>{t('price.catalogue.editThreshold')}</Button>
          )),
        }]
      : []),
  ];

  const pointColumns: TableColumnsType<PricePoint> = [
    { title: t('price.catalogue.code'), dataIndex: 'code', width: 90 },
    {
      title: t('price.catalogue.name'), dataIndex: 'name',
      render: (v: string, r) => (
        <div>
          <Space size={6}>{v}{r.mine && <Tag color="green">{t('price.catalogue.mine')}</Tag>}</Space>
          {r.address && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.address}</Typography.Text></div>}
        </div>
      ),
    },
    { title: t('price.catalogue.type'), dataIndex: 'type', width: 110, render: (v: string) => <Tag>{v}</Tag> },
    { title: t('price.catalogue.town'), dataIndex: 'townName', width: 160, render: (v: string | null) => v ?? '—' },
    {
      title: t('price.catalogue.collectors'), key: 'collectors',
      render: (_, r) => (r.collectors.length ? r.collectors.map((c) => c.name).join(t('price.listSep')) : <Typography.Text type="secondary">{t('price.catalogue.noCollectors')}</Typography.Text>),
    },
    ...(write
      ? [{
          title: t('common.actions'), key: 'actions', width: 110,
          render: (_: unknown, r: PricePoint) => <Button size="small" icon={<TeamOutlined />} onClick={() => setCollectors(r)} data-testid={`cat-collectors-${r.id}`}>{t('price.catalogue.editCollectors')}</Button>,
        }]
      : []),
  ];

  const windowColumns: TableColumnsType<PriceWindow> = [
    { title: t('price.catalogue.windowName'), dataIndex: 'name' },
    { title: t('price.catalogue.kind'), dataIndex: 'kind', width: 130, render: (v: PriceWindow['kind']) => <Tag color={v === 'holiday' ? 'red' : 'volcano'}>{t(`price.windowKind.${v}`)}</Tag> },
    { title: t('price.catalogue.startDate'), dataIndex: 'startDate', width: 170, render: (v: string) => <DateText value={v} /> },
    { title: t('price.catalogue.endDate'), dataIndex: 'endDate', width: 170, render: (v: string) => <DateText value={v} /> },
  ];

  const cardTitle = (title: string, count: number) => <Space size={8}>{title}<Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>{t('price.catalogue.count', { count })}</Typography.Text></Space>;

  return (
    <ModulePage
      title={t('price.catalogue.title')}
      testId="price-catalogue"
      bar={!write && data ? <Typography.Text type="secondary">{t('price.catalogue.readOnly')}</Typography.Text> : undefined}
      error={catalogue.error}
      loading={catalogue.isPending}
      onRetry={() => void catalogue.refetch()}
    >
      <Flex vertical gap={16}>
        <Card
          size="small"
          title={cardTitle(t('price.catalogue.commodities'), data?.commodities.length ?? 0)}
          extra={write && <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setAdding('commodity')} data-testid="cat-add-commodity">{t('price.catalogue.addCommodity')}</Button>}
        >
          <Table<Row>
            rowKey="key"
            size="small"
            bordered
            columns={commodityColumns}
            dataSource={groups}
            expandable={{ defaultExpandAllRows: true, indentSize: 12 }}
            rowClassName={(r) => (isGroup(r) ? 'tc-cat-group-row' : '')}
            onRow={(r) => (isGroup(r) ? {} : { 'data-testid': `cat-commodity-${r.code}` } as React.HTMLAttributes<HTMLElement>)}
            pagination={false}
            scroll={{ x: 900 }}
            data-testid="cat-commodities"
          />
        </Card>
        <Card
          size="small"
          title={cardTitle(t('price.catalogue.points'), data?.points.length ?? 0)}
          extra={write && <Button type="primary" size="small" icon={<ShopOutlined />} onClick={() => setAdding('point')} data-testid="cat-add-point">{t('price.catalogue.addPoint')}</Button>}
        >
          <Table<PricePoint> rowKey="id" size="small" columns={pointColumns} dataSource={data?.points ?? []} pagination={false} scroll={{ x: 800 }} data-testid="cat-points" />
        </Card>
        <Card
          size="small"
          title={cardTitle(t('price.catalogue.windows'), data?.windows.length ?? 0)}
          extra={write && <Button type="primary" size="small" icon={<CalendarOutlined />} onClick={() => setAdding('window')} data-testid="cat-add-window">{t('price.catalogue.addWindow')}</Button>}
        >
          <Table<PriceWindow> rowKey="id" size="small" columns={windowColumns} dataSource={data?.windows ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }} scroll={{ x: 640 }} data-testid="cat-windows" />
        </Card>
      </Flex>
      <ThresholdModal commodity={threshold} onClose={() => setThreshold(null)} />
      <CommodityModal open={adding === 'commodity'} onClose={() => setAdding(null)} />
      <PointModal open={adding === 'point'} onClose={() => setAdding(null)} />
      <WindowModal open={adding === 'window'} onClose={() => setAdding(null)} />
      <CollectorsModal point={collectors} points={data?.points ?? []} onClose={() => setCollectors(null)} />
    </ModulePage>
  );
}
