// TOTP enrolment: generate a secret (QR code + text), then confirm with a 6-digit code.
import { Button, Flex, Form, Input, QRCode, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useTotpEnable, useTotpSetup } from '../api.ts';

export function TotpEnroll({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<unknown>(null);
  const secret = setup.data;

  return (
    <Flex vertical gap={16}>
      <Steps
        orientation="vertical"
        size="small"
        current={secret ? 2 : 0}
        items={[
          { title: t('account.totp.step1'), content: t('account.totp.step1Desc') },
          {
            title: t('account.totp.step2'),
            content: secret ? (
              <Flex vertical gap={8} style={{ paddingBlock: 8 }}>
                <QRCode value={secret.uri} size={180} bordered data-testid="totp-qr" />
                <Typography.Text type="secondary">{t('account.totp.manual')}</Typography.Text>
                <Typography.Text code copyable data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
                  {secret.secret}
                </Typography.Text>
              </Flex>
            ) : (
              <Button type="primary" loading={setup.isPending} onClick={() => setup.mutate()} style={{ marginTop: 8 }} data-testid="totp-setup">
                {t('account.totp.generate')}
              </Button>
            ),
          },
          {
            title: t('account.totp.step3'),
            content: secret && (
              <Form
                form={form}
                layout="inline"
                style={{ marginTop: 8, rowGap: 8 }}
                onFinish={({ code }) => {
                  setError(null);
                  enable.mutate(code.trim(), { onSuccess: onDone, onError: setError });
                }}
              >
                <Form.Item name="code" rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpFormat') }]}>
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder="123456" style={{ width: 140 }} data-testid="totp-code" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={enable.isPending} data-testid="totp-enable">
                  {t('account.totp.enable')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
      {error !== null && (
        <Typography.Text type="danger" data-testid="totp-error">
          <ErrorMessage error={error} />
        </Typography.Text>
      )}
    </Flex>
  );
}
