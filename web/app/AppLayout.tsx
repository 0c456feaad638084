// The signed-in chrome: collapsible side menu (breakpoint lg, hidden entirely when collapsed),
// header, page area. An account that must first change its password or enrol TOTP gets the
// page without the menu.
import { Alert, App as AntApp, Layout, Spin } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { HeaderBar } from './layout/HeaderBar.tsx';
import { SideMenu } from './layout/SideMenu.tsx';
import { useUiLang } from '../i18n/index.ts';
import { useCurrentUser } from './session.ts';
import { useIdleLogout } from './useIdleLogout.ts';

const narrowQuery = '(max-width: 991.98px)'; // antd's lg breakpoint

function startsNarrow(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.(narrowQuery).matches;
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [narrow, setNarrow] = useState(startsNarrow);
  const [collapsed, setCollapsed] = useState(startsNarrow);
  useIdleLogout(me.sessionIdleMinutes);
  const limited = me.mustChangePassword || me.mustEnrollTotp;
  const lang = useUiLang();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn'); // date pickers
  }, [lang]);

  return (
    <AntApp>
    <Layout style={{ minHeight: '100vh' }}>
      {!limited && (
        <Layout.Sider
          breakpoint="lg"
          collapsedWidth={0}
          collapsed={collapsed}
          trigger={null}
          width={208}
          onBreakpoint={(broken) => {
            setNarrow(broken);
            setCollapsed(broken);
          }}
          style={{ position: narrow ? 'fixed' : 'sticky', top: 0, left: 0, height: '100vh', zIndex: 100, overflow: 'auto' }}
          data-testid="sider"
        >
          <div className="tc-sider-logo">{t('app.shortName')}</div>
          <SideMenu onNavigate={() => narrow && setCollapsed(true)} />
        </Layout.Sider>
      )}
      {!limited && narrow && !collapsed && <div className="tc-backdrop" onClick={() => setCollapsed(true)} />}
      <Layout style={{ minWidth: 0 }}>
        <HeaderBar showToggle={!limited} collapsed={collapsed} onToggle={() => setCollapsed((c) => !c)} limited={limited} />
        <Layout.Content className="tc-content">
          {limited && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={me.mustChangePassword ? t('account.forced.password') : t('account.forced.totp')}
            />
          )}
          <Suspense
            fallback={
              <div style={{ padding: 48, textAlign: 'center' }}>
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
    </AntApp>
  );
}
