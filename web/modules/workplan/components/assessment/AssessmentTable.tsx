// The ranking (排名): every unit's total with business, party-building, deductions and bonus; a row
// opens every item the score is made of, each linked to its source.
import { Grid, Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Grade, ScoreItem, UnitScore } from '../../types.ts';

export const gradeColors: Record<Grade, string> = { 优秀: 'green', 良好: 'blue', 合格: 'gold', 不合格: 'red' };
const kindColors: Record<ScoreItem['kind'], string> = { task: 'blue', deduction: 'red', bonus: 'green' };
const num = (v: number | null) => (v === null ? '—' : v.toFixed(2));

function ItemsTable({ items }: { items: ScoreItem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ScoreItem & { key: number }> = [
    { title: t('plan.assessment.kind'), dataIndex: 'kind', width: 80, render: (k: ScoreItem['kind']) => <Tag color={kindColors[k]}>{t(`plan.assessment.kinds.${k}`)}</Tag> },
    {
      title: t('plan.assessment.points'),
      dataIndex: 'points',
      width: 80,
      align: 'right',
      render: (v: number) => <span style={{ color: v < 0 ? '#f5222d' : undefined }}>{v > 0 ? `+${v}` : v}</span>,
    },
    { title: t('plan.assessment.reason'), dataIndex: 'reason', render: (v: string) => <div style={{ minWidth: 200, maxWidth: 560 }}>{v}</div> },
    {
      title: t('plan.assessment.source'),
      key: 'source',
      width: 130,
      render: (_, r) =>
        r.source.type === 'task' ? <Link to={`/plan/tasks/${r.source.id}`}>{r.source.code ?? t('plan.party.openTask')}</Link> : t(`plan.assessment.sources.${r.source.type}`, { defaultValue: r.source.type }),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={items.map((x, key) => ({ ...x, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      scroll={{ x: 'max-content' }}
    />
  );
}

export function AssessmentTable({ units, loading }: { units: UnitScore[]; loading: boolean }) {
  const { t } = useTranslation();
  const narrow = !Grid.useBreakpoint().sm;
  const grade = (g: Grade) => <Tag color={gradeColors[g]}>{t(`plan.grades.${g}`)}</Tag>;
  const columns: TableColumnsType<UnitScore> = [
    { title: t('plan.assessment.rank'), dataIndex: 'rank', width: 56, align: 'center' },
    { title: t('plan.assessment.unit'), dataIndex: 'unitName', render: (v: string) => <div style={{ minWidth: 80, maxWidth: 'min(260px, calc(100vw - 230px))' }}>{v}</div> },
    {
      title: t('plan.assessment.total'),
      dataIndex: 'total',
      width: 80,
      align: 'right',
      render: (v: number, r) => (
        <>
          <strong>{num(v)}</strong>
          {narrow && <div>{grade(r.grade)}</div>}
        </>
      ),
    },
    { title: t('plan.assessment.business'), dataIndex: 'business', width: 80, align: 'right', responsive: ['sm'], render: num },
    { title: t('plan.assessment.party'), dataIndex: 'party', width: 80, align: 'right', responsive: ['sm'], render: num },
    { title: t('plan.assessment.deductions'), dataIndex: 'deductions', width: 80, align: 'right', responsive: ['md'], render: (v: number) => <span style={{ color: v ? '#f5222d' : undefined }}>{v ? `−${v.toFixed(2)}` : '0'}</span> },
    { title: t('plan.assessment.bonus'), dataIndex: 'bonus', width: 70, align: 'right', responsive: ['md'], render: (v: number) => (v ? `+${v.toFixed(2)}` : '0') },
    { title: t('plan.assessment.taskCount'), dataIndex: 'taskCount', width: 70, align: 'right', responsive: ['lg'] },
    { title: t('plan.assessment.grade'), dataIndex: 'grade', width: 80, responsive: ['sm'], render: grade },
  ];
  return (
    <Table<UnitScore>
      data-testid="assessment-table"
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={units}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `assessment-row-${r.unitId}` }) as HTMLAttributes<HTMLElement>}
      expandable={{ expandedRowRender: (r) => <ItemsTable items={r.items} /> }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
