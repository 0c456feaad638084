// The frame of every plan page: title, year picker with the status date, and the page body once the
// year's plan structure (areas, work points, rule) has loaded; loading, errors and "no plan yet" here.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { usePlan } from '../api.ts';
import { usePlanYear } from '../hooks/usePlanYear.ts';
import type { PlanStructure } from '../types.ts';
import { PlanYearBar } from './PlanYearBar.tsx';

type Props = { title: ReactNode; testId: string; extra?: (plan: PlanStructure) => ReactNode; children: (plan: PlanStructure) => ReactNode };

export function PlanGate({ title, testId, extra, children }: Props) {
  const { t } = useTranslation();
  const { year, years, setYear, loading, error } = usePlanYear();
  const plan = usePlan(year);
  const failed = error ?? plan.error;
  return (
    <div className="tc-page" data-testid={testId}>
      <PageHeader
        title={title}
        subtitle={<PlanYearBar year={year} years={years} onChange={setYear} statusDate={plan.data?.statusDate} isDemo={plan.data?.isDemo} />}
        extra={plan.data && extra ? extra(plan.data) : undefined}
      />
      {failed && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={<ErrorMessage error={failed} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void plan.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {!failed && !loading && year === null && <Empty description={t('plan.year.none')} />}
      {!failed && (loading || (year !== null && plan.isPending)) && (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin />
        </div>
      )}
      {plan.data && children(plan.data)}
    </div>
  );
}
