// Home: who I am, and what the platform has (live) or is building.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleList } from '../components/ModuleList.tsx';
import { WelcomeCard } from '../components/WelcomeCard.tsx';
import { MyWorkCard } from '../../cockpit/components/MyWorkCard.tsx';
import { useCurrentUser } from '../../../app/session.ts';

/** 我的工作 is for those who read some business module; the admin roles have no business work. */
const businessReads = ['plan.read', 'econ.read', 'proj.read', 'ent.read', 'price.read', 'live.read', 'energy.read'];

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Flex vertical gap={16}>
      {me.permissions.some((p) => businessReads.includes(p)) && <MyWorkCard />}
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
