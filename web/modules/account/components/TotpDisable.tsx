// Turns TOTP off with a current code. Admin accounts must keep it (the server refuses: auth.forbidden).
import { Alert, Button, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminRoles } from '../../../../common/permissions.ts';
import { useCurrentUser } from '../../../app/session.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useTotpDisable } from '../api.ts';

export function TotpDisable() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const disable = useTotpDisable();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<unknown>(null);
  if (adminRoles.includes(me.role)) return <Alert type="info" showIcon title={t('account.totp.adminMustKeep')} />;
  return (
    <>
      <Form form={form} layout="inline" style={{ rowGap: 8 }} onFinish={({ code }) => disable.mutate(code.trim(), { onError: setError })}>
        <Form.Item name="code" label={t('login.totp')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpFormat') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 140 }} data-testid="totp-disable-code" />
        </Form.Item>
        <Popconfirm title={t('account.totp.confirmDisable')} okButtonProps={{ danger: true }} onConfirm={() => form.submit()}>
          <Button danger loading={disable.isPending} data-testid="totp-disable">
            {t('account.totp.disable')}
          </Button>
        </Popconfirm>
      </Form>
      {error !== null && <Alert type="error" showIcon style={{ marginTop: 12 }} title={<ErrorMessage error={error} />} />}
    </>
  );
}
