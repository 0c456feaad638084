// Create / edit drawer of an enterprise (the division). A wrong credit code is refused in the form;
// the server's answers (code taken, stale version, field issues) land on their fields.
import { Alert, Button, Drawer, Flex, Form, Grid } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { applyServerErrors } from '../../../../components/formErrors.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { useCreateEnterprise, useUpdateEnterprise } from '../../mutations.ts';
import type { Enterprise, EnterpriseDetail, EnterpriseInput } from '../../types.ts';
import { EnterpriseForm } from './EnterpriseForm.tsx';

export type EnterpriseDrawerState = { mode: 'create' } | { mode: 'edit'; enterprise: Enterprise } | null;

const codeFields: Record<string, keyof EnterpriseInput> = { 'ent.uscc_taken': 'uscc', 'ent.steward_role': 'stewardUserId', 'ent.unit_not_found': 'townId' };

function initialOf(e: Enterprise | null, year: number): Partial<EnterpriseInput> {
  if (!e) return { listYear: year, townId: null, stewardUserId: null, address: '', contactName: '', contactPhone: '', servicePackage: '' };
  return {
    uscc: e.uscc, name: e.name, industry: e.industry, size: e.size, zone: e.zone, townId: e.townId, address: e.address, contactName: e.contactName,
    contactPhone: e.contactPhone ?? '', stewardUserId: e.stewardUserId, listYear: e.listYear, servicePackage: e.servicePackage,
  };
}

export function EnterpriseDrawer({ state, year, onClose, onCreated }: { state: EnterpriseDrawerState; year: number; onClose: () => void; onCreated?: (e: EnterpriseDetail) => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<EnterpriseInput>();
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise();
  const [error, setError] = useState<unknown>(null);
  const editing = state?.mode === 'edit' ? state.enterprise : null;
  const openKey = !state ? '' : editing ? `edit:${editing.id}:${editing.version}` : 'new';
  useEffect(() => {
    if (!openKey) return;
    form.resetFields();
    form.setFieldsValue(initialOf(editing, year) as EnterpriseInput);
    setError(null);
  }, [openKey]);

  const fail = (e: unknown) => {
    applyServerErrors(form, e, lang);
    const field = isApiError(e) ? codeFields[e.code] : undefined;
    if (field) form.setFields([{ name: field, errors: [(e as Error).message] }]);
    else setError(e);
  };
  const finish = (v: EnterpriseInput) => {
    setError(null);
    const input: EnterpriseInput = { ...v, uscc: v.uscc.trim().toUpperCase(), name: v.name.trim(), townId: v.townId ?? null, stewardUserId: v.stewardUserId ?? null };
    if (editing) {
      const { uscc: _u, ...patch } = input;
      update.mutate({ id: editing.id, patch: { ...patch, version: editing.version } }, { onSuccess: onClose, onError: fail });
    } else {
      create.mutate(input, { onSuccess: (r) => (onClose(), onCreated?.(r)), onError: fail });
    }
  };
  return (
    <Drawer
      open={!!state}
      onClose={onClose}
      title={editing ? t('ent.form.editTitle', { name: editing.name }) : t('ent.form.createTitle')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      data-testid="ent-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="ent-form-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      {state && <EnterpriseForm form={form} initial={initialOf(editing, year)} editing={!!editing} year={year} onFinish={finish} />}
    </Drawer>
  );
}
