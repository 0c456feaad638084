// The day-sheet import of the collect page: the xlsx template (the collector's points and the commodities)
// and the all-or-nothing upload; a refused sheet lists its row errors in the import-errors modal.
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ImportErrorsModal } from '../../../components/ImportErrorsModal.tsx';
import { pricesPaths } from '../api.ts';
import { useImportQuotes } from '../mutations.ts';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function QuoteImportBar() {
  const { t } = useTranslation();
  const importer = useImportQuotes();
  const [rowErrors, setRowErrors] = useState<ApiError | null>(null);
  return (
    <Flex gap={8} wrap>
      <Upload
        accept={`.xlsx,${xlsxMime}`}
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          importer.mutate(file, { onError: (e) => isApiError(e, 'import.invalid_rows') && setRowErrors(e) });
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={importer.isPending} data-testid="collect-import">
          {t('import.import')}
        </Button>
      </Upload>
      <DownloadButton path={pricesPaths.template} fileName={`${t('price.imports.fileBase')}-${t('import.templateSuffix')}.xlsx`} icon={<FileExcelOutlined />} testId="collect-template">
        {t('import.template')}
      </DownloadButton>
      <ImportErrorsModal error={rowErrors} onClose={() => setRowErrors(null)} />
    </Flex>
  );
}
