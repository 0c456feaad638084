// 两步验证: enrol or remove the TOTP second factor. Admin accounts without it see only this page.
import { CheckCircleTwoTone } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/session.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { TotpDisable } from '../components/TotpDisable.tsx';
import { TotpEnroll } from '../components/TotpEnroll.tsx';

export function TwoFactorPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const forced = me.mustEnrollTotp;
  return (
    <div className="tc-page" style={{ maxWidth: 640 }}>
      <PageHeader title={t('account.totp.title')} subtitle={t('account.totp.intro')} />
      <div>
        {me.totpEnabled ? (
          <Flex vertical gap={16}>
            <Typography.Text data-testid="totp-status">
              <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('account.totp.isOn')}
            </Typography.Text>
            <TotpDisable />
          </Flex>
        ) : (
          <TotpEnroll onDone={() => forced && void navigate('/', { replace: true })} />
        )}
      </div>
    </div>
  );
}
