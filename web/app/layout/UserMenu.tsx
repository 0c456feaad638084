// The user's name and role in the header, with change password, two-factor set-up and log-out.
import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Grid, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roleLabels } from '../../../common/permissions.ts';
import { useShortLang } from '../../i18n/index.ts';
import { useLogout } from '../../modules/account/session.ts';
import { useCurrentUser } from '../session.ts';

export function UserMenu({ limited }: { limited: boolean }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const role = roleLabels[me.role]?.[lang] ?? me.role;

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ lineHeight: 1.5, color: 'rgba(0,0,0,0.65)' }}>
          <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>{me.displayName}</div>
          <div>
            {role}
            {me.orgName ? ` · ${me.orgName}` : ''}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    ...(limited
      ? []
      : [
          { key: '/account/password', icon: <KeyOutlined />, label: t('menu.password') },
          { key: '/account/2fa', icon: <SafetyCertificateOutlined />, label: t('menu.totp') },
          { type: 'divider' as const },
        ]),
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') logout.mutate();
    else void navigate(key);
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" style={{ height: 40, paddingInline: 6 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#b7202e' }} />
        {screens.md && (
          <span style={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {me.displayName}
            <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 6 }}>{role}</span>
          </span>
        )}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
