// Providers: TanStack Query, antd ConfigProvider (zh-CN / en-US locale), router.
// antd's App (toasts, modals) and the date-picker locale sit in AppLayout, outside the log-in chunk.
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router';
import { onUnauthorized } from '../api/client.ts';
import { useUiLang } from '../i18n/index.ts';
import { queryClient } from './queryClient.ts';
import { useReducedMotion } from './reducedMotion.ts';
import { router } from './router.tsx';
import { endSession } from './session.ts';

// A 401 auth.required / auth.session_expired anywhere: forget the session; RequireSession then
// sends the user to /login?next=… (one place decides where to go).
onUnauthorized((code) => endSession(queryClient, code));

const baseToken = {
  colorPrimary: '#b7202e', borderRadius: 6, fontFamily: "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
};
const themes = { motion: { token: baseToken }, still: { token: { ...baseToken, motion: false } } };

export function Root() {
  const lang = useUiLang();
  const theme = useReducedMotion() ? themes.still : themes.motion;
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}
