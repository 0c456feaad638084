// JSON logs with pino. Secrets and cookies are redacted.
import pino from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    base: { app: 'tongchou' },
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'password', '*.password', '*.newPassword', '*.currentPassword'],
  });
}
