// Greets the user with name, role and org unit.
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../../../common/permissions.ts';
import { useCurrentUser } from '../../../app/session.ts';
import { useShortLang } from '../../../i18n/index.ts';

export function WelcomeCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const lang = useShortLang();
  return (
    <Card variant="borderless" data-testid="welcome">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          { key: 'role', label: t('home.role'), children: roleLabels[me.role]?.[lang] ?? me.role },
          { key: 'org', label: t('home.org'), children: me.orgName ?? t('home.noOrg') },
          { key: 'totp', label: t('home.totp'), children: me.totpEnabled ? t('home.totpOn') : t('home.totpOff') },
        ]}
      />
    </Card>
  );
}
