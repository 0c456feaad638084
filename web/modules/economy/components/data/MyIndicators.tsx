// 我的填报: the indicators the user's unit is the source of, and per indicator which ended periods of the
// year are missing, in draft, returned (with the reason) or awaiting review. "填报" opens the entry form
// at the first period that needs work.
import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { periodEnded, yearPeriods } from '../../hooks/periods.ts';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { IndicatorRow, OverviewRow, QueueItem } from '../../types.ts';

export type DeskRow = { indicator: IndicatorRow; latest: string | null; missing: string[]; drafts: QueueItem[]; returned: QueueItem[]; submitted: QueueItem[] };

/** Missing = ended periods after the latest approved one that have no value in any state. */
export function deskRows(indicators: IndicatorRow[], overview: OverviewRow[], queue: QueueItem[], year: number): DeskRow[] {
  return indicators
    .filter((i) => i.abilities.report && i.active)
    .map((i) => {
      const latest = overview.find((o) => o.indicator.id === i.id)?.latest?.period ?? null;
      const mine = queue.filter((q) => q.indicatorId === i.id && q.period.startsWith(`${year}-`));
      const all = yearPeriods(i, year);
      const after = latest ? all.slice(all.indexOf(latest) + 1) : all;
      return {
        indicator: i,
        latest,
        missing: after.filter((p) => periodEnded(p) && !mine.some((q) => q.period === p)),
        drafts: mine.filter((q) => q.state === 'draft'),
        returned: mine.filter((q) => q.state === 'returned'),
        submitted: mine.filter((q) => q.state === 'submitted'),
      };
    });
}

type Props = { rows: DeskRow[]; year: number; onEnter: (i: IndicatorRow, period: string | null) => void };

export function MyIndicators({ rows, year, onEnter }: Props) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const tags = (r: DeskRow, list: QueueItem[], color: string, kind: string) =>
    list.map((q) => (
      <Tooltip key={q.id} title={kind === 'returned' && q.returnReason ? t('econ.review.returnedBecause', { reason: q.returnReason }) : undefined}>
        <Tag color={color} style={{ cursor: 'pointer' }} onClick={() => onEnter(r.indicator, q.period)} data-testid={`econ-desk-${kind}-${r.indicator.code}-${q.period}`}>
          {f.period(q.period, r.indicator)}
        </Tag>
      </Tooltip>
    ));
  const columns: TableColumnsType<DeskRow> = [
    { title: t('econ.col.indicator'), key: 'name', width: 200, render: (_, r) => <Link to={`/economy/indicators/${r.indicator.id}?year=${year}`}>{r.indicator.name}</Link> },
    { title: t('econ.desk.latestApproved'), key: 'latest', width: 110, render: (_, r) => (r.latest ? f.period(r.latest, r.indicator) : '—') },
    {
      title: t('econ.desk.missing'),
      key: 'missing',
      render: (_, r) =>
        r.missing.length ? (
          <Space size={[0, 4]} wrap>
            {r.missing.map((p) => (
              <Tag key={p} color="orange" style={{ cursor: 'pointer' }} onClick={() => onEnter(r.indicator, p)} data-testid={`econ-desk-missing-${r.indicator.code}-${p}`}>
                {f.period(p, r.indicator)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('econ.desk.none')}</Typography.Text>
        ),
    },
    { title: t('econ.valueState.returned'), key: 'returned', render: (_, r) => <Space size={[0, 4]} wrap>{tags(r, r.returned, 'error', 'returned')}</Space> },
    { title: t('econ.valueState.draft'), key: 'drafts', render: (_, r) => <Space size={[0, 4]} wrap>{tags(r, r.drafts, 'default', 'draft')}</Space> },
    { title: t('econ.valueState.submitted'), key: 'submitted', render: (_, r) => <Space size={[0, 4]} wrap>{tags(r, r.submitted, 'processing', 'submitted')}</Space> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) => (
        <Button size="small" type={r.returned.length || r.missing.length ? 'primary' : 'default'} icon={<EditOutlined />} onClick={() => onEnter(r.indicator, r.returned[0]?.period ?? r.missing[0] ?? r.drafts[0]?.period ?? null)} data-testid={`econ-desk-enter-${r.indicator.code}`}>
          {t('econ.entry.enter')}
        </Button>
      ),
    },
  ];
  if (!rows.length) return <Empty description={t('econ.desk.noIndicators')} data-testid="econ-desk-empty" />;
  return (
    <Table<DeskRow>
      data-testid="econ-desk-table"
      rowKey={(r) => r.indicator.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `econ-desk-row-${r.indicator.code}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
