// The day's commodities: price, 日环比, 周环比, 同比, threshold alert, ALPS grade and the daily mark.
// A click on a row picks the commodity of the trend chart.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewItem } from '../types.ts';
import { AlpsTag, DailyMark, Pct, RuleAlertTag } from './format.tsx';

type Props = { items: OverviewItem[]; selected: number | null; onSelect: (id: number) => void };

export function OverviewTable({ items, selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Table<OverviewItem>
      data-testid="price-overview-table"
      size="small"
      rowKey="commodityId"
      dataSource={items}
      pagination={false}
      scroll={{ y: 360, x: 1000 }}
      rowClassName={(r) => (r.commodityId === selected ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onSelect(r.commodityId), 'data-testid': `price-row-${r.code}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('price.col.name'), key: 'name', width: 180, fixed: 'left', render: (_, r) => (<><Typography.Text strong>{r.name}</Typography.Text> <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.spec}</Typography.Text></>) },
        { title: t('price.col.group'), dataIndex: 'group', width: 80, filters: [...new Set(items.map((i) => i.group))].map((g) => ({ text: g, value: g })), onFilter: (v, r) => r.group === v },
        { title: t('price.col.price'), key: 'price', width: 120, align: 'right', render: (_, r) => (r.price === null ? '—' : <span>{r.price.toFixed(2)} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.unit}</Typography.Text></span>) },
        { title: t('price.col.day'), dataIndex: 'dayChangePct', width: 90, align: 'right', sorter: (a, b) => (a.dayChangePct ?? 0) - (b.dayChangePct ?? 0), render: (v: number | null) => <Pct value={v} /> },
        { title: t('price.col.week'), dataIndex: 'weekChangePct', width: 90, align: 'right', sorter: (a, b) => (a.weekChangePct ?? 0) - (b.weekChangePct ?? 0), render: (v: number | null) => <Pct value={v} /> },
        { title: t('price.col.yoy'), dataIndex: 'yoyPct', width: 90, align: 'right', sorter: (a, b) => (a.yoyPct ?? 0) - (b.yoyPct ?? 0), render: (v: number | null) => <Pct value={v} /> },
        { title: t('price.col.rule'), dataIndex: 'ruleAlert', width: 90, render: (v: string | null) => <RuleAlertTag level={v} /> },
        { title: t('price.col.alps'), dataIndex: 'alpsGrade', width: 80, render: (v: OverviewItem['alpsGrade']) => <AlpsTag grade={v} /> },
        { title: t('price.col.daily'), dataIndex: 'dailyReporting', width: 130, render: (v: boolean) => (v ? <DailyMark /> : null) },
      ]}
    />
  );
}
