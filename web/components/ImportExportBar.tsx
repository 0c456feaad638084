// Import (xlsx upload → all rows or none, errors in a modal), export and template buttons of a table.
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ApiError, isApiError } from '../api/errors.ts';
import { ImportErrorsModal } from './ImportErrorsModal.tsx';
import { useNotify } from './useNotify.tsx';

export type ImportResult = { created: number; updated: number };

type Props = {
  canImport: boolean;
  importMutation: UseMutationResult<ImportResult, unknown, File>;
  exportPath: string;
  templatePath: string;
  /** Translated base of the downloaded file name, used when the server sends none. */
  fileBase: string;
  testIdPrefix: string;
};

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

export function ImportExportBar({ canImport, importMutation, exportPath, templatePath, fileBase, testIdPrefix }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [rowErrors, setRowErrors] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'export' | 'template' | null>(null);

  const download = async (kind: 'export' | 'template') => {
    setBusy(kind);
    try {
      const name = kind === 'export' ? `${fileBase}-${today()}.xlsx` : `${fileBase}-${t('import.templateSuffix')}.xlsx`;
      await api.download(kind === 'export' ? exportPath : templatePath, name);
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {canImport && (
        <Upload
          accept={`.xlsx,${xlsxMime}`}
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            importMutation.mutate(file, { onError: (e) => isApiError(e, 'import.invalid_rows') && setRowErrors(e) });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importMutation.isPending} data-testid={`${testIdPrefix}-import`}>
            {t('import.import')}
          </Button>
        </Upload>
      )}
      <Button icon={<DownloadOutlined />} loading={busy === 'export'} onClick={() => download('export')} data-testid={`${testIdPrefix}-export`}>
        {t('import.export')}
      </Button>
      {canImport && (
        <Button icon={<FileExcelOutlined />} loading={busy === 'template'} onClick={() => download('template')} data-testid={`${testIdPrefix}-template`}>
          {t('import.template')}
        </Button>
      )}
      <ImportErrorsModal error={rowErrors} onClose={() => setRowErrors(null)} />
    </>
  );
}
