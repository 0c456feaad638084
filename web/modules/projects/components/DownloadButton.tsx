// Downloads a generated file (minutes .docx) through the API client, so the session and language go with it.
import { FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { api } from '../../../api/client.ts';
import { useNotify } from '../../../components/useNotify.tsx';

export function DownloadButton({ path, fileName, children, testId }: { path: string; fileName: string; children: ReactNode; testId: string }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<FileWordOutlined />}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await api.download(path, fileName);
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
