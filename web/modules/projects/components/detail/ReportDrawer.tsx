// 投资月报: the responsible unit reports a month — total, split into 建安 / equipment / other (the parts must
// add up to the total, checked here and by the server), the physical progress (实物工程量) in words and
// figures, and an explanation when money is reported before the project has started. Saved as a draft
// or submitted for review; refusals show in place.
import { Alert, Button, Col, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates } from '../../../../../common/periods.ts';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../../i18n/index.ts';
import { ReportStateTag } from '../../../workplan/components/status.tsx';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { inPlaceCodes, useSaveInvestment } from '../../mutations.ts';
import type { ProjectDetail } from '../../types.ts';

type Values = { monthTotal?: number; construction?: number; equipment?: number; other?: number; physicalProgress?: string; physicalQuantity?: number | null; physicalUnit?: string; explanation?: string };

const monthEnd = (p: string) => new Date(Date.UTC(Number(p.slice(0, 4)), Number(p.slice(5, 7)), 0)).toISOString().slice(0, 10);
const todayIso = () => new Date().toISOString().slice(0, 10);

/** Months of the plan year that have ended and are not approved (locked). */
export function openPeriods(project: ProjectDetail): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const p = `${project.year}-${String(m).padStart(2, '0')}`;
    if (compareDates(monthEnd(p), todayIso()) >= 0) break;
    if (project.reports.find((r) => r.period === p)?.state !== 'approved') out.push(p);
  }
  return out;
}

/** The month the form opens on: a returned or draft report, else the first month with none, else the newest open one. */
export function defaultPeriod(project: ProjectDetail): string | null {
  const open = openPeriods(project);
  const pending = project.reports.filter((r) => (r.state === 'returned' || r.state === 'draft') && open.includes(r.period)).map((r) => r.period);
  if (pending.length) return pending.sort().at(-1)!;
  const last = project.reports.map((r) => r.period).sort().at(-1);
  return open.find((p) => !last || p > last) ?? open.at(-1) ?? null;
}

type Props = { project: ProjectDetail; period: string | null; open: boolean; onClose: () => void };

export function ReportDrawer({ project, period: initial, open, onClose }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={open} onClose={onClose} title={t('proj.report.title', { name: project.name })} size={screens.sm ? 620 : '100%'} destroyOnHidden data-testid="proj-report-drawer">
      {open && <ReportForm project={project} initial={initial} onClose={onClose} />}
    </Drawer>
  );
}

function ReportForm({ project, initial, onClose }: { project: ProjectDetail; initial: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const lang = useUiLang();
  const [form] = Form.useForm<Values>();
  const save = useSaveInvestment(project.id);
  const periods = useMemo(() => openPeriods(project), [project]);
  const [period, setPeriod] = useState<string | null>(initial ?? defaultPeriod(project));
  const [error, setError] = useState<unknown>(null);
  const existing = project.reports.find((r) => r.period === period) ?? null;
  useEffect(() => {
    form.resetFields();
    setError(null);
  }, [period, existing?.version, form]);
  const start = project.milestones.find((m) => m.step === '开工')?.actualDate ?? null;
  const started = !!start && !!period && compareDates(start, monthEnd(period)) <= 0;
  const [total, c, e, o] = [Form.useWatch('monthTotal', form), Form.useWatch('construction', form), Form.useWatch('equipment', form), Form.useWatch('other', form)];
  const sum = Math.round(((c ?? 0) + (e ?? 0) + (o ?? 0)) * 10000) / 10000;
  const mismatch = total !== undefined && total !== null && Math.abs(sum - total) > 0.01;
  const needsExplanation = !started || isApiError(error, 'proj.not_started_explanation');

  const send = (submit: boolean) =>
    form.validateFields().then((v) => {
      if (!period || mismatch) return;
      setError(null);
      save.mutate(
        {
          period,
          body: {
            monthTotal: v.monthTotal ?? 0, construction: v.construction ?? 0, equipment: v.equipment ?? 0, other: v.other ?? 0, physicalProgress: (v.physicalProgress ?? '').trim(),
            physicalQuantity: v.physicalQuantity ?? null, physicalUnit: (v.physicalUnit ?? '').trim(), explanation: (v.explanation ?? '').trim(), submit, version: existing?.version,
          },
        },
        {
          onSuccess: onClose,
          onError: (err) => {
            if (inPlaceCodes.some((code) => isApiError(err, code))) setError(err);
            showServerErrors(form, err, lang);
          },
        },
      );
    }, () => undefined);

  const initialValues: Values = existing
    ? { monthTotal: existing.monthTotal, construction: existing.construction, equipment: existing.equipment, other: existing.other, physicalProgress: existing.physicalProgress, physicalQuantity: existing.physicalQuantity, physicalUnit: existing.physicalUnit, explanation: existing.explanation }
    : { equipment: 0, other: 0 };
  const money = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('proj.form.required') }]}>
      <InputNumber min={0} max={1e9} style={{ width: '100%' }} suffix={t('proj.unit.wan')} data-testid={`proj-report-${name}`} />
    </Form.Item>
  );
  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('proj.report.period')}</Typography.Text>
        <Select value={period ?? undefined} onChange={setPeriod} options={periods.map((p) => ({ value: p, label: f.month(p) }))} style={{ width: 160 }} data-testid="proj-report-period" />
        {existing && <ReportStateTag state={existing.state} />}
      </Flex>
      {periods.length === 0 && <Alert type="info" showIcon title={t('proj.report.nothingOpen')} style={{ marginBottom: 12 }} />}
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="proj-report-error" />}
      {existing?.state === 'returned' && existing.returnReason && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('proj.report.returned')} description={existing.returnReason} data-testid="proj-report-returned" />}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} key={`${period}:${existing?.version ?? 0}`} data-testid="proj-report-form">
        <Row gutter={12}>
          <Col xs={24} sm={12}>{money('monthTotal', t('proj.report.monthTotal'))}</Col>
          <Col xs={24} sm={12}>{money('construction', t('proj.report.construction'))}</Col>
          <Col xs={12}>{money('equipment', t('proj.report.equipment'))}</Col>
          <Col xs={12}>{money('other', t('proj.report.other'))}</Col>
        </Row>
        <Alert
          type={total === undefined || total === null ? 'info' : mismatch ? 'error' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="proj-report-sum"
          data-mismatch={mismatch}
          title={total === undefined || total === null ? t('proj.report.sumOnly', { sum: f.num(sum, 4) }) : mismatch ? t('proj.report.sumMismatch', { sum: f.num(sum, 4), total: f.num(total, 4) }) : t('proj.report.sumOk', { sum: f.num(sum, 4) })}
        />
        <Form.Item name="physicalProgress" label={t('proj.report.physicalProgress')} rules={[{ required: true, whitespace: true, message: t('proj.report.physicalRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder={t('proj.report.physicalPlaceholder')} data-testid="proj-report-physical" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={14}>
            <Form.Item name="physicalQuantity" label={t('proj.report.physicalQuantity')}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="proj-report-quantity" />
            </Form.Item>
          </Col>
          <Col xs={10}>
            <Form.Item name="physicalUnit" label={t('proj.report.physicalUnit')} rules={[{ max: 20 }]}>
              <Input maxLength={20} placeholder="m³ / m² / km" />
            </Form.Item>
          </Col>
        </Row>
        {needsExplanation && (
          <Form.Item name="explanation" label={t('proj.report.explanation')} extra={t('proj.report.explanationHelp')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="proj-report-explanation" />
          </Form.Item>
        )}
      </Form>
      <Flex justify="end" gap={8} wrap>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button disabled={!period || mismatch} loading={save.isPending && save.variables?.body.submit === false} onClick={() => void send(false)} data-testid="proj-report-draft">{t('proj.report.saveDraft')}</Button>
        <Button type="primary" disabled={!period || mismatch} loading={save.isPending && save.variables?.body.submit === true} onClick={() => void send(true)} data-testid="proj-report-submit">{t('proj.report.submit')}</Button>
      </Flex>
    </>
  );
}
