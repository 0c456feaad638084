// One row per indicator with its latest analysed period up to "as of": cumulative value with unit,
// growth (published or computed), target with its qualifier, gap in pp, completion vs time progress,
// 超序时, growth required for the rest of the year, city comparison and the traffic light.
import { Badge, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { OverviewRow } from '../../types.ts';
import { EconStatusTag, GrowthText, PpText } from '../status.tsx';
import { targetText } from './targetText.ts';

export function OverviewTable({ rows, year }: { rows: OverviewRow[]; year: number }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const columns: TableColumnsType<OverviewRow> = [
    {
      title: t('econ.col.indicator'),
      key: 'name',
      fixed: 'left',
      width: 190,
      render: (_, r) => (
        <div style={{ paddingInlineStart: r.indicator.parentId ? 12 : 0 }}>
          <Link to={`/economy/indicators/${r.indicator.id}?year=${year}`} data-testid={`econ-link-${r.indicator.code}`}>
            {r.indicator.parentId ? '└ ' : ''}
            {r.indicator.name}
          </Link>
          {r.pending > 0 && (
            <Tooltip title={t('econ.overview.pending', { count: r.pending })}>
              <Badge count={r.pending} size="small" color="#1677ff" style={{ marginInlineStart: 6 }} />
            </Tooltip>
          )}
        </div>
      ),
    },
    { title: t('econ.col.unit'), key: 'unit', width: 70, render: (_, r) => <Typography.Text type="secondary">{r.indicator.unit}</Typography.Text> },
    { title: t('econ.col.period'), key: 'period', width: 90, render: (_, r) => (r.latest ? <span style={{ whiteSpace: 'nowrap' }}>{f.period(r.latest.period, r.indicator)}</span> : '—') },
    { title: t('econ.col.cumValue'), key: 'cum', width: 110, align: 'right', render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{f.amount(r.latest?.cumValue)}</span> },
    { title: t('econ.col.growth'), key: 'growth', width: 120, render: (_, r) => <GrowthText value={r.latest?.growthPct ?? null} source={r.latest?.growthSource ?? null} testId={`econ-growth-${r.indicator.code}`} /> },
    {
      title: t('econ.col.target'),
      key: 'target',
      width: 110,
      render: (_, r) => {
        const phased = r.latest?.phasedTargetPct ?? null;
        const annual = r.target?.growthPct ?? null;
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            {targetText(t, r.target)}
            {phased !== null && annual !== null && phased !== annual && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('econ.overview.phased', { value: f.pct(phased) })}
              </Typography.Text>
            )}
          </span>
        );
      },
    },
    { title: t('econ.col.gap'), key: 'gap', width: 120, render: (_, r) => <PpText value={r.latest?.gapPp ?? null} text={f.pp(r.latest?.gapPp)} goodWhenNegative={r.target?.qualifier === 'within'} /> },
    {
      title: t('econ.col.completion'),
      key: 'completion',
      width: 130,
      render: (_, r) =>
        r.latest?.completionPct !== null && r.latest?.completionPct !== undefined ? (
          <Tooltip title={t('econ.overview.completionHelp', { level: f.amount(r.targetLevel, r.indicator.unit) })}>
            <span style={{ whiteSpace: 'nowrap' }}>
              {f.pct(r.latest.completionPct)} / {f.pct(r.latest.timeProgressPct)}
            </span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    { title: t('econ.col.ahead'), key: 'ahead', width: 120, render: (_, r) => <PpText value={r.latest?.aheadPp ?? null} text={f.pp(r.latest?.aheadPp)} /> },
    { title: t('econ.col.required'), key: 'required', width: 100, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{f.pct(r.latest?.requiredGrowthPct)}</span> },
    {
      title: t('econ.col.city'),
      key: 'city',
      width: 150,
      render: (_, r) =>
        r.latest && (r.latest.cityDiffPp !== null || r.latest.cityRank !== null) ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            <PpText value={r.latest.cityDiffPp} text={f.pp(r.latest.cityDiffPp)} />
            {r.latest.cityRank !== null && <Typography.Text type="secondary"> · {t('econ.rank', { rank: r.latest.cityRank })}</Typography.Text>}
          </span>
        ) : (
          '—'
        ),
    },
    { title: t('econ.col.status'), key: 'status', width: 110, fixed: 'right', render: (_, r) => <EconStatusTag status={r.latest?.status ?? 'grey'} excellent={r.latest?.excellent} testId={`econ-status-${r.indicator.code}`} /> },
  ];
  return (
    <Table<OverviewRow>
      data-testid="econ-overview-table"
      rowKey={(r) => r.indicator.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1400 }}
      onRow={(r) => ({ 'data-testid': `econ-row-${r.indicator.code}`, 'data-status': r.latest?.status ?? 'grey' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
