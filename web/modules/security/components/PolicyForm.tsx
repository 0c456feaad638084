// The security policy's fields. The form edits one version of the policy (`base`): saving sends that
// version, so a change someone else saved meanwhile answers record.stale and the page offers to load
// the latest. A newer version fetched in the background replaces the form only while it is untouched.
import { Alert, Button, Flex, Form, InputNumber, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { policyRanges, useSaveSecurityPolicy, type PolicyNumberField, type SecurityPolicy } from '../api.ts';

type Values = Omit<SecurityPolicy, 'version'>;

const valuesOf = (p: SecurityPolicy): Values => ({
  lockoutThreshold: p.lockoutThreshold,
  lockoutMinutes: p.lockoutMinutes,
  sessionIdleMinutes: p.sessionIdleMinutes,
  passwordExpiryDays: p.passwordExpiryDays,
  totpForAll: p.totpForAll,
});

const testIds: Record<PolicyNumberField, string> = {
  lockoutThreshold: 'security-lockout',
  lockoutMinutes: 'security-lockout-minutes',
  sessionIdleMinutes: 'security-idle',
  passwordExpiryDays: 'security-expiry',
};

type Props = { latest: SecurityPolicy; reload: () => Promise<SecurityPolicy | undefined> };

export function PolicyForm({ latest, reload }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState(latest);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const save = useSaveSecurityPolicy();

  useEffect(() => {
    if (latest.version > base.version && !stale && !form.isFieldsTouched()) setBase(latest);
  }, [latest, base.version, stale, form]);
  // Another version loaded (saved, reloaded): start the form afresh — values, touched state, errors.
  useEffect(() => {
    form.resetFields();
  }, [base.version, form]);

  const rangeMessage = (name: PolicyNumberField) => t('security.range', policyRanges[name]);

  const showFieldErrors = (e: unknown) => {
    if (!(e instanceof ApiError) || e.code !== 'request.invalid') return;
    const fields: { name: keyof Values; errors: string[] }[] = [];
    for (const issue of e.issues) {
      const name = issue.path.split(/[.[\]/]/).filter(Boolean).pop() ?? '';
      if (name in policyRanges) fields.push({ name: name as PolicyNumberField, errors: [rangeMessage(name as PolicyNumberField)] });
      else if (name === 'totpForAll') fields.push({ name, errors: [issue.message] });
    }
    if (fields.length) form.setFields(fields);
  };

  const submit = (v: Values) => {
    setStale(false);
    save.mutate(
      { ...v, version: base.version },
      {
        onSuccess: (saved) => setBase(saved),
        onError: (e) => {
          if (isApiError(e, 'record.stale')) setStale(true);
          showFieldErrors(e);
        },
      },
    );
  };

  const loadLatest = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh && fresh.version !== base.version) setBase(fresh);
      else form.resetFields();
      setStale(false);
    } finally {
      setReloading(false);
    }
  };

  const number = (name: PolicyNumberField, unit: string) => (
    <Form.Item
      name={name}
      label={t(`security.fields.${name}`)}
      extra={t(`security.help.${name}`)}
      rules={[
        { required: true, message: rangeMessage(name) },
        { type: 'integer', ...policyRanges[name], message: rangeMessage(name) },
      ]}
    >
      <InputNumber {...policyRanges[name]} precision={0} suffix={unit} style={{ width: 200, maxWidth: '100%' }} data-testid={testIds[name]} />
    </Form.Item>
  );

  return (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('security.stale')}
          action={
            <Button size="small" loading={reloading} onClick={() => void loadLatest()} data-testid="security-reload">
              {t('security.loadLatest')}
            </Button>
          }
          data-testid="security-stale"
        />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={valuesOf(base)} onFinish={submit} data-testid="security-form">
        {number('lockoutThreshold', t('security.units.times'))}
        {number('lockoutMinutes', t('security.units.minutes'))}
        {number('sessionIdleMinutes', t('security.units.minutes'))}
        {number('passwordExpiryDays', t('security.units.days'))}
        <Form.Item name="totpForAll" label={t('security.fields.totpForAll')} extra={t('security.help.totpForAll')} valuePropName="checked">
          <Switch data-testid="security-totp-all" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="security-save">
            {t('common.save')}
          </Button>
          <Button onClick={() => form.resetFields()} disabled={save.isPending} data-testid="security-reset">
            {t('common.reset')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
