// 开放接口与推送: open-API tokens, alert webhooks, and how to call the open API.
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { OpenApiPanel } from '../components/OpenApiPanel.tsx';
import { TokensCard } from '../components/TokensCard.tsx';
import { WebhooksCard } from '../components/WebhooksCard.tsx';

export function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <ModulePage title={t('platformAdmin.menu.integrations')} testId="integrations-page">
      <Flex vertical gap={16}>
        <TokensCard />
        <WebhooksCard />
        <OpenApiPanel />
      </Flex>
    </ModulePage>
  );
}
