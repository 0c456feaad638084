// Toasts through antd's App context (so they follow ConfigProvider's theme and locale).
import { App } from 'antd';
import { useCallback } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';

export function useNotify() {
  const { message } = App.useApp();
  const success = useCallback((text: string) => void message.success(text), [message]);
  const error = useCallback(
    (err: unknown) => void message.error({ content: <ErrorMessage error={err} />, duration: 6 }),
    [message],
  );
  return { success, error };
}
