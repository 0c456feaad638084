// 领导驾驶舱: what needs attention now across every module the leader may read. Each figure links to the
// page listing exactly its records; 大屏模式 opens the meeting-room screen.
import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { useCockpit } from '../api.ts';
import { FailedNotice } from '../components/FailedNotice.tsx';
import { SummaryStrip, TileGrid } from '../components/TileGrid.tsx';
import '../cockpit.css';

export function CockpitPage() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const q = useCockpit();
  const data = q.data;
  return (
    <ModulePage
      title={t('cockpit.page.title')}
      testId="cockpit-page"
      bar={data && <span data-testid="cockpit-asof">{t('cockpit.page.asOf', { time: formatDateTime(data.asOf, lang, true) })}</span>}
      extra={
        <>
          <Button icon={<ReloadOutlined />} loading={q.isFetching} onClick={() => void q.refetch()} data-testid="cockpit-refresh">
            {t('cockpit.page.refresh')}
          </Button>
          <Link to="/cockpit/screen" data-testid="cockpit-screen-link">
            <Button type="primary" icon={<DesktopOutlined />}>
              {t('cockpit.page.screen')}
            </Button>
          </Link>
        </>
      }
      error={q.error}
      loading={q.isPending}
      onRetry={() => void q.refetch()}
    >
      {data && (
        <>
          <SummaryStrip summary={data.summary} />
          <FailedNotice failed={data.failed} />
          {data.tiles.length === 0 ? (
            <Empty description={t('cockpit.page.empty')} />
          ) : (
            <>
              <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                {t('cockpit.page.drill')}
              </Typography.Paragraph>
              <TileGrid tiles={data.tiles} />
            </>
          )}
        </>
      )}
    </ModulePage>
  );
}
