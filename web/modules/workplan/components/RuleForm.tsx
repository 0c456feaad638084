// Edits the year's status thresholds, report due day and automatic-supervision rule (plan.write).
import { Button, Divider, Flex, Form, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../components/formErrors.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { useUpdateSettings } from '../mutations.ts';
import type { PlanStructure, StatusRule, SupervisionRule } from '../types.ts';

type Values = StatusRule & SupervisionRule & { reportDueDay: number };

export function RuleForm({ plan, onDone }: { plan: PlanStructure; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const [form] = Form.useForm<Values>();
  const save = useUpdateSettings(plan.year);
  const num = (name: keyof Values, min: number, max: number, suffix: string, step = 1) => (
    <Form.Item name={name} label={t(`plan.rule.fields.${name}`)} rules={[{ required: true }]}>
      <InputNumber min={min} max={max} step={step} suffix={suffix} style={{ width: 160 }} data-testid={`rule-${name}`} />
    </Form.Item>
  );
  const submit = (v: Values) => {
    const statusRule: StatusRule = { greenTolerancePp: v.greenTolerancePp, redGapPp: v.redGapPp, milestoneWarnDays: v.milestoneWarnDays, lateReportYellowWorkingDays: v.lateReportYellowWorkingDays };
    const supervisionRule: SupervisionRule = { missingReportWorkingDays: v.missingReportWorkingDays, noticeOnRed: v.noticeOnRed, replyWorkingDays: v.replyWorkingDays, escalateOverdue: v.escalateOverdue };
    save.mutate({ version: plan.version, reportDueDay: v.reportDueDay, statusRule, supervisionRule }, { onSuccess: onDone, onError: (e) => applyServerErrors(form, e, lang) });
  };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ ...plan.rule, ...plan.supervisionRule, reportDueDay: plan.reportDueDay }} onFinish={submit} data-testid="plan-rule-form">
      {num('greenTolerancePp', 0, 50, t('plan.unit.pp'), 0.5)}
      <Form.Item
        name="redGapPp"
        label={t('plan.rule.fields.redGapPp')}
        dependencies={['greenTolerancePp']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: async (_, v: number) => {
              if (v !== undefined && v <= getFieldValue('greenTolerancePp')) throw new Error(t('plan.rule.redAboveGreen'));
            },
          }),
        ]}
      >
        <InputNumber min={1} max={100} step={0.5} suffix={t('plan.unit.pp')} style={{ width: 160 }} data-testid="rule-redGapPp" />
      </Form.Item>
      {num('milestoneWarnDays', 0, 60, t('plan.unit.days'))}
      {num('lateReportYellowWorkingDays', 0, 30, t('plan.unit.workingDays'))}
      {num('reportDueDay', 1, 28, t('plan.unit.dayOfMonth'))}
      <Divider plain>{t('plan.rule.supervisionTitle')}</Divider>
      {num('missingReportWorkingDays', 0, 30, t('plan.unit.workingDays'))}
      <Form.Item name="noticeOnRed" label={t('plan.rule.fields.noticeOnRed')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {num('replyWorkingDays', 1, 30, t('plan.unit.workingDays'))}
      <Form.Item name="escalateOverdue" label={t('plan.rule.fields.escalateOverdue')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="plan-rule-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
