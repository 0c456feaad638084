// Shows every row error of a refused xlsx import (import.invalid_rows): row, column, reason.
import { Alert, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, translateError, type ImportRowError } from '../api/errors.ts';
import { useUiLang } from '../i18n/index.ts';

export function ImportErrorsModal({ error, onClose }: { error: ApiError | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const rows = error?.rowErrors ?? [];
  return (
    <Modal
      open={!!error}
      title={t('import.failedTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
      width={720}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={translateError(error, lang)} style={{ marginBottom: 12 }} />}
      <Table<ImportRowError & { key: number }>
        data-testid="import-errors"
        size="small"
        rowKey="key"
        dataSource={rows.map((r, key) => ({ ...r, key }))}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 80 },
          { title: t('import.column'), dataIndex: 'column', width: 160 },
          { title: t('import.reason'), dataIndex: 'reason' },
        ]}
      />
    </Modal>
  );
}
