// The year's values of one indicator, every state: figures, growth as analysed (approved values) or as
// entered, city comparison, who may do what from each value's `abilities` — enter/edit for the source
// unit, approve/return for reviewers (return needs a reason), revise for the division — and a history
// link when a value has revisions.
import { CheckOutlined, EditOutlined, HistoryOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { yoyGrowthPct } from '../../../../../common/economy.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { periodEnded, yearPeriods } from '../../hooks/periods.ts';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import { useReviewValue } from '../../mutations.ts';
import type { IndicatorDetail, ValueRow } from '../../types.ts';
import { ReasonModal } from '../ReasonModal.tsx';
import { EconStatusTag, GrowthText, ValueStateTag } from '../status.tsx';

type Row = { period: string; value: ValueRow | null };
type Props = { detail: IndicatorDetail; year: number; onEnter: (period: string) => void; onRevise: (v: ValueRow) => void; onHistory: () => void };

export function ValuesTable({ detail, year, onEnter, onRevise, onHistory }: Props) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const review = useReviewValue();
  const [returning, setReturning] = useState<ValueRow | null>(null);
  const { indicator, analysis } = detail;
  const rows: Row[] = yearPeriods(indicator, year)
    .map((period) => ({ period, value: detail.values.find((v) => v.period === period) ?? null }))
    .filter((r) => r.value !== null || periodEnded(r.period))
    .reverse();
  const analysed = (p: string) => analysis.periods.find((a) => a.period === p) ?? null;
  const busy = (v: ValueRow, action: 'approve' | 'return') => review.isPending && review.variables?.id === v.id && review.variables.action === action;

  const columns: TableColumnsType<Row> = [
    { title: t('econ.col.periodOf'), dataIndex: 'period', width: 110, render: (p: string) => <span style={{ whiteSpace: 'nowrap' }}>{f.period(p, indicator, true)}</span> },
    {
      title: t('econ.col.state'),
      key: 'state',
      width: 90,
      render: (_, r) => (
        <>
          <ValueStateTag state={r.value?.state ?? null} testId={`econ-value-state-${r.period}`} />
          {r.value?.state === 'returned' && r.value.returnReason && (
            <Typography.Paragraph type="danger" ellipsis={{ rows: 2, tooltip: r.value.returnReason }} style={{ margin: '4px 0 0', maxWidth: 220, fontSize: 12 }} data-testid={`econ-return-reason-${r.period}`}>
              {t('econ.review.returnedBecause', { reason: r.value.returnReason })}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    ...(indicator.kind !== 'rate'
      ? [
          { title: t('econ.field.cumValue'), key: 'cum', width: 130, align: 'right' as const, render: (_: unknown, r: Row) => f.amount(r.value?.cumValue, indicator.unit) },
          { title: t('econ.field.prevCumValue'), key: 'prev', width: 130, align: 'right' as const, responsive: ['md' as const], render: (_: unknown, r: Row) => f.amount(r.value?.prevCumValue, indicator.unit) },
        ]
      : []),
    {
      title: t('econ.col.growth'),
      key: 'growth',
      width: 120,
      render: (_, r) => {
        const a = analysed(r.period);
        if (a && r.value?.state === 'approved') return <GrowthText value={a.growthPct} source={a.growthSource} testId={`econ-value-growth-${r.period}`} />;
        if (!r.value) return '—';
        const computed = indicator.growthBasis !== 'real' && indicator.kind !== 'rate' && r.value.cumValue !== null ? yoyGrowthPct(r.value.cumValue, r.value.prevCumValue) : null;
        return <GrowthText value={computed ?? r.value.yoyPct} source={computed !== null ? 'computed' : r.value.yoyPct !== null ? 'published' : null} testId={`econ-value-growth-${r.period}`} />;
      },
    },
    { title: t('econ.col.gap'), key: 'gap', width: 110, responsive: ['lg'], render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{f.pp(analysed(r.period)?.gapPp)}</span> },
    { title: t('econ.col.cityShort'), key: 'city', width: 120, responsive: ['lg'], render: (_, r) => (r.value?.cityYoyPct !== null && r.value?.cityYoyPct !== undefined ? <span style={{ whiteSpace: 'nowrap' }}>{f.pct(r.value.cityYoyPct)}{r.value.cityRank ? ` · ${t('econ.rank', { rank: r.value.cityRank })}` : ''}</span> : '—') },
    { title: t('econ.col.status'), key: 'status', width: 90, render: (_, r) => (analysed(r.period) ? <EconStatusTag status={analysed(r.period)!.status} /> : '—') },
    {
      title: t('econ.field.note'),
      key: 'note',
      render: (_, r) => (
        <div style={{ maxWidth: 260 }}>
          {r.value?.note && <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.value.note }} style={{ margin: 0 }}>{r.value.note}</Typography.Paragraph>}
        </div>
      ),
    },
    { title: t('econ.col.submittedAt'), key: 'submittedAt', width: 150, responsive: ['xxl'], render: (_, r) => <DateText value={r.value?.submittedAt} time /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      fixed: 'right',
      render: (_, r) => {
        const v = r.value;
        return (
          <Space size={4} wrap>
            {!v && indicator.abilities.report && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => onEnter(r.period)} data-testid={`econ-enter-${r.period}`}>
                {t('econ.entry.enter')}
              </Button>
            )}
            {v?.abilities.edit && (
              <Button size="small" icon={<EditOutlined />} onClick={() => onEnter(r.period)} data-testid={`econ-edit-${r.period}`}>
                {v.state === 'returned' ? t('econ.entry.resubmit') : t('common.edit')}
              </Button>
            )}
            {v?.abilities.review && (
              <>
                <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy(v, 'approve')} onClick={() => review.mutate({ id: v.id, action: 'approve', version: v.version })} data-testid={`econ-approve-${r.period}`}>
                  {t('econ.review.approve')}
                </Button>
                <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(v)} data-testid={`econ-return-${r.period}`}>
                  {t('econ.review.return')}
                </Button>
              </>
            )}
            {v?.abilities.revise && (
              <Button size="small" icon={<EditOutlined />} onClick={() => onRevise(v)} data-testid={`econ-revise-${r.period}`}>
                {t('econ.revise.button')}
              </Button>
            )}
            {v && v.revisionCount > 0 && (
              <Tooltip title={t('econ.vintage.count', { count: v.revisionCount })}>
                <Button size="small" type="text" icon={<HistoryOutlined />} onClick={onHistory} aria-label={t('econ.vintage.title')} />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card size="small" title={t('econ.indicator.values', { year })} extra={<Button size="small" icon={<HistoryOutlined />} onClick={onHistory} data-testid="econ-history">{t('econ.vintage.title')}</Button>}>
      <Table<Row>
        data-testid="econ-values-table"
        rowKey="period"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `econ-value-row-${r.period}`, 'data-state': r.value?.state ?? 'missing' }) as HTMLAttributes<HTMLElement>}
      />
      <ReasonModal
        open={returning !== null}
        title={returning ? t('econ.review.returnTitle', { name: indicator.name, period: f.period(returning.period, indicator, true) }) : ''}
        help={t('econ.review.returnHelp')}
        okText={t('econ.review.return')}
        busy={review.isPending}
        onCancel={() => setReturning(null)}
        onSubmit={(reason) => returning && review.mutate({ id: returning.id, action: 'return', reason, version: returning.version }, { onSuccess: () => setReturning(null) })}
      />
    </Card>
  );
}
