// Fields of an org unit (create and edit). Limits come from common/limits.ts, like the server's.
import { Form, Input, InputNumber, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { orgKindLabels, orgKinds, type OrgKind } from '../../../../common/permissions.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { OrgTreeSelect } from './OrgTreeSelect.tsx';

export type OrgFormValues = { code: string; name: string; kind: OrgKind; parentId: number | null; sortOrder: number; active: boolean };

type Props = {
  form: FormInstance<OrgFormValues>;
  initial: Partial<OrgFormValues>;
  editing: boolean;
  disabledParents?: Set<number>;
  readOnly?: boolean;
  onFinish: (values: OrgFormValues) => void;
};

export function OrgForm({ form, initial, editing, disabledParents, readOnly, onFinish }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  return (
    <Form<OrgFormValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} disabled={readOnly} data-testid="org-form">
      <Form.Item name="name" label={t('orgs.name')} rules={[{ required: true, whitespace: true }, { max: limits.nameMax }]}>
        <Input maxLength={limits.nameMax} showCount data-testid="org-form-name" />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('orgs.code')}
        extra={t('orgs.codeHelp')}
        rules={[{ required: true, whitespace: true }, { max: limits.codeMax }]}
      >
        <Input maxLength={limits.codeMax} data-testid="org-form-code" />
      </Form.Item>
      <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true }]}>
        <Select
          data-testid="org-form-kind"
          options={orgKinds.map((k) => ({ value: k, label: orgKindLabels[k][lang] }))}
          placeholder={t('common.pleaseSelect')}
        />
      </Form.Item>
      <Form.Item name="parentId" label={t('orgs.parent')} extra={t('orgs.parentHelp')}>
        <OrgTreeSelect disabledIds={disabledParents} placeholder={t('orgs.noParent')} data-testid="org-form-parent" />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('orgs.sortOrder')} rules={[{ type: 'integer', min: 0, max: 1_000_000 }]}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} data-testid="org-form-sort" />
      </Form.Item>
      {editing && (
        <Form.Item name="active" label={t('orgs.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} data-testid="org-form-active" />
        </Form.Item>
      )}
    </Form>
  );
}
