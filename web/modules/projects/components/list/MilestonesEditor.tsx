// The nine lifecycle steps (立项 → … → 竣工) inside the project form: planned date, actual date and the
// approval document number of each. Planned dates must not go backwards along the order (the server says
// which pair is wrong).
import { Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { milestoneSteps } from '../../../../../common/projects.ts';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import { usePickerFormat } from '../dates.ts';

export function MilestonesEditor() {
  const { t } = useTranslation();
  const f = useProjFormat();
  const format = usePickerFormat();
  return (
    <div data-testid="proj-milestones-editor">
      <Row gutter={8} style={{ marginBottom: 4 }}>
        <Col span={4}><Typography.Text type="secondary">{t('proj.milestone.step')}</Typography.Text></Col>
        <Col span={7}><Typography.Text type="secondary">{t('proj.milestone.planned')}</Typography.Text></Col>
        <Col span={7}><Typography.Text type="secondary">{t('proj.milestone.actual')}</Typography.Text></Col>
        <Col span={6}><Typography.Text type="secondary">{t('proj.milestone.docNo')}</Typography.Text></Col>
      </Row>
      <Form.List name="milestones">
        {(fields) =>
          fields.map((fld, i) => (
            <Row gutter={8} key={fld.key} align="middle">
              <Col span={4}>
                <Typography.Text strong>{f.label('step', milestoneSteps[i])}</Typography.Text>
              </Col>
              <Col span={7}>
                <Form.Item name={[fld.name, 'plannedDate']} style={{ marginBottom: 6 }}>
                  <DatePicker format={format} style={{ width: '100%' }} size="small" data-testid={`proj-ms-planned-${i}`} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[fld.name, 'actualDate']} style={{ marginBottom: 6 }}>
                  <DatePicker format={format} style={{ width: '100%' }} size="small" />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[fld.name, 'docNo']} style={{ marginBottom: 6 }} rules={[{ max: 100 }]}>
                  <Input size="small" maxLength={100} />
                </Form.Item>
              </Col>
            </Row>
          ))
        }
      </Form.List>
    </div>
  );
}
