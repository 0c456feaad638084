// Sets a new initial password for a user; the user must change it at the next log-in.
import { Alert, Form, Modal, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { GeneratedPasswordInput, passwordHelp, passwordRules } from '../../../components/password.tsx';
import { useUiLang } from '../../../i18n/index.ts';
import { useResetPassword, type User } from '../api.ts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);
  return (
    <Modal
      open={!!user}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.resetPassword')}
      confirmLoading={reset.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'user-reset-submit' } as ButtonProps}
    >
      <Alert type="info" showIcon title={t('users.resetInfo')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={({ password }) =>
          user && reset.mutate({ user, password }, { onSuccess: onClose, onError: (e) => applyServerErrors(form, e, lang, 'password') })
        }
      >
        <Form.Item name="password" label={t('users.newPassword')} extra={passwordHelp(t)} rules={passwordRules(t, () => user?.username)}>
          <GeneratedPasswordInput t={t} testId="user-reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
