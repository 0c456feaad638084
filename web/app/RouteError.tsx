// Last-resort error screen of the router (a page crashed, or a code chunk failed to load after an
// upgrade); offers a reload instead of a blank page.
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunk = error instanceof Error && /dynamically imported module|Importing a module script failed|Loading chunk/i.test(error.message);
  if (error) console.error(error);
  return (
    <div style={{ maxWidth: 480, margin: '15vh auto', padding: 16 }}>
      <Alert
        type="warning"
        showIcon
        title={chunk ? t('status.newVersion') : t('status.crashed')}
        action={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
        }
      />
    </div>
  );
}
