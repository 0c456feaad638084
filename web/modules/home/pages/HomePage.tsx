// Home: who I am, and what the platform has (live) or is building.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleList } from '../components/ModuleList.tsx';
import { WelcomeCard } from '../components/WelcomeCard.tsx';
import { MyWorkCard } from '../../cockpit/components/MyWorkCard.tsx';
import { useCurrentUser } from '../../../app/session.ts';

/** Roles with business work (我的工作); the admin roles have none. */
const businessRoles = new Set(['leader', 'division_staff', 'unit_reporter', 'service_steward']);

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Flex vertical gap={16}>
      {businessRoles.has(me.role) && <MyWorkCard />}
      <WelcomeCard />
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('home.modulesTitle')}
        </Typography.Title>
        <ModuleList />
      </div>
    </Flex>
  );
}
