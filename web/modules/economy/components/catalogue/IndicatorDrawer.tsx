// Create / edit drawer of a catalogue indicator (econ.write). Edits send the changed indicator with its
// version; a stale version answers 409 and the list reloads.
import { Button, Drawer, Flex, Form, Grid } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../../../i18n/index.ts';
import { showServerErrors, type FieldPath } from '../../../workplan/components/serverErrors.ts';
import { useCreateIndicator, useUpdateIndicator } from '../../mutations.ts';
import type { IndicatorRow } from '../../types.ts';
import { IndicatorForm, type IndicatorFormValues } from './IndicatorForm.tsx';

export type IndicatorDrawerState = { mode: 'create' } | { mode: 'edit'; indicator: IndicatorRow } | null;

const codeFields: Record<string, FieldPath> = { 'econ.code_taken': ['code'], 'econ.parent_invalid': ['parentId'], 'econ.unit_not_found': ['sourceUnitId'] };

function initialOf(i: IndicatorRow | null): Partial<IndicatorFormValues> {
  if (!i) return { freq: 'M', kind: 'flow', janFebMerged: true, growthBasis: 'comparable', parentId: null, ownerUnitId: null, seq: 0, description: '' };
  return {
    code: i.code, name: i.name, unit: i.unit, freq: i.freq, kind: i.kind, janFebMerged: i.janFebMerged, growthBasis: i.growthBasis, sourceUnitId: i.sourceUnitId,
    ownerUnitId: i.ownerUnitId, parentId: i.parentId, seq: i.seq, description: i.description, active: i.active,
  };
}

export function IndicatorDrawer({ state, all, onClose }: { state: IndicatorDrawerState; all: IndicatorRow[]; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<IndicatorFormValues>();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const editing = state?.mode === 'edit' ? state.indicator : null;
  const openKey = !state ? '' : editing ? `edit:${editing.id}:${editing.version}` : 'new';
  useEffect(() => {
    if (openKey) form.resetFields();
  }, [openKey, form]);
  const onError = (e: unknown) => showServerErrors(form, e, lang, codeFields);
  const submit = (v: IndicatorFormValues) => {
    const body = {
      name: v.name.trim(), unit: v.unit.trim(), freq: v.freq, kind: v.kind, janFebMerged: v.freq === 'M' && !!v.janFebMerged, growthBasis: v.growthBasis,
      sourceUnitId: v.sourceUnitId, ownerUnitId: v.ownerUnitId ?? null, parentId: v.parentId ?? null, seq: v.seq ?? 0, description: v.description?.trim() ?? '',
    };
    if (!editing) create.mutate({ ...body, code: v.code.trim() }, { onSuccess: onClose, onError });
    else update.mutate({ id: editing.id, patch: { ...body, active: v.active, version: editing.version } }, { onSuccess: onClose, onError });
  };
  return (
    <Drawer
      open={!!state}
      onClose={onClose}
      title={editing ? t('econ.catalogue.editTitle', { name: editing.name }) : t('econ.catalogue.createTitle')}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      data-testid="econ-indicator-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="econ-indicator-submit">
            {editing ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      }
    >
      {state && <IndicatorForm form={form} initial={initialOf(editing)} editing={editing} all={all} onFinish={submit} />}
    </Drawer>
  );
}
