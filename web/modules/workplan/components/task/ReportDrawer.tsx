// 填报进展: the lead unit's monthly report — cumulative % or quantity, what was done, problems,
// coordination needed, next steps — saved as a draft or submitted for review. A returned report
// shows why it came back; server errors land on their fields.
import { Alert, Button, Drawer, Flex, Form, Grid, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { periodLabel } from '../../../../../common/periods.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useShortLang, useUiLang } from '../../../../i18n/index.ts';
import { isApiError } from '../../../../api/errors.ts';
import { useSaveReport } from '../../mutations.ts';
import type { ReportSave, TaskDetail } from '../../types.ts';
import { showServerErrors, type FieldPath } from '../serverErrors.ts';
import { openMonths } from './reportPeriods.ts';

type Values = { cumulativePct?: number | null; cumulativeValue?: number | null; narrative: string; problems?: string; needsCoordination: boolean; nextSteps?: string };

const fieldCodes: Record<string, FieldPath> = { 'report.value_or_pct': ['cumulativePct'] };
const periodCodes = ['report.locked', 'report.awaiting_review', 'report.future_period', 'report.period_outside'];

type Props = { task: TaskDetail; period: string | null; open: boolean; onClose: () => void };

export function ReportDrawer({ task, period: initialPeriod, open, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const uiLang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [period, setPeriod] = useState(initialPeriod);
  const [periodError, setPeriodError] = useState<unknown>(null);
  const save = useSaveReport(task.id);
  useEffect(() => {
    setPeriod(initialPeriod);
    setPeriodError(null);
  }, [initialPeriod, open]);
  const existing = task.reports.find((r) => r.period === period) ?? null;
  useEffect(() => {
    form.resetFields();
  }, [period, existing?.version, form]);
  const months = openMonths(task);
  const initial: Values = existing
    ? { cumulativePct: existing.cumulativePct, cumulativeValue: existing.cumulativeValue, narrative: existing.narrative, problems: existing.problems ?? '', needsCoordination: existing.needsCoordination, nextSteps: existing.nextSteps ?? '' }
    : { needsCoordination: false, narrative: '' };

  const send = (submit: boolean) => {
    if (!period) return;
    const run = (v: Values) => {
      const body: ReportSave = {
        cumulativePct: v.cumulativePct ?? null,
        cumulativeValue: task.target ? (v.cumulativeValue ?? null) : null,
        narrative: v.narrative.trim(),
        problems: v.problems?.trim() || undefined,
        needsCoordination: !!v.needsCoordination,
        nextSteps: v.nextSteps?.trim() || undefined,
        submit,
        version: existing?.version,
      };
      setPeriodError(null);
      save.mutate(
        { period, body },
        {
          onSuccess: onClose,
          onError: (e) => {
            if (periodCodes.some((c) => isApiError(e, c))) setPeriodError(e);
            showServerErrors(form, e, uiLang, fieldCodes);
          },
        },
      );
    };
    // A draft may be partial; a submission must pass the rules.
    if (submit) form.validateFields().then(run, () => undefined);
    else run(form.getFieldsValue(true) as Values);
  };

  const needOne = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: async () => {
      const pct = getFieldValue('cumulativePct');
      const val = getFieldValue('cumulativeValue');
      if ((pct === null || pct === undefined) && (val === null || val === undefined)) throw new Error(t('plan.reportForm.valueOrPct'));
    },
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('plan.reportForm.title', { title: task.title })}
      size={screens.sm ? 560 : '100%'}
      destroyOnHidden
      data-testid="report-drawer"
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={save.isPending && save.variables?.body.submit === false} disabled={!period} onClick={() => send(false)} data-testid="report-save-draft">
            {t('plan.reportForm.saveDraft')}
          </Button>
          <Button type="primary" loading={save.isPending && save.variables?.body.submit === true} disabled={!period} onClick={() => send(true)} data-testid="report-submit">
            {t('plan.reportForm.submit')}
          </Button>
        </Flex>
      }
    >
      <Form.Item label={t('plan.report.period')} layout="vertical" required>
        <Select
          value={period ?? undefined}
          onChange={(p: string) => {
            setPeriod(p);
            setPeriodError(null);
          }}
          options={months.map((p) => ({ value: p, label: periodLabel(p, lang) }))}
          style={{ width: 200 }}
          data-testid="report-period"
        />
      </Form.Item>
      {periodError !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={periodError} />} />}
      {existing?.state === 'returned' && existing.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('plan.reportForm.returnedHint')} description={existing.returnReason} data-testid="report-form-returned" />
      )}
      {months.length === 0 && <Alert type="info" showIcon title={t('plan.reportForm.nothingOpen')} />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} data-testid="report-form" key={period ?? ''}>
        <Flex gap={12} wrap>
          <Form.Item name="cumulativePct" label={t('plan.reportForm.pct')} dependencies={['cumulativeValue']} rules={[needOne]} extra={t('plan.reportForm.pctHelp')}>
            <InputNumber min={0} max={100} step={1} suffix="%" style={{ width: 160 }} data-testid="report-pct" />
          </Form.Item>
          {task.target && (
            <Form.Item name="cumulativeValue" label={t('plan.reportForm.value', { metric: task.target.metric })} dependencies={['cumulativePct']} rules={[needOne]} extra={t('plan.reportForm.valueHelp', { value: task.target.value, unit: task.target.unit })}>
              <InputNumber min={0} suffix={task.target.unit} style={{ width: 180 }} data-testid="report-value" />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="narrative" label={t('plan.reportForm.narrative')} rules={[{ required: true, whitespace: true, message: t('plan.reportForm.narrativeRequired') }, { max: limits.textMax }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={limits.textMax} showCount data-testid="report-narrative" />
        </Form.Item>
        <Form.Item name="problems" label={t('plan.reportForm.problems')} rules={[{ max: limits.textMax }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={limits.textMax} data-testid="report-problems" />
        </Form.Item>
        <Form.Item name="needsCoordination" label={t('plan.reportForm.needsCoordination')} valuePropName="checked">
          <Switch data-testid="report-coordination" />
        </Form.Item>
        <Form.Item name="nextSteps" label={t('plan.reportForm.nextSteps')} rules={[{ max: limits.textMax }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={limits.textMax} data-testid="report-next" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
