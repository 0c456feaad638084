// 目标责任考核: per town and key energy user, the year's targets (intensity drop, cap), the quarterly
// figures, the intensity drop so far, the scores (intensity, total, measures, deductions), grade and rank;
// a row expands to its quarters and measure tasks; a town reports its own quarters; xlsx and docx exports.
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Descriptions, Flex, Popconfirm, Select, Table, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { energyPaths, useAssessment } from '../api.ts';
import { useOffTargetTasks } from '../mutations.ts';
import { QuarterModal } from '../components/QuarterModal.tsx';
import { TargetModal } from '../components/TargetModal.tsx';
import { NewTargetModal } from '../components/NewTargetModal.tsx';
import { fmtInt, fmtIntensity, fmtPct } from '../components/format.tsx';
import type { AssessmentRow } from '../types.ts';

const keys = ['year', 'offTarget'] as const;
const gradeColor: Record<string, string> = { excellent: 'green', met: 'blue', basic: 'orange', failed: 'red' };

export function AssessmentPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const year = positiveInt(p.year, 2023);
  const q = useAssessment(year, p.offTarget === 'true');
  const [reporting, setReporting] = useState<AssessmentRow | null>(null);
  const [editing, setEditing] = useState<AssessmentRow | null>(null);
  const [adding, setAdding] = useState(false);
  const makeTasks = useOffTargetTasks(year);
  const a = q.data;
  const columns: TableColumnsType<AssessmentRow> = [
    { title: t('energy.col.rank'), dataIndex: 'rank', width: 60, align: 'center', fixed: 'left' },
    { title: t('energy.col.name'), dataIndex: 'name', width: 190, fixed: 'left', render: (v: string, r) => <Flex vertical><span>{v}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`energy.kind.${r.kind}`)}{r.industry ? ` · ${r.industry}` : ''}</Typography.Text></Flex> },
    { title: t('energy.col.targetDrop'), dataIndex: 'targetDropPct', width: 100, align: 'right', render: (v: number) => fmtPct(v) },
    { title: t('energy.col.actualDrop'), dataIndex: 'actualDropPct', width: 110, align: 'right', render: (v: number | null, r) => <Flex gap={4} justify="end">{fmtPct(v)}{r.offTarget && <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('energy.assessment.offTag')}</Tag>}</Flex> },
    { title: `${t('energy.col.cap')}（tce）`, dataIndex: 'capTce', width: 120, align: 'right', render: (v: number) => fmtInt(v) },
    { title: `${t('energy.col.actualTce')}（tce）`, dataIndex: 'actualTce', width: 120, align: 'right', render: (v: number, r) => <span style={{ color: v > r.capTce ? '#cf1322' : undefined }}>{fmtInt(v)}</span> },
    { title: `${t('energy.col.intensity')}（tce/万元）`, dataIndex: 'actualIntensity', width: 130, align: 'right', render: (v: number | null) => fmtIntensity(v) },
    { title: t('energy.col.quarters'), dataIndex: 'quartersReported', width: 80, align: 'center', render: (v: number) => `${v}/4` },
    { title: `${t('energy.col.intensityScore')}`, dataIndex: 'intensityScore', width: 80, align: 'right' },
    { title: `${t('energy.col.totalScore')}`, dataIndex: 'totalScore', width: 80, align: 'right' },
    { title: `${t('energy.col.measureScore')}`, dataIndex: 'measureScore', width: 80, align: 'right' },
    { title: t('energy.col.deduction'), dataIndex: 'deduction', width: 60, align: 'right' },
    { title: t('energy.col.score'), dataIndex: 'score', width: 70, align: 'right', render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('energy.col.grade'), dataIndex: 'gradeLabel', width: 100, render: (v: string, r) => <Tag color={gradeColor[r.grade]}>{v}</Tag> },
    {
      title: '', key: 'act', width: 170, fixed: 'right',
      render: (_, r) => (
        <Flex gap={4}>
          {r.abilities.report && <Button size="small" onClick={() => setReporting(r)} data-testid={`energy-report-${r.id}`}>{t('energy.form.report')}</Button>}
          {r.abilities.edit && <Button size="small" onClick={() => setEditing(r)} data-testid={`energy-edit-${r.id}`}>{t('energy.assessment.edit')}</Button>}
        </Flex>
      ),
    },
  ];
  const bar = (
    <Flex gap={12} align="center" wrap>
      <Select value={year} onChange={(v) => setP({ year: v })} options={[2022, 2023, 2024].map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} data-testid="energy-assessment-year" />
      <Checkbox checked={p.offTarget === 'true'} onChange={(e) => setP({ offTarget: e.target.checked ? 'true' : '' })} data-testid="energy-offtarget">{t('energy.assessment.offTarget')}</Checkbox>
      {a && <Typography.Text type="secondary">{t('energy.assessment.scheme', a.scheme)}</Typography.Text>}
    </Flex>
  );
  const extra = (
    <Flex gap={8} wrap>
      {a?.abilities.write && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="energy-target-add">{t('energy.assessment.add')}</Button>}
      {a?.abilities.write && a.items.some((i) => i.offTarget && i.kind === 'town') && (
        <Popconfirm title={t('energy.assessment.makeTasksConfirm')} onConfirm={() => makeTasks.mutate(undefined)} okButtonProps={{ 'data-testid': 'energy-make-tasks-ok' } as ButtonProps}>
          <Button loading={makeTasks.isPending} data-testid="energy-make-tasks">{t('energy.assessment.makeTasks')}</Button>
        </Popconfirm>
      )}
      <DownloadButton path={energyPaths.assessmentXlsx} query={{ year }} fileName={`${year}年节能目标责任考核.xlsx`} testId="energy-assessment-xlsx" icon={<FileExcelOutlined />}>{t('energy.assessment.xlsx')}</DownloadButton>
      <DownloadButton path={energyPaths.assessmentDocx} query={{ year }} fileName={`${year}年节能目标责任考核结果.docx`} testId="energy-assessment-docx">{t('energy.assessment.docx')}</DownloadButton>
    </Flex>
  );
  return (
    <ModulePage title={t('energy.assessment.title')} testId="energy-assessment" bar={bar} extra={extra} error={q.error} loading={!a && q.isPending} onRetry={() => void q.refetch()}>
      <Table<AssessmentRow> rowKey="id" size="small" columns={columns} dataSource={a?.items ?? []} loading={q.isFetching} pagination={false} scroll={{ x: 1600 }} data-testid="energy-assessment-table"
        expandable={{
          expandedRowRender: (r) => (
            <Flex gap={24} wrap>
              <div style={{ minWidth: 420 }}>
                <Typography.Text strong>{t('energy.assessment.quarters')}</Typography.Text>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>{t('energy.assessment.base', { tce: fmtInt(r.baseTce), output: fmtInt(r.baseOutput), intensity: fmtIntensity(r.baseIntensity) })}</Typography.Paragraph>
                <Descriptions size="small" bordered column={1} items={[1, 2, 3, 4].map((n) => {
                  const qq = r.quarters.find((x) => x.quarter === `${r.year}-Q${n}`);
                  return { key: n, label: `${r.year}年第${n}季度`, children: qq ? `${fmtInt(qq.energyTce)} tce · ${fmtInt(qq.output)} 万元 · ${fmtIntensity(qq.intensity)} tce/万元` : t('energy.assessment.notReported') };
                })} />
              </div>
              <div style={{ minWidth: 320 }}>
                <Typography.Text strong>{t('energy.assessment.tasks')}</Typography.Text>
                <Descriptions size="small" bordered column={1} items={r.tasks.map((k, i) => ({ key: i, label: `${k.title}（${k.points}分）`, children: k.score === null ? '—' : `${k.score}` }))} />
                {r.deductionNote && <Typography.Paragraph type="danger" style={{ marginTop: 4 }}>{t('energy.col.deduction')}：{r.deduction}（{r.deductionNote}）</Typography.Paragraph>}
              </div>
            </Flex>
          ),
        }} />
      <QuarterModal row={reporting} onClose={() => setReporting(null)} />
      <TargetModal row={editing} onClose={() => setEditing(null)} />
      <NewTargetModal open={adding} year={year} onClose={() => setAdding(false)} />
    </ModulePage>
  );
}
