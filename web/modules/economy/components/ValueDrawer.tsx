// 数据填报: the source unit enters one period of an indicator — cumulative value (with last period's
// cumulative shown beside it), last year's comparable cumulative, published growth, city growth and rank,
// a note — as a draft or submitted for review. A cumulative that falls below the previous period is
// warned before sending; if the server refuses it (econ.cumulative_fall) the form offers "this is a
// revision" and resends with confirmFall. Period and stale-version errors show in place.
import { Alert, Button, Checkbox, Col, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { growthRange } from '../../../../common/economy-schemas.ts';
import { isApiError } from '../../../api/errors.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../i18n/index.ts';
import { showServerErrors } from '../../workplan/components/serverErrors.ts';
import { useIndicatorYear } from '../api.ts';
import { periodEnded, yearPeriods } from '../hooks/periods.ts';
import { useEconFormat } from '../hooks/useEconFormat.ts';
import { useSaveValue } from '../mutations.ts';
import type { IndicatorRow, ValueRow } from '../types.ts';
import { ValueStateTag } from './status.tsx';

type Values = { cumValue?: number | null; prevCumValue?: number | null; yoyPct?: number | null; cityYoyPct?: number | null; cityRank?: number | null; note?: string };
const placeCodes = ['econ.period_not_ended', 'econ.period_freq_mismatch', 'econ.jan_merged', 'econ.value_locked', 'econ.value_empty', 'record.stale', 'econ.not_source_unit'];

type Props = { indicator: IndicatorRow | null; year: number; period: string | null; onClose: () => void };

export function ValueDrawer({ indicator, year, period: initial, onClose }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const open = indicator !== null;
  return (
    <Drawer open={open} onClose={onClose} title={indicator ? t('econ.entry.title', { name: indicator.name }) : ''} size={screens.sm ? 600 : '100%'} destroyOnHidden data-testid="econ-value-drawer">
      {indicator && <EntryForm indicator={indicator} year={year} initial={initial} onClose={onClose} />}
    </Drawer>
  );
}

function EntryForm({ indicator, year, initial, onClose }: { indicator: IndicatorRow; year: number; initial: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEconFormat();
  const lang = useUiLang();
  const detail = useIndicatorYear(year, indicator.id);
  const save = useSaveValue();
  const [form] = Form.useForm<Values>();
  const values = useMemo(() => detail.data?.values ?? [], [detail.data]);
  const editable = yearPeriods(indicator, year).filter((p) => periodEnded(p) && values.find((v) => v.period === p)?.state !== 'approved');
  const [period, setPeriod] = useState<string | null>(initial ?? null);
  const [placeError, setPlaceError] = useState<unknown>(null);
  const [fallError, setFallError] = useState<unknown>(null);
  const [confirmFall, setConfirmFall] = useState(false);
  useEffect(() => {
    if (!period && editable.length) setPeriod(editable.find((p) => !values.some((v) => v.period === p && v.state === 'submitted')) ?? editable[0]);
  }, [period, editable, values]);
  const existing: ValueRow | null = values.find((v) => v.period === period) ?? null;
  // What the server compares with: the latest earlier value of the year with a cumulative figure, returned ones excepted.
  const previous = useMemo(() => {
    if (!period) return null;
    const all = yearPeriods(indicator, year);
    const i = all.indexOf(period);
    return values.filter((v) => all.indexOf(v.period) < i && v.cumValue !== null && v.state !== 'returned').sort((a, b) => all.indexOf(b.period) - all.indexOf(a.period))[0] ?? null;
  }, [values, period, indicator, year]);
  useEffect(() => {
    form.resetFields();
    setPlaceError(null);
    setFallError(null);
    setConfirmFall(false);
  }, [period, existing?.version, form]);
  const cum = Form.useWatch('cumValue', form);
  const falls = indicator.kind === 'flow' && previous !== null && cum !== null && cum !== undefined && cum < previous.cumValue!;
  if (!detail.data) return <Skeleton active />;

  const send = (submit: boolean) =>
    form.validateFields().then((v) => {
      if (!period) return;
      if (submit && falls && !confirmFall) {
        setFallError('client');
        return;
      }
      setPlaceError(null);
      save.mutate(
        {
          indicatorId: indicator.id,
          period,
          body: {
            cumValue: indicator.kind === 'rate' ? null : (v.cumValue ?? null),
            prevCumValue: indicator.kind === 'rate' ? null : (v.prevCumValue ?? null),
            yoyPct: v.yoyPct ?? null,
            cityYoyPct: v.cityYoyPct ?? null,
            cityRank: v.cityRank ?? null,
            note: v.note?.trim() ?? '',
            submit,
            confirmFall,
            version: existing?.version,
          },
        },
        {
          onSuccess: onClose,
          onError: (e) => {
            if (isApiError(e, 'econ.cumulative_fall')) setFallError(e);
            else if (placeCodes.some((c) => isApiError(e, c))) setPlaceError(e);
            showServerErrors(form, e, lang);
          },
        },
      );
    }, () => undefined);

  const initialValues: Values = existing
    ? { cumValue: existing.cumValue, prevCumValue: existing.prevCumValue, yoyPct: existing.yoyPct, cityYoyPct: existing.cityYoyPct, cityRank: existing.cityRank, note: existing.note }
    : {};
  const growthRule = { type: 'number' as const, min: growthRange.min, max: growthRange.max, message: t('econ.entry.growthRange', growthRange) };
  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('econ.col.periodOf')}</Typography.Text>
        <Select
          value={period ?? undefined}
          onChange={(p: string) => setPeriod(p)}
          options={editable.map((p) => ({ value: p, label: f.period(p, indicator, true) }))}
          style={{ width: 180 }}
          data-testid="econ-entry-period"
        />
        {existing && <ValueStateTag state={existing.state} />}
      </Flex>
      {editable.length === 0 && <Alert type="info" showIcon title={t('econ.entry.nothingOpen')} style={{ marginBottom: 12 }} />}
      {placeError !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={placeError} />} data-testid="econ-entry-error" />}
      {existing?.state === 'returned' && existing.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('econ.entry.returned')} description={existing.returnReason} data-testid="econ-entry-returned" />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} key={`${period}:${existing?.version ?? 0}`} data-testid="econ-entry-form">
        <Row gutter={12}>
          {indicator.kind !== 'rate' && (
            <Col xs={24} sm={12}>
              <Form.Item
                name="cumValue"
                label={indicator.kind === 'stock' ? t('econ.field.stockValue') : t('econ.field.cumValue')}
                extra={
                  <span data-testid="econ-entry-previous">
                    {previous ? t('econ.entry.previous', { period: f.period(previous.period, indicator), value: f.amount(previous.cumValue, indicator.unit) }) : t('econ.entry.noPrevious')}
                  </span>
                }
              >
                <InputNumber style={{ width: '100%' }} suffix={indicator.unit} data-testid="econ-entry-cum" />
              </Form.Item>
            </Col>
          )}
          {indicator.kind !== 'rate' && (
            <Col xs={24} sm={12}>
              <Form.Item name="prevCumValue" label={t('econ.field.prevCumValue')} extra={t('econ.entry.prevHelp')}>
                <InputNumber style={{ width: '100%' }} suffix={indicator.unit} data-testid="econ-entry-prev" />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} sm={8}>
            <Form.Item name="yoyPct" label={t('econ.field.yoyPct')} rules={[growthRule]} extra={indicator.growthBasis === 'real' ? t('econ.entry.realHelp') : undefined}>
              <InputNumber style={{ width: '100%' }} suffix="%" data-testid="econ-entry-yoy" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="cityYoyPct" label={t('econ.field.cityYoyPct')} rules={[growthRule]}>
              <InputNumber style={{ width: '100%' }} suffix="%" data-testid="econ-entry-city" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="cityRank" label={t('econ.field.cityRank')}>
              <InputNumber style={{ width: '100%' }} min={1} max={99} precision={0} data-testid="econ-entry-rank" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('econ.field.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('econ.entry.notePlaceholder')} data-testid="econ-entry-note" />
        </Form.Item>
      </Form>
      {(falls || fallError !== null) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="econ-fall-warning"
          title={fallError instanceof Error ? <ErrorMessage error={fallError} /> : t('econ.entry.fallWarning', { previous: f.amount(previous?.cumValue, indicator.unit), current: f.amount(cum ?? null, indicator.unit) })}
          description={
            <Checkbox checked={confirmFall} onChange={(e) => setConfirmFall(e.target.checked)} data-testid="econ-fall-confirm">
              {t('econ.entry.fallConfirm')}
            </Checkbox>
          }
        />
      )}
      <Flex justify="end" gap={8} wrap>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button disabled={!period} loading={save.isPending && save.variables?.body.submit === false} onClick={() => void send(false)} data-testid="econ-entry-draft">
          {t('econ.entry.saveDraft')}
        </Button>
        <Button type="primary" disabled={!period} loading={save.isPending && save.variables?.body.submit === true} onClick={() => void send(true)} data-testid="econ-entry-submit">
          {t('econ.entry.submit')}
        </Button>
      </Flex>
    </>
  );
}
