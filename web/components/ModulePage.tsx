// The frame of a module page: title, a bar under it (year, date, filters), actions, and the loading or
// error state of the page's main query.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage.tsx';
import { PageHeader } from './PageHeader.tsx';

type Props = { title: ReactNode; testId: string; bar?: ReactNode; extra?: ReactNode; error?: unknown; loading?: boolean; onRetry?: () => void; children?: ReactNode };

export function ModulePage({ title, testId, bar, extra, error, loading, onRetry, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tc-page" data-testid={testId}>
      <PageHeader title={title} subtitle={bar} extra={extra} />
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={<ErrorMessage error={error} />}
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
