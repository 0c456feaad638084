// Before / after of an audit event, as escaped text (React escapes; never raw HTML),
// with the keys whose values differ listed first.
import { Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api.ts';

function changedKeys(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function Json({ value, label, testId }: { value: unknown; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <pre className="tc-json" data-testid={testId}>
        {value === null || value === undefined ? t('audit.none') : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changed = changedKeys(event.before, event.after);
  return (
    <div data-testid={`audit-detail-${event.seq}`}>
      {changed.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('audit.changedFields')}</Typography.Text>
          {changed.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </div>
      )}
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Json value={event.before} label={t('audit.before')} testId="audit-before" />
        </Col>
        <Col xs={24} md={12}>
          <Json value={event.after} label={t('audit.after')} testId="audit-after" />
        </Col>
      </Row>
    </div>
  );
}
