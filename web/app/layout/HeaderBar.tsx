// Header: menu toggle, app name (short on phones), language switch, notifications, user menu.
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';

type Props = { showToggle: boolean; collapsed: boolean; onToggle: () => void; limited: boolean };

export function HeaderBar({ showToggle, collapsed, onToggle, limited }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Layout.Header className="tc-header">
      {showToggle && (
        <Button
          type="text"
          aria-label={t('header.toggleMenu')}
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
          data-testid="menu-toggle"
        />
      )}
      <div className="tc-brand" data-testid="app-name">
        {t('app.shortName')}
        {screens.sm && <span className="tc-brand-sub"> · {t('app.subtitle')}</span>}
      </div>
      <LanguageSwitch />
      {!limited && <NotificationBell />}
      <UserMenu limited={limited} />
    </Layout.Header>
  );
}
