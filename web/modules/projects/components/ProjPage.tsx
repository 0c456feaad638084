// The frame of a projects page: title, year bar, actions, and the loading or error state of its main query.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';

type Props = { title: ReactNode; testId: string; bar?: ReactNode; extra?: ReactNode; error?: unknown; loading?: boolean; onRetry?: () => void; children?: ReactNode };

export function ProjPage({ title, testId, bar, extra, error, loading, onRetry, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tc-page" data-testid={testId}>
      <PageHeader title={title} subtitle={bar} extra={extra} />
      {error ? (
        <Alert
          type={isApiError(error, 'record.not_found') ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={isApiError(error, 'record.not_found') ? t('proj.notFound') : <ErrorMessage error={error} />}
          action={
            onRetry && (
              <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )
          }
        />
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        children
      )}
    </div>
  );
}

export function YearBar({ year, years, onYear, note }: { year: number; years: number[]; onYear: (y: number) => void; note?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center">
      <Select
        size="small"
        value={year}
        onChange={onYear}
        options={years.map((y) => ({ value: y, label: t('proj.year.option', { year: y }) }))}
        style={{ width: 110 }}
        aria-label={t('proj.year.label')}
        data-testid="proj-year"
      />
      {note}
    </Flex>
  );
}
