// 数据版本: for every value of the year, the figures as first reported and each revision — who, when,
// from what to what, and why.
import { Drawer, Empty, Grid, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../../components/DateText.tsx';
import { useVintages } from '../../api.ts';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { IndicatorRow, Vintage } from '../../types.ts';

const fields = ['cumValue', 'prevCumValue', 'yoyPct', 'cityYoyPct', 'cityRank'] as const;

export function VintagesDrawer({ indicator, year, open, onClose }: { indicator: IndicatorRow; year: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const screens = Grid.useBreakpoint();
  const q = useVintages(indicator.id, year, open);
  const items = [...(q.data?.items ?? [])].sort((a, b) => (a.period === b.period ? a.at.localeCompare(b.at) : b.period.localeCompare(a.period)));
  const show = (k: (typeof fields)[number], v: number | null | undefined) =>
    v === null || v === undefined ? '—' : k === 'cityRank' ? String(v) : k.endsWith('Pct') ? f.pct(v, 2) : f.amount(v, indicator.unit, 4);
  const rowsOf = (v: Vintage) =>
    fields
      .filter((k) => v.kind === 'first' ? v.after[k] !== null && v.after[k] !== undefined : v.before?.[k] !== v.after[k])
      .map((k) => ({ key: k, field: t(`econ.field.${k}`), before: v.before ? show(k, v.before[k]) : null, after: show(k, v.after[k]) }));
  return (
    <Drawer open={open} onClose={onClose} title={t('econ.vintage.drawerTitle', { name: indicator.name, year })} size={screens.md ? 640 : '100%'} data-testid="econ-vintages">
      {q.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('econ.vintage.none')} />
      ) : (
        <Timeline
          items={items.map((v) => ({
            key: v.id,
            color: v.kind === 'first' ? 'blue' : 'orange',
            content: (
              <div data-testid={`econ-vintage-${v.period}-${v.kind}`}>
                <Typography.Text strong>{f.period(v.period, indicator, true)}</Typography.Text>{' '}
                <Tag color={v.kind === 'first' ? 'blue' : 'orange'}>{t(`econ.vintage.${v.kind}`)}</Tag>
                <Typography.Text type="secondary">
                  <DateText value={v.at} time /> · {v.byName}
                </Typography.Text>
                {v.reason && <Typography.Paragraph style={{ margin: '4px 0' }}>{t('econ.vintage.reason', { reason: v.reason })}</Typography.Paragraph>}
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={rowsOf(v)}
                  columns={[
                    { title: t('econ.vintage.field'), dataIndex: 'field', width: 150 },
                    ...(v.kind === 'revision' ? [{ title: t('econ.vintage.before'), dataIndex: 'before', align: 'right' as const }] : []),
                    { title: v.kind === 'revision' ? t('econ.vintage.after') : t('econ.vintage.reported'), dataIndex: 'after', align: 'right' as const },
                  ]}
                />
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
