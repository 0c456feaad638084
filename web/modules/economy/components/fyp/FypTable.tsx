// The plan's main indicators by group: base 2020, 2025 target and its form, attribute (约束性 marked),
// yearly actuals, expected progress (elapsed share), progress or actual average rate, the computed
// rating and any manual override with its reason; binding indicators that are behind are flagged red.
import { EditOutlined, FlagFilled, SlidersOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { fypAttributeLabels, fypFormLabels, fypGroups } from '../../../../../common/economy-schemas.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import type { FypEvaluationRow } from '../../types.ts';
import { actualText, fypTargetText, ratingColors } from './fypText.ts';

type Props = { items: FypEvaluationRow[]; asOfYear: number; canWrite: boolean; onActual: (r: FypEvaluationRow) => void; onOverride: (r: FypEvaluationRow) => void };

export function FypTable({ items, asOfYear, canWrite, onActual, onOverride }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const years = [2021, 2022, 2023, 2024, 2025].filter((y) => y <= asOfYear);
  // Groups in the plan's order (经济发展 … 安全保障), the server's order within a group; a group cell spans its rows.
  const groupIndex = (g: string) => { const i = (fypGroups as readonly string[]).indexOf(g); return i < 0 ? 99 : i; };
  const ordered = items.map((r, i) => ({ r, i })).sort((a, b) => groupIndex(a.r.group) - groupIndex(b.r.group) || a.i - b.i).map((x) => x.r);
  const span = (i: number) => {
    if (i > 0 && ordered[i - 1].group === ordered[i].group) return 0;
    let n = 1;
    while (i + n < ordered.length && ordered[i + n].group === ordered[i].group) n++;
    return n;
  };
  const columns: TableColumnsType<FypEvaluationRow> = [
    { title: t('econ.fyp.group'), dataIndex: 'group', width: 90, onCell: (_, i) => ({ rowSpan: span(i ?? 0) }), render: (v: string) => <Typography.Text strong>{t(`econ.fyp.groups.${v}`, { defaultValue: v })}</Typography.Text> },
    {
      title: t('econ.col.indicator'),
      key: 'name',
      width: 200,
      render: (_, r) => (
        <span>
          {r.evaluation.flag && (
            <Tooltip title={t('econ.fyp.flagHelp')}>
              <FlagFilled style={{ color: '#f5222d', marginInlineEnd: 6 }} data-testid={`econ-fyp-flag-${r.code}`} />
            </Tooltip>
          )}
          {r.name}
          {r.unit && <Typography.Text type="secondary">{t('common.punct.open')}{r.unit}{t('common.punct.close')}</Typography.Text>}
          <Tag color={r.attribute === 'binding' ? 'red' : 'default'} variant={r.attribute === 'binding' ? 'solid' : 'outlined'} style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px', padding: '0 4px' }}>
            {fypAttributeLabels[r.attribute][lang]}
          </Tag>
        </span>
      ),
    },
    { title: t('econ.fyp.base'), dataIndex: 'baseValue', width: 80, align: 'right', render: (v: number | null) => (v === null ? '—' : Number(v.toFixed(4))) },
    {
      title: t('econ.fyp.target'),
      key: 'target',
      width: 120,
      render: (_, r) => (
        <Tooltip title={`${t('econ.fyp.form')}${t('common.punct.colon')}${fypFormLabels[r.form][lang]}`}>
          <span style={{ whiteSpace: 'nowrap' }}>{fypTargetText(t, r)}</span>
        </Tooltip>
      ),
    },
    ...years.map((y) => ({ title: t('econ.fyp.actualYear', { year: y }), key: `a${y}`, width: 90, align: 'right' as const, render: (_: unknown, r: FypEvaluationRow) => <span style={{ whiteSpace: 'nowrap' }}>{actualText(r, y)}</span> })),
    { title: t('econ.fyp.expected'), key: 'expected', width: 80, align: 'right', render: (_, r) => (['ceiling', 'floor', 'qualitative'].includes(r.form) ? '—' : `${r.evaluation.expectedPct.toFixed(1)}%`) },
    {
      title: t('econ.fyp.progress'),
      key: 'progress',
      width: 90,
      align: 'right',
      render: (_, r) =>
        r.evaluation.progressPct !== null ? `${r.evaluation.progressPct.toFixed(1)}%` : r.evaluation.actualRatePct !== null ? <Tooltip title={t('econ.fyp.actualRateHelp')}>{t('econ.fyp.actualRate', { value: r.evaluation.actualRatePct.toFixed(2) })}</Tooltip> : '—',
    },
    {
      title: t('econ.fyp.rating'),
      key: 'rating',
      width: 150,
      render: (_, r) => (
        <Tooltip title={r.evaluation.overridden ? t('econ.fyp.overriddenHelp', { computed: t(`econ.fyp.ratings.${r.evaluation.computed}`, { defaultValue: r.evaluation.computed }), reason: r.evaluation.overrideReason }) : r.evaluation.explain}>
          <Space size={4} data-testid={`econ-fyp-rating-${r.code}`} data-rating={r.evaluation.rating} data-flag={r.evaluation.flag}>
            <Tag color={r.evaluation.flag ? '#f5222d' : ratingColors[r.evaluation.rating]} variant={r.evaluation.flag ? 'solid' : 'outlined'} style={{ marginInlineEnd: 0 }}>
              {t(`econ.fyp.ratings.${r.evaluation.rating}`, { defaultValue: r.evaluation.rating })}
            </Tag>
            {r.evaluation.overridden && <Tag color="purple">{t('econ.fyp.overridden')}</Tag>}
          </Space>
        </Tooltip>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            fixed: 'right' as const,
            render: (_: unknown, r: FypEvaluationRow) => (
              <Space size={2}>
                <Tooltip title={t('econ.fyp.enterActual')}>
                  <Button size="small" type="text" icon={<EditOutlined />} onClick={() => onActual(r)} aria-label={t('econ.fyp.enterActual')} data-testid={`econ-fyp-actual-${r.code}`} />
                </Tooltip>
                <Tooltip title={t('econ.fyp.override')}>
                  <Button size="small" type="text" icon={<SlidersOutlined />} onClick={() => onOverride(r)} aria-label={t('econ.fyp.override')} data-testid={`econ-fyp-override-${r.code}`} />
                </Tooltip>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<FypEvaluationRow>
      data-testid="econ-fyp-table"
      rowKey="id"
      size="small"
      bordered
      columns={columns}
      dataSource={ordered}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `econ-fyp-row-${r.code}`, style: r.evaluation.flag ? { background: '#fff1f0' } : undefined }) as HTMLAttributes<HTMLElement>}
    />
  );
}
