// 政府定价和政府指导价目录: each item's form, current price with its unit, basis document, effective date
// and review due date (flagged when overdue); division staff add or adjust an item in a drawer.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { usePriceItems } from '../api.ts';
import { PriceItemDrawer } from '../components/PriceItemDrawer.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import type { PriceItem } from '../types.ts';

export function PriceItemsPage() {
  const { t, i18n } = useTranslation();
  const list = usePriceItems();
  const [editing, setEditing] = useState<{ item: PriceItem | null } | null>(null);
  const write = !!list.data?.abilities.write;
  const columns: TableColumnsType<PriceItem> = [
    { title: t('price.items.name'), dataIndex: 'name', render: (v: string, r) => <div><div>{v}</div>{r.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.note}</Typography.Text>}</div> },
    { title: t('price.items.form'), dataIndex: 'form', width: 120, render: (v: string) => <Tag color={v === '政府定价' ? 'blue' : 'cyan'}>{v}</Tag> },
    { title: t('price.items.currentPrice'), key: 'price', width: 170, align: 'right', render: (_, r) => <span data-testid={`price-item-price-${r.id}`}>{r.currentPrice.toLocaleString(i18n.language, { maximumFractionDigits: 4 })} {r.unit}</span> },
    { title: t('price.items.basisDoc'), dataIndex: 'basisDoc', ellipsis: true },
    { title: t('price.items.effectiveFrom'), dataIndex: 'effectiveFrom', width: 140, render: (v: string) => <DateText value={v} /> },
    { title: t('price.items.reviewDue'), dataIndex: 'reviewDue', width: 200, render: (v: string, r) => <Flex gap={4} align="center"><DateText value={v} />{r.reviewOverdue && <Tag color="red" data-testid={`price-item-overdue-${r.id}`}>{t('price.items.overdue')}</Tag>}</Flex> },
    ...(write ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, r: PriceItem) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ item: r })} data-testid={`price-item-edit-${r.id}`}>{t('price.items.edit')}</Button> }] : []),
  ];
  return (
    <ModulePage
      title={t('price.items.title')}
      testId="price-items"
      extra={write && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ item: null })} data-testid="price-item-add">{t('price.items.add')}</Button>}
      error={list.error}
      loading={list.isPending}
      onRetry={() => void list.refetch()}
    >
      <Table<PriceItem> rowKey="id" size="middle" columns={columns} dataSource={list.data?.items ?? []} loading={list.isFetching} pagination={false} scroll={{ x: 1000 }} data-testid="price-items-table" />
      <PriceItemDrawer state={editing} onClose={() => setEditing(null)} />
    </ModulePage>
  );
}
