// A notice naming the modules whose figures could not be read (the rest of the page still shows).
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModuleFailure } from '../types.ts';
import { moduleName } from './TileGrid.tsx';

export function FailedNotice({ failed, textKey = 'cockpit.page.failed' }: { failed: ModuleFailure[]; textKey?: string }) {
  const { t, i18n } = useTranslation();
  if (failed.length === 0) return null;
  const sep = i18n.language === 'en' ? ', ' : '、';
  return <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="cockpit-failed" title={t(textKey, { modules: failed.map((f) => moduleName(t, f.module)).join(sep) })} />;
}
