// The side menu, one table: each entry shows when the user holds the route's permissions.
import { ApartmentOutlined, AuditOutlined, HomeOutlined, KeyOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../common/permissions.ts';
import { routePermissions } from './access.ts';

export type MenuEntry = { path: string; labelKey: string; icon: ReactNode; requires?: readonly Permission[] };
export type MenuGroup = { key: string; labelKey?: string; entries: MenuEntry[] };

export const menuGroups: MenuGroup[] = [
  { key: 'main', entries: [{ path: '/', labelKey: 'menu.home', icon: <HomeOutlined /> }] },
  {
    key: 'system',
    labelKey: 'menu.system',
    entries: [
      { path: '/admin/orgs', labelKey: 'menu.orgs', icon: <ApartmentOutlined />, requires: routePermissions['/admin/orgs'] },
      { path: '/admin/users', labelKey: 'menu.users', icon: <TeamOutlined />, requires: routePermissions['/admin/users'] },
      { path: '/audit', labelKey: 'menu.audit', icon: <AuditOutlined />, requires: routePermissions['/audit'] },
    ],
  },
  {
    key: 'account',
    labelKey: 'menu.account',
    entries: [
      { path: '/account/password', labelKey: 'menu.password', icon: <KeyOutlined /> },
      { path: '/account/2fa', labelKey: 'menu.totp', icon: <SafetyCertificateOutlined /> },
    ],
  },
];
