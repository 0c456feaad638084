// 十四五规划中期评估: the plan's indicator table as of a year — progress against the elapsed share of the
// plan, computed ratings with manual overrides, binding indicators behind flagged red — the plan's tasks
// with their work-plan tasks, and the evaluation report (.docx).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { econPaths, useFyp } from '../api.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { FormulaButton } from '../components/FormulaDrawer.tsx';
import { ActualModal } from '../components/fyp/ActualModal.tsx';
import { FypTable } from '../components/fyp/FypTable.tsx';
import { FypTaskModal } from '../components/fyp/FypTaskModal.tsx';
import { FypTasksTable } from '../components/fyp/FypTasksTable.tsx';
import { OverrideModal } from '../components/fyp/OverrideModal.tsx';
import type { FypEvaluationRow, FypTask } from '../types.ts';

const planYears = [2021, 2022, 2023, 2024, 2025];

export function FypPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('asOfYear'));
  const q = useFyp(planYears.includes(fromUrl) ? fromUrl : null);
  const d = q.data;
  const [actual, setActual] = useState<FypEvaluationRow | null>(null);
  const [override, setOverride] = useState<FypEvaluationRow | null>(null);
  const [taskModal, setTaskModal] = useState<{ task: FypTask | null } | null>(null);
  const canWrite = !!d?.abilities.write;
  const flagged = d?.items.filter((r) => r.evaluation.flag).length ?? 0;
  return (
    <ModulePage
      title={t('econ.fyp.title')}
      testId="econ-fyp"
      bar={
        <Flex gap={8} align="center" wrap>
          <Select
            size="small"
            value={d?.asOfYear}
            onChange={(y: number) => setParams((p) => { const n = new URLSearchParams(p); n.set('asOfYear', String(y)); return n; })}
            options={planYears.map((y) => ({ value: y, label: t('econ.fyp.asOfOption', { year: y }) }))}
            style={{ width: 150 }}
            aria-label={t('econ.fyp.asOf')}
            data-testid="econ-fyp-year"
          />
        </Flex>
      }
      extra={
        <>
          <FormulaButton />
          {d && (
            <DownloadButton path={econPaths.fypReport} query={{ asOfYear: d.asOfYear }} fileName={t('econ.fyp.reportFile', { year: d.asOfYear })} testId="econ-fyp-report">
              {t('econ.fyp.report')}
            </DownloadButton>
          )}
        </>
      }
      error={q.error}
      loading={!d}
      onRetry={() => void q.refetch()}
    >
      {d && (
        <>
          <Flex gap={12} wrap style={{ marginBottom: 12 }}>
            <Card size="small" style={{ minWidth: 160 }}>
              <Statistic title={t('econ.fyp.expectedShort')} value={d.expectedPct} suffix="%" />
            </Card>
            <Card size="small" style={{ minWidth: 160 }}>
              <Statistic title={t('econ.fyp.indicators')} value={d.items.length} />
            </Card>
            <Card size="small" style={{ minWidth: 160, borderTop: flagged ? '3px solid #f5222d' : undefined }} data-testid="econ-fyp-flagged">
              <Statistic title={t('econ.fyp.flagged')} value={flagged} styles={{ content: { color: flagged ? '#f5222d' : undefined } }} />
            </Card>
          </Flex>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('econ.fyp.method', { year: d.asOfYear, pct: d.expectedPct })} />
          <FypTable items={d.items} asOfYear={d.asOfYear} canWrite={canWrite} onActual={setActual} onOverride={setOverride} />
          <Card
            size="small"
            title={t('econ.fyp.tasksTitle')}
            style={{ marginTop: 16 }}
            extra={canWrite && <Button size="small" icon={<PlusOutlined />} onClick={() => setTaskModal({ task: null })}>{t('econ.fyp.createTask')}</Button>}
          >
            <FypTasksTable tasks={d.tasks} canWrite={canWrite} onEdit={(task) => setTaskModal({ task })} />
          </Card>
          <ActualModal row={actual} defaultYear={d.asOfYear} onClose={() => setActual(null)} />
          <OverrideModal row={override} onClose={() => setOverride(null)} />
          <FypTaskModal state={taskModal} onClose={() => setTaskModal(null)} />
        </>
      )}
    </ModulePage>
  );
}
