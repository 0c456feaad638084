// Detail / edit / create drawer of an org unit. Only what the record's abilities allow is offered.
import { Button, Descriptions, Drawer, Flex, Form, Grid, Popconfirm } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { useCreateOrg, useDeleteOrg, useUpdateOrg, type OrgPatch, type OrgUnit } from '../api.ts';
import { selfAndDescendants } from '../tree.ts';
import { OrgForm, type OrgFormValues } from './OrgForm.tsx';

export type OrgDrawerState = { mode: 'create'; parentId: number | null } | { mode: 'edit'; org: OrgUnit } | null;

type Props = { state: OrgDrawerState; all: OrgUnit[]; onClose: () => void };

export function OrgDrawer({ state, all, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<OrgFormValues>();
  const create = useCreateOrg();
  const update = useUpdateOrg();
  const remove = useDeleteOrg();
  const org = state?.mode === 'edit' ? state.org : null;
  const readOnly = !!org && !org.abilities.update;

  const initial: Partial<OrgFormValues> = org
    ? { code: org.code, name: org.name, kind: org.kind, parentId: org.parentId, sortOrder: org.sortOrder, active: org.active }
    : { parentId: state?.mode === 'create' ? state.parentId : null, sortOrder: 0 };
  // The form instance outlives the drawer's content: start each opening from the record's values.
  const openKey = !state ? '' : state.mode === 'edit' ? `edit:${state.org.id}:${state.org.version}` : `new:${state.parentId}`;
  useEffect(() => {
    if (openKey) form.resetFields();
  }, [openKey, form]);
  const disabledParents = useMemo(() => (org ? selfAndDescendants(all, org.id) : undefined), [org, all]);

  const onError = (e: unknown) => applyServerErrors(form, e, lang);

  const submit = (v: OrgFormValues) => {
    const values = { ...v, code: v.code.trim(), name: v.name.trim(), parentId: v.parentId ?? null, sortOrder: v.sortOrder ?? 0 };
    if (!org) {
      const { active: _active, ...input } = values;
      create.mutate(input, { onSuccess: onClose, onError });
      return;
    }
    const patch: OrgPatch = {};
    for (const k of ['code', 'name', 'kind', 'parentId', 'sortOrder', 'active'] as const) {
      if (values[k] !== org[k]) (patch as Record<string, unknown>)[k] = values[k];
    }
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: org.id, version: org.version, patch }, { onSuccess: onClose, onError });
  };

  const title = !state ? '' : org ? (readOnly ? org.name : t('orgs.editTitle', { name: org.name })) : t('orgs.createTitle');

  return (
    <Drawer
      open={!!state}
      onClose={onClose}
      title={title}
      size={screens.sm ? 480 : '100%'}
      destroyOnHidden
      data-testid="org-drawer"
      footer={
        <Flex justify="space-between" gap={8}>
          <div>
            {org?.abilities.delete && (
              <Popconfirm
                title={t('orgs.confirmDelete', { name: org.name })}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove.mutate(org, { onSuccess: onClose })}
              >
                <Button danger loading={remove.isPending} data-testid="org-delete">
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </div>
          <Flex gap={8}>
            <Button onClick={onClose}>{readOnly ? t('common.close') : t('common.cancel')}</Button>
            {!readOnly && (
              <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="org-form-submit">
                {org ? t('common.save') : t('common.create')}
              </Button>
            )}
          </Flex>
        </Flex>
      }
    >
      {org && (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'users', label: t('orgs.userCount'), children: org.userCount },
            { key: 'id', label: 'ID', children: org.id },
          ]}
        />
      )}
      {state && <OrgForm form={form} initial={initial} editing={!!org} disabledParents={disabledParents} readOnly={readOnly} onFinish={submit} />}
    </Drawer>
  );
}
