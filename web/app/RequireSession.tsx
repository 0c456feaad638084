// The session gate in front of every page but /login: no session → /login?next=…; an account that
// must change its initial password or enrol TOTP sees only that page until it is done.
import { Alert, App as AntApp, Button, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { peekEndReason, useMe } from './session.ts';

const AppLayout = lazy(async () => ({ default: (await import('./AppLayout.tsx')).AppLayout }));

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

export const forcedPaths = { password: '/account/password', totp: '/account/2fa' } as const;

/** `bare`: the page without the app's menu and header (the cockpit's big screen), still behind the session. */
export function RequireSession({ bare = false }: { bare?: boolean }) {
  const { t } = useTranslation();
  const { data: me, isPending, error, refetch, isFetching } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (error)
    return (
      <div style={{ maxWidth: 480, margin: '15vh auto', padding: 16 }}>
        <Alert
          type="warning"
          showIcon
          title={t('app.serverUnavailable')}
          description={<ErrorMessage error={error} />}
          action={
            <Button type="primary" loading={isFetching} onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      </div>
    );
  if (!me) {
    const params = new URLSearchParams();
    const here = location.pathname + location.search;
    const reason = peekEndReason();
    if (here !== '/' && reason !== 'logout') params.set('next', here);
    if (reason === 'auth.session_expired') params.set('reason', 'expired');
    const q = params.toString();
    return <Navigate to={q ? `/login?${q}` : '/login'} replace />;
  }
  if (me.mustChangePassword && location.pathname !== forcedPaths.password) return <Navigate to={forcedPaths.password} replace />;
  if (!me.mustChangePassword && me.mustEnrollTotp && location.pathname !== forcedPaths.totp) return <Navigate to={forcedPaths.totp} replace />;
  return (
    <Suspense fallback={<FullPageSpin />}>
      {bare ? (
        <AntApp>
          <Outlet />
        </AntApp>
      ) : (
        <AppLayout />
      )}
    </Suspense>
  );
}
