// 修改密码: own password change. Also the only page an account with an initial password may use.
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../common/limits.ts';
import { useCurrentUser } from '../../../app/session.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { passwordHelp, passwordRules } from '../../../components/password.tsx';
import { useUiLang } from '../../../i18n/index.ts';
import { useChangePassword, type PasswordInput } from '../api.ts';

type Values = PasswordInput & { confirm: string };

export function PasswordPage() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const forced = me.mustChangePassword;

  const submit = ({ currentPassword, newPassword }: Values) => {
    setError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          if (forced) void navigate('/', { replace: true });
        },
        onError: (e) => {
          setError(e);
          applyServerErrors(form, e, lang, 'newPassword');
        },
      },
    );
  };

  return (
    <div className="tc-page" style={{ maxWidth: 560 }}>
      <PageHeader title={t('account.password.title')} />
      <div>
        {error !== null && <Alert type="error" showIcon title={<ErrorMessage error={error} />} style={{ marginBottom: 16 }} data-testid="password-error" />}
        <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="password-form">
          <Form.Item name="currentPassword" label={t('account.password.current')} rules={[{ required: true, message: t('password.required') }]}>
            <Input.Password autoComplete="current-password" maxLength={limits.passwordMax} data-testid="password-current" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('account.password.new')} extra={passwordHelp(t)} rules={passwordRules(t, () => me.username)}>
            <Input.Password autoComplete="new-password" maxLength={limits.passwordMax} data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('account.password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.required') },
              ({ getFieldValue }) => ({
                validator: async (_, v) => {
                  if (v && v !== getFieldValue('newPassword')) throw new Error(t('account.password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={limits.passwordMax} data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
            {t('account.password.submit')}
          </Button>
        </Form>
      </div>
    </div>
  );
}
