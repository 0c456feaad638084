// Side navigation built from menuGroups, filtered by the user's permissions.
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { menuGroups } from '../menu.tsx';
import { hasAll, useCurrentUser } from '../session.ts';

type Item = Required<MenuProps>['items'][number];

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const navigate = useNavigate();

  const items: Item[] = [];
  const paths: string[] = [];
  for (const group of menuGroups) {
    const entries = group.entries.filter((e) => hasAll(me, e.requires));
    if (entries.length === 0) continue;
    const children = entries.map((e) => {
      paths.push(e.path);
      return { key: e.path, icon: e.icon, label: t(e.labelKey), 'data-testid': `menu-${e.path}` } as Item;
    });
    if (group.labelKey) items.push({ type: 'group', key: group.key, label: t(group.labelKey), children });
    else items.push(...children);
  }
  const selected = paths.filter((p) => p === pathname || (p !== '/' && pathname.startsWith(`${p}/`))).sort((a, b) => b.length - a.length)[0];

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
      data-testid="side-menu"
    />
  );
}
