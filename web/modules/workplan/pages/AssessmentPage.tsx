// 年度考核: units ranked by score (business and party building in one sheet, 同考核), each point
// traceable to its task, report or notice; the scheme editor (plan.write) and xlsx / docx exports.
import { FileExcelOutlined, FileWordOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { hasAll, useCurrentUser } from '../../../app/session.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useNotify } from '../../../components/useNotify.tsx';
import { planPaths, useAssessment } from '../api.ts';
import { AssessmentTable } from '../components/assessment/AssessmentTable.tsx';
import { SchemeDrawer } from '../components/assessment/SchemeDrawer.tsx';
import { PlanGate } from '../components/PlanGate.tsx';
import type { PlanStructure } from '../types.ts';

export function AssessmentPage() {
  const { t } = useTranslation();
  return (
    <PlanGate title={t('plan.assessment.title')} testId="plan-assessment" extra={(plan) => <Exports year={plan.year} />}>
      {(plan) => <AssessmentBody plan={plan} />}
    </PlanGate>
  );
}

function Exports({ year }: { year: number }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);
  const download = async (kind: 'xlsx' | 'docx') => {
    setBusy(kind);
    try {
      await api.download(kind === 'xlsx' ? planPaths.assessmentXlsx(year) : planPaths.assessmentDocx(year), `${t('plan.assessment.fileBase', { year })}.${kind}`);
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')} data-testid="assessment-xlsx">
        {t('plan.assessment.exportXlsx')}
      </Button>
      <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void download('docx')} data-testid="assessment-docx">
        {t('plan.assessment.exportDocx')}
      </Button>
    </>
  );
}

function AssessmentBody({ plan }: { plan: PlanStructure }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const data = useAssessment(plan.year);
  const [editing, setEditing] = useState(false);
  const s = data.data?.scheme;
  return (
    <>
      {data.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={data.error} />} />}
      {s && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          data-testid="assessment-scheme"
          title={t('plan.assessment.schemeSummary', {
            business: s.businessShare,
            party: s.partyShare,
            onTime: s.completion.onTime,
            late: s.completion.late,
            partial: s.completion.partial,
            undone: s.completion.undone,
            cap: s.bonusCap,
          })}
          description={
            <Typography.Text type="secondary">
              {t('plan.assessment.deductionSummary', { ...s.deductions })}
              {data.data && data.data.units.length < data.data.rankedUnits && ` ${t('plan.assessment.ownOnly', { count: data.data.rankedUnits })}`}
            </Typography.Text>
          }
          action={
            hasAll(me, ['plan.write']) && (
              <Button size="small" icon={<SettingOutlined />} onClick={() => setEditing(true)} data-testid="scheme-open">
                {t('plan.assessment.editScheme')}
              </Button>
            )
          }
        />
      )}
      <AssessmentTable units={data.data?.units ?? []} loading={data.isFetching} />
      {s && <SchemeDrawer plan={plan} scheme={s} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
