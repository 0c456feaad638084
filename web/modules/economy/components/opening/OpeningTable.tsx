// 开门红: per indicator the first quarter's growth against the annual target and last year's first
// quarter, completion against 25% time progress, city rank, and whether each test is met.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { OpeningItem } from '../../types.ts';
import { GrowthText, PpText } from '../status.tsx';

function Met({ value, testId }: { value: boolean | null; testId?: string }) {
  const { t } = useTranslation();
  if (value === null) return <Tag data-testid={testId}>{t('econ.opening.na')}</Tag>;
  return (
    <Tag color={value ? 'success' : 'error'} data-testid={testId} data-met={value}>
      {value ? t('econ.opening.met') : t('econ.opening.notMet')}
    </Tag>
  );
}

export function OpeningTable({ items, year }: { items: OpeningItem[]; year: number }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const columns: TableColumnsType<OpeningItem> = [
    { title: t('econ.col.indicator'), key: 'name', fixed: 'left', width: 180, render: (_, r) => <Link to={`/economy/indicators/${r.indicator.id}?year=${year}`}>{r.indicator.name}</Link> },
    { title: t('econ.col.unit'), key: 'unit', width: 70, render: (_, r) => <Typography.Text type="secondary">{r.indicator.unit}</Typography.Text> },
    { title: t('econ.opening.q1Value'), key: 'cum', width: 110, align: 'right', render: (_, r) => (r.indicator.kind === 'rate' ? '—' : f.amount(r.q1?.cumValue)) },
    { title: t('econ.opening.q1Growth'), key: 'growth', width: 120, render: (_, r) => <GrowthText value={r.q1?.growthPct ?? null} source={r.q1?.growthSource ?? null} /> },
    { title: t('econ.opening.target'), key: 'target', width: 90, render: (_, r) => f.pct(r.targetPct) },
    { title: t('econ.opening.lastYear'), key: 'last', width: 110, render: (_, r) => f.pct(r.lastYearQ1GrowthPct) },
    {
      title: t('econ.opening.vsLastYear'),
      key: 'vs',
      width: 130,
      render: (_, r) => {
        const d = r.q1?.growthPct !== null && r.q1?.growthPct !== undefined && r.lastYearQ1GrowthPct !== null ? Math.round((r.q1.growthPct - r.lastYearQ1GrowthPct) * 100) / 100 : null;
        return <PpText value={d} text={f.pp(d)} />;
      },
    },
    { title: t('econ.opening.completion'), key: 'comp', width: 120, render: (_, r) => (r.q1?.completionPct !== null && r.q1?.completionPct !== undefined ? `${f.pct(r.q1.completionPct)} / 25%` : '—') },
    { title: t('econ.opening.rank'), key: 'rank', width: 90, render: (_, r) => (r.q1?.cityRank ? <span style={{ whiteSpace: 'nowrap' }}>{t('econ.rank', { rank: r.q1.cityRank })}</span> : '—') },
    { title: t('econ.opening.growthMet'), key: 'gm', width: 100, render: (_, r) => <Met value={r.targetPct === null || !r.q1 ? null : r.growthMet} /> },
    { title: t('econ.opening.progressMet'), key: 'pm', width: 100, render: (_, r) => <Met value={r.targetPct === null || !r.q1 ? null : r.progressMet} /> },
    {
      title: t('econ.opening.red'),
      key: 'red',
      width: 110,
      fixed: 'right',
      render: (_, r) =>
        r.targetPct === null || !r.q1 ? <Tag>{t('econ.opening.na')}</Tag> : (
          <Tag color={r.red ? '#b7202e' : 'default'} variant={r.red ? 'solid' : 'outlined'} data-testid={`econ-opening-red-${r.indicator.code}`}>
            {r.red ? t('econ.opening.redYes') : t('econ.opening.redNo')}
          </Tag>
        ),
    },
  ];
  return (
    <Table<OpeningItem>
      data-testid="econ-opening-table"
      rowKey={(r) => r.indicator.id}
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `econ-opening-row-${r.indicator.code}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
