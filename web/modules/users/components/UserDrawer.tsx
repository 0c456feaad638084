// Create / edit drawer of a user. Edits send only the changed fields, with the record's version.
import { Button, Drawer, Flex, Form, Grid } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { useCreateUser, useUpdateUser, type User, type UserInput, type UserPatch } from '../api.ts';
import { UserForm, type UserFormValues } from './UserForm.tsx';

export type UserDrawerState = { mode: 'create' } | { mode: 'edit'; user: User } | null;

export function UserDrawer({ state, onClose }: { state: UserDrawerState; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const user = state?.mode === 'edit' ? state.user : null;
  const openKey = !state ? '' : user ? `edit:${user.id}:${user.version}` : 'new';
  useEffect(() => {
    if (openKey) form.resetFields();
  }, [openKey, form]);

  const initial: Partial<UserFormValues> = user
    ? { username: user.username, displayName: user.displayName, role: user.role, orgId: user.orgId, phone: '', email: user.email ?? '', active: user.active }
    : { orgId: null };
  const onError = (e: unknown) => applyServerErrors(form, e, lang, 'password');

  const submit = (v: UserFormValues) => {
    const phone = v.phone?.trim() ?? '';
    const email = v.email?.trim() ?? '';
    if (!user) {
      const input: UserInput = { username: v.username.trim(), displayName: v.displayName.trim(), role: v.role, orgId: v.orgId ?? null, password: v.password };
      if (phone) input.phone = phone;
      if (email) input.email = email;
      create.mutate(input, { onSuccess: onClose, onError });
      return;
    }
    const patch: UserPatch = {};
    if (v.displayName.trim() !== user.displayName) patch.displayName = v.displayName.trim();
    if (v.role !== user.role) patch.role = v.role;
    if ((v.orgId ?? null) !== user.orgId) patch.orgId = v.orgId ?? null;
    if (phone) patch.phone = phone; // empty = keep the stored (masked) number
    if (email !== (user.email ?? '')) patch.email = email || null;
    if (v.active !== user.active) patch.active = v.active;
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: user.id, version: user.version, patch }, { onSuccess: onClose, onError });
  };

  return (
    <Drawer
      open={!!state}
      onClose={onClose}
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      size={screens.sm ? 480 : '100%'}
      destroyOnHidden
      data-testid="user-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="user-form-submit">
            {user ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      }
    >
      {state && <UserForm form={form} initial={initial} editing={!!user} phoneMasked={user?.phoneMasked} onFinish={submit} />}
    </Drawer>
  );
}
