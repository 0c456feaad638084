// The energy lines of a review (or its acceptance): quantity, the coefficient used on both bases, and
// the tce on both bases, with the total.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConvertedLine } from '../types.ts';
import { fmtTce } from './format.tsx';

export function EnergyTable({ lines, tceDL, tceDJ, testId }: { lines: ConvertedLine[]; tceDL: number; tceDJ: number; testId: string }) {
  const { t } = useTranslation();
  const coef = (f: number, unit: string) => t('energy.reviews.coefficient', { factor: f, unit });
  return (
    <Table<ConvertedLine>
      rowKey={(_, i) => String(i)} size="small" pagination={false} dataSource={lines} data-testid={testId}
      columns={[
        { title: t('energy.col.type'), dataIndex: 'typeName' },
        { title: t('energy.col.quantity'), key: 'q', align: 'right', render: (_, l) => `${l.quantity.toLocaleString('zh-CN')} ${l.unit}` },
        { title: t('energy.col.factorDL'), key: 'fdl', align: 'right', render: (_, l) => coef(l.factorDL, l.baseUnit) },
        { title: t('energy.col.factorDJ'), key: 'fdj', align: 'right', render: (_, l) => coef(l.factorDJ, l.baseUnit) },
        { title: t('energy.col.tceDL'), dataIndex: 'tceDL', align: 'right', render: (v: number) => fmtTce(v) },
        { title: t('energy.col.tceDJ'), dataIndex: 'tceDJ', align: 'right', render: (v: number) => fmtTce(v) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}><Typography.Text strong>{t('energy.reviews.total')}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right"><Typography.Text strong data-testid={`${testId}-total-dl`}>{fmtTce(tceDL)}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right"><Typography.Text strong>{fmtTce(tceDJ)}</Typography.Text></Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
