// After a successful plan import: which tasks were created, which were updated (and in which
// fields), how many were unchanged.
import { Modal, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanImportResult } from '../../types.ts';

export function ImportReportModal({ result, onClose }: { result: PlanImportResult | null; onClose: () => void }) {
  const { t } = useTranslation();
  const rows = result
    ? [...result.created.map((code) => ({ code, kind: 'created' as const, fields: [] as string[] })), ...result.updated.map((u) => ({ ...u, kind: 'updated' as const }))]
    : [];
  return (
    <Modal
      open={!!result}
      title={t('plan.import.reportTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
      width={720}
      destroyOnHidden
      data-testid="plan-import-report"
    >
      {result && (
        <>
          <Typography.Paragraph>
            {t('plan.import.summary', { created: result.created.length, updated: result.updated.length, unchanged: result.unchanged })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="code"
            dataSource={rows}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('plan.task.code'), dataIndex: 'code', width: 140 },
              {
                title: t('plan.import.change'),
                dataIndex: 'kind',
                width: 90,
                render: (k: 'created' | 'updated') => <Tag color={k === 'created' ? 'green' : 'blue'}>{t(`plan.import.${k}`)}</Tag>,
              },
              { title: t('plan.import.fields'), dataIndex: 'fields', render: (f: string[]) => f.join('、') || '—' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
