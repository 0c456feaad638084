// The assessment scheme (考核方案) editor: business / party shares, completion factors, deductions,
// bonus cap, optional area weights and bonus items with reasons. Saved with the plan year's version.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useUpdateScheme } from '../../mutations.ts';
import type { AssessmentScheme, PlanStructure } from '../../types.ts';
import { showServerErrors } from '../serverErrors.ts';

type Values = AssessmentScheme & { useAreaWeights: boolean };

const completionKeys = ['onTime', 'late', 'partial', 'undone'] as const;
const deductionKeys = ['missingReport', 'lateReport', 'redMonth', 'overdueSupervisionReply', 'returnedReport'] as const;

export function SchemeDrawer({ plan, scheme, open, onClose }: { plan: PlanStructure; scheme: AssessmentScheme; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const save = useUpdateScheme(plan.year);
  const useAreas = Form.useWatch('useAreaWeights', form);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = (v: Values) => {
    const { useAreaWeights, ...rest } = v;
    const areaWeights = useAreaWeights ? Object.fromEntries(Object.entries(rest.areaWeights ?? {}).map(([k, w]) => [k, w ?? 0])) : undefined;
    save.mutate({ ...rest, areaWeights, bonuses: rest.bonuses ?? [], version: plan.version }, { onSuccess: onClose, onError: (e) => showServerErrors(form, e, lang) });
  };
  const number = (name: (string | number)[], label: string, max: number, step = 0.5) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={max} step={step} style={{ width: '100%' }} />
    </Form.Item>
  );
  const initial: Values = {
    ...scheme,
    useAreaWeights: !!scheme.areaWeights && Object.keys(scheme.areaWeights).length > 0,
    areaWeights: scheme.areaWeights ?? Object.fromEntries(plan.areas.map((a) => [String(a.seq), 0])),
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('plan.assessment.schemeTitle', { year: plan.year })}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      data-testid="scheme-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="scheme-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="scheme-form">
        <Row gutter={12}>
          <Col span={12}>{number(['businessShare'], t('plan.assessment.fields.businessShare'), 100, 5)}</Col>
          <Col span={12}>{number(['partyShare'], t('plan.assessment.fields.partyShare'), 100, 5)}</Col>
        </Row>
        <Divider plain>{t('plan.assessment.completionTitle')}</Divider>
        <Row gutter={12}>
          {completionKeys.map((k) => (
            <Col key={k} xs={12} sm={6}>
              {number(['completion', k], t(`plan.assessment.fields.${k}`), 1, 0.1)}
            </Col>
          ))}
        </Row>
        <Divider plain>{t('plan.assessment.deductionTitle')}</Divider>
        <Row gutter={12}>
          {deductionKeys.map((k) => (
            <Col key={k} xs={12} sm={8}>
              {number(['deductions', k], t(`plan.assessment.fields.${k}`), 20)}
            </Col>
          ))}
          <Col xs={12} sm={8}>
            {number(['bonusCap'], t('plan.assessment.fields.bonusCap'), 20)}
          </Col>
        </Row>
        <Divider plain>{t('plan.assessment.areaTitle')}</Divider>
        <Form.Item name="useAreaWeights" valuePropName="checked" label={t('plan.assessment.useAreaWeights')} extra={t('plan.assessment.areaHelp')}>
          <Switch />
        </Form.Item>
        {useAreas && (
          <Row gutter={12}>
            {plan.areas.map((a) => (
              <Col key={a.id} xs={12} sm={8}>
                {number(['areaWeights', String(a.seq)], `${a.seq}. ${a.shortTitle}`, 100, 1)}
              </Col>
            ))}
          </Row>
        )}
        <Divider plain>{t('plan.assessment.bonusTitle')}</Divider>
        <Form.List name="bonuses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8} align="top">
                  <Col xs={24} sm={9}>
                    <Form.Item name={[f.name, 'unitId']} rules={[{ required: true }]}>
                      <OrgTreeSelect placeholder={t('plan.assessment.unit')} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} sm={4}>
                    <Form.Item name={[f.name, 'points']} rules={[{ required: true }]}>
                      <InputNumber min={-20} max={20} step={0.5} style={{ width: '100%' }} placeholder={t('plan.assessment.points')} />
                    </Form.Item>
                  </Col>
                  <Col xs={13} sm={9}>
                    <Form.Item name={[f.name, 'reason']} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
                      <Input maxLength={200} placeholder={t('plan.assessment.reason')} />
                    </Form.Item>
                  </Col>
                  <Col xs={3} sm={2}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ points: 1, reason: '' })} data-testid="scheme-bonus-add">
                {t('plan.assessment.addBonus')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
