// 年度目标 (division only): growth target with its qualifier (左右/以上/以内), or a level; last year's
// comparable base B (empty: taken from the data); the floor and excellent threshold lines; and the
// quarterly phasing Q1–Q4 of the cumulative growth target (empty quarters use the annual target).
import { Alert, Button, Col, Divider, Drawer, Flex, Form, Grid, Input, InputNumber, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { growthRange, targetQualifiers } from '../../../../../common/economy-schemas.ts';
import { useUiLang } from '../../../../i18n/index.ts';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useSaveTarget } from '../../mutations.ts';
import type { IndicatorRow, TargetRow } from '../../types.ts';

type Values = { growthPct: number | null; level: number | null; baseValue: number | null; qualifier: TargetRow['qualifier']; floorPct: number | null; excellentPct: number | null; phasing: (number | null)[]; note: string };

type Props = { indicator: IndicatorRow; year: number; target: TargetRow | null; open: boolean; onClose: () => void };

export function TargetDrawer({ indicator, year, target, open, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const save = useSaveTarget(year);
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, target?.version, form]);
  const initial: Values = {
    growthPct: target?.growthPct ?? null,
    level: target?.level ?? null,
    baseValue: target?.baseValue ?? null,
    qualifier: target?.qualifier ?? 'about',
    floorPct: target?.floorPct ?? null,
    excellentPct: target?.excellentPct ?? null,
    phasing: target?.phasing ?? [null, null, null, null],
    note: target?.note ?? '',
  };
  const submit = (v: Values) => {
    const phasing = v.phasing.map((p) => (p === undefined ? null : p));
    save.mutate(
      {
        indicatorId: indicator.id,
        input: {
          growthPct: v.growthPct ?? null, level: v.level ?? null, baseValue: v.baseValue ?? null, qualifier: v.qualifier, floorPct: v.floorPct ?? null, excellentPct: v.excellentPct ?? null,
          phasing: phasing.some((p) => p !== null) ? phasing : null, note: v.note?.trim() ?? '', version: target?.version,
        },
      },
      { onSuccess: onClose, onError: (e) => showServerErrors(form, e, lang) },
    );
  };
  const growth = { type: 'number' as const, min: growthRange.min, max: growthRange.max };
  const oneOf = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: async () => {
      if ((getFieldValue('growthPct') ?? null) === null && (getFieldValue('level') ?? null) === null) throw new Error(t('econ.targetForm.oneOf'));
    },
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('econ.targetForm.title', { name: indicator.name, year })}
      size={screens.md ? 620 : '100%'}
      destroyOnHidden
      data-testid="econ-target-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="econ-target-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="econ-target-form">
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="growthPct" label={t('econ.targetForm.growthPct')} dependencies={['level']} rules={[growth, oneOf]}>
              <InputNumber style={{ width: '100%' }} suffix="%" data-testid="econ-target-growth" />
            </Form.Item>
          </Col>
          <Col xs={12} md={16}>
            <Form.Item name="qualifier" label={t('econ.targetForm.qualifier')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={targetQualifiers.map((q) => ({ value: q, label: t(`econ.qualifierName.${q}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="level" label={t('econ.targetForm.level')} dependencies={['growthPct']} rules={[oneOf]} extra={t('econ.targetForm.levelHelp')}>
              <InputNumber style={{ width: '100%' }} suffix={indicator.unit} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="baseValue" label={t('econ.targetForm.baseValue')} extra={t('econ.targetForm.baseHelp')}>
              <InputNumber style={{ width: '100%' }} suffix={indicator.unit} />
            </Form.Item>
          </Col>
        </Row>
        <Divider plain>{t('econ.targetForm.thresholds')}</Divider>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="floorPct" label={t('econ.threshold.floor')} rules={[growth]} extra={t('econ.targetForm.floorHelp')}>
              <InputNumber style={{ width: '100%' }} suffix="%" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="excellentPct" label={t('econ.threshold.excellent')} rules={[growth]}>
              <InputNumber style={{ width: '100%' }} suffix="%" />
            </Form.Item>
          </Col>
        </Row>
        <Divider plain>{t('econ.targetForm.phasing')}</Divider>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('econ.targetForm.phasingHelp')} />
        <Row gutter={12}>
          {[0, 1, 2, 3].map((q) => (
            <Col key={q} xs={12} md={6}>
              <Form.Item name={['phasing', q]} label={t('econ.targetForm.quarter', { q: q + 1 })} rules={[growth]}>
                <InputNumber style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="note" label={t('econ.field.note')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
