// Fields of a user (create and edit). Limits come from common/limits.ts, like the server's.
import { Form, Input, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { roleLabels, roles, unitScopedRoles, type Role } from '../../../../common/permissions.ts';
import { GeneratedPasswordInput, passwordHelp, passwordRules } from '../../../components/password.tsx';
import { useShortLang } from '../../../i18n/index.ts';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect.tsx';

export type UserFormValues = {
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  phone: string;
  email: string;
  password: string;
  active: boolean;
};

type Props = { form: FormInstance<UserFormValues>; initial: Partial<UserFormValues>; editing: boolean; phoneMasked?: string | null; onFinish: (v: UserFormValues) => void };

export function UserForm({ form, initial, editing, phoneMasked, onFinish }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const role = Form.useWatch('role', form);
  const orgRequired = !!role && unitScopedRoles.includes(role);
  return (
    <Form<UserFormValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} data-testid="user-form">
      <Form.Item
        name="username"
        label={t('users.username')}
        rules={editing ? [] : [{ required: true, whitespace: true }, { min: limits.usernameMin }, { max: limits.usernameMax }]}
      >
        <Input disabled={editing} maxLength={limits.usernameMax} autoComplete="off" data-testid="user-form-username" />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true }, { max: limits.displayNameMax }]}>
        <Input maxLength={limits.displayNameMax} data-testid="user-form-displayName" />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]} extra={t('users.roleHelp')}>
        <Select
          options={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))}
          placeholder={t('common.pleaseSelect')}
          data-testid="user-form-role"
        />
      </Form.Item>
      <Form.Item name="orgId" label={t('users.org')} rules={[{ required: orgRequired, message: t('users.orgRequired') }]}>
        <OrgTreeSelect data-testid="user-form-org" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('users.phone')}
        extra={editing && phoneMasked ? t('users.phoneKeep', { masked: phoneMasked }) : undefined}
        rules={[{ max: limits.phoneMax }, { pattern: /^[0-9+\-\s()]*$/, message: t('users.phoneFormat') }]}
      >
        <Input maxLength={limits.phoneMax} inputMode="tel" placeholder={editing ? (phoneMasked ?? '') : ''} autoComplete="off" data-testid="user-form-phone" />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email' }, { max: limits.emailMax }]}>
        <Input maxLength={limits.emailMax} inputMode="email" autoComplete="off" data-testid="user-form-email" />
      </Form.Item>
      {!editing && (
        <Form.Item
          name="password"
          label={t('users.initialPassword')}
          extra={`${passwordHelp(t)} ${t('users.initialPasswordHelp')}`}
          rules={passwordRules(t, () => form.getFieldValue('username'))}
          dependencies={['username']}
        >
          <GeneratedPasswordInput t={t} testId="user-form-password" />
        </Form.Item>
      )}
      {editing && (
        <Form.Item name="active" label={t('users.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('users.disabled')} data-testid="user-form-active" />
        </Form.Item>
      )}
    </Form>
  );
}
