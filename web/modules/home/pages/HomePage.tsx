// Home: who I am, and what the platform has (live) or is building.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleList } from '../components/ModuleList.tsx';
import { WelcomeCard } from '../components/WelcomeCard.tsx';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
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
