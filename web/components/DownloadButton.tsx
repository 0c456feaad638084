// A button that downloads a generated file (.docx brief or report) through the API client, so the
// session and language go with it; errors toast from their code.
import { FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, type Query } from '../api/client.ts';
import { useNotify } from './useNotify.tsx';

type Props = { path: string; query?: Query; fileName: string; children: ReactNode; testId: string; icon?: ReactNode };

export function DownloadButton({ path, query, fileName, children, testId, icon = <FileWordOutlined /> }: Props) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={icon}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await api.download(path, fileName, query);
        } catch (e) {
          notify.error(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}
