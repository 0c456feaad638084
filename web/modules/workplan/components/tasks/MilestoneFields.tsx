// The milestones (节点) of a task inside the task form: title, planned date and %, deliverable, done date.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

export function MilestoneFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              style={{ marginBottom: 8, background: '#fafafa' }}
              title={t('plan.milestone.nth', { n: i + 1 })}
              extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />}
              data-testid={`milestone-${i}`}
            >
              <Row gutter={8}>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'title']} label={t('plan.milestone.title')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'plannedDate']} label={t('plan.milestone.plannedDate')} rules={[{ required: true }]}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'plannedPct']} label={t('plan.milestone.plannedPct')}>
                    <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'deliverable']} label={t('plan.milestone.deliverable')} rules={[{ max: 200 }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'doneDate']} label={t('plan.milestone.doneDate')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ deliverable: '' })} disabled={fields.length >= 24} data-testid="milestone-add">
            {t('plan.milestone.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
