// The indicator catalogue as a table: components indented under their total, metadata, source and
// owner units, and an edit button where the server allows it.
import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { basisLabels, freqLabels, kindLabels } from '../../../../../common/economy-schemas.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import type { IndicatorRow } from '../../types.ts';

/** Totals first (by seq), each followed by its components. */
export function catalogueOrder(items: IndicatorRow[]): IndicatorRow[] {
  const bySeq = (a: IndicatorRow, b: IndicatorRow) => a.seq - b.seq || a.code.localeCompare(b.code);
  const ids = new Set(items.map((i) => i.id));
  const tops = items.filter((i) => i.parentId === null || !ids.has(i.parentId)).sort(bySeq);
  const out: IndicatorRow[] = [];
  const add = (i: IndicatorRow, depth: number) => {
    out.push(i);
    if (depth < 5) items.filter((c) => c.parentId === i.id).sort(bySeq).forEach((c) => add(c, depth + 1));
  };
  tops.forEach((i) => add(i, 0));
  return out;
}

export function IndicatorTable({ items, onEdit }: { items: IndicatorRow[]; onEdit: (i: IndicatorRow) => void }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const columns: TableColumnsType<IndicatorRow> = [
    { title: t('econ.catalogue.code'), dataIndex: 'code', width: 130, render: (v: string, r) => <span style={{ paddingInlineStart: r.parentId ? 14 : 0, whiteSpace: 'nowrap' }}>{r.parentId ? '└ ' : ''}{v}</span> },
    {
      title: t('econ.catalogue.name'),
      dataIndex: 'name',
      render: (v: string, r) => (
        <span>
          <Link to={`/economy/indicators/${r.id}`}>{v}</Link>
          {!r.active && <Tag style={{ marginInlineStart: 6 }}>{t('common.inactive')}</Tag>}
        </span>
      ),
    },
    { title: t('econ.col.unit'), dataIndex: 'unit', width: 80 },
    { title: t('econ.catalogue.freq'), key: 'freq', width: 150, render: (_, r) => `${freqLabels[r.freq][lang]} · ${kindLabels[r.kind][lang]}` },
    { title: t('econ.catalogue.janFebMergedShort'), dataIndex: 'janFebMerged', width: 90, render: (v: boolean) => (v ? <Tag>{t('econ.catalogue.yes')}</Tag> : '—') },
    { title: t('econ.catalogue.growthBasis'), dataIndex: 'growthBasis', width: 110, render: (v: IndicatorRow['growthBasis']) => basisLabels[v][lang] },
    { title: t('econ.catalogue.sourceUnit'), dataIndex: 'sourceUnitName', width: 150 },
    { title: t('econ.catalogue.ownerUnit'), dataIndex: 'ownerUnitName', width: 150, render: (v: string | null) => v ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, r) =>
        r.abilities.update ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(r)} data-testid={`econ-catalogue-edit-${r.code}`}>
            {t('common.edit')}
          </Button>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  return <Table<IndicatorRow> data-testid="econ-catalogue-table" rowKey="id" size="small" columns={columns} dataSource={catalogueOrder(items)} pagination={false} scroll={{ x: 'max-content' }} />;
}
