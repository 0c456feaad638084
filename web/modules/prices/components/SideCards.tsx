// The overview's side: open alerts and the holiday/emergency windows, each with its report for a date
// inside the window (the page's date when it falls inside, else the window's nearest end).
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import { pricesPaths } from '../api.ts';
import type { PriceAlert, PriceWindow } from '../types.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';

export function AlertLevelTag({ a }: { a: Pick<PriceAlert, 'kind' | 'level'> }) {
  const { t } = useTranslation();
  const color = a.level === 'red' || a.level === 'crisis' ? 'red' : a.level === 'yellow' || a.level === 'stress' ? 'gold' : 'orange';
  return <Tag color={color}>{t(`price.kind.${a.kind}`)} · {t(`price.level.${a.level}`, { defaultValue: a.level })}</Tag>;
}

export function OpenAlertsCard({ alerts }: { alerts: PriceAlert[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('price.overview.openAlerts')} data-testid="price-open-alerts">
      {alerts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('price.overview.noAlerts')} />
      ) : (
        <List
          size="small"
          dataSource={alerts}
          renderItem={(a) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Space wrap size={4}>
                  <Typography.Text strong>{a.name}</Typography.Text>
                  <AlertLevelTag a={a} />
                  <Typography.Text type="secondary"><DateText value={a.date} /></Typography.Text>
                </Space>
                <Typography.Text style={{ fontSize: 12 }}>{a.message}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function WindowsCard({ windows, date }: { windows: PriceWindow[]; date: string }) {
  const { t } = useTranslation();
  if (!windows.length) return null;
  return (
    <Card size="small" title={t('price.overview.windows')} data-testid="price-windows">
      <List
        size="small"
        dataSource={windows}
        renderItem={(w) => {
          const at = date < w.startDate ? w.startDate : date > w.endDate ? w.endDate : date;
          return (
            <List.Item
              extra={
                <DownloadButton path={pricesPaths.windowReport(w.id)} query={{ date: at }} fileName={`节日价格监测报告-${at}.docx`} testId={`price-window-report-${w.id}`}>
                  {t('price.overview.windowReport')}
                </DownloadButton>
              }
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{w.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`price.windowKind.${w.kind}`)} · <DateText value={w.startDate} /> – <DateText value={w.endDate} /> · {t('price.overview.windowDate')} <DateText value={at} />
                </Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
