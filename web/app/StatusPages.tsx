// 403 and 404 pages.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('status.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('status.backHome')}</Button>
        </Link>
      }
      data-testid="page-403"
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('status.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('status.backHome')}</Button>
        </Link>
      }
      data-testid="page-404"
    />
  );
}
