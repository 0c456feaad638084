// Configuration from the environment. Everything a deployment can change lives here.
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null; // postgres://… switches to PostgreSQL; null = SQLite under dataDir
  demo: boolean;
  demoPrices: boolean;
  secretKey: string | null; // hex, 32 bytes; encrypts TOTP secrets and contact data at rest
  auditHash: 'sm3' | 'sha256';
  secureCookies: boolean; // set behind TLS
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  loginRateLimitPerMinute: number;
  passwordExpiryDays: number; // 0 = off
  argon2: { memoryCost: number; timeCost: number };
  maxUploadMb: number;
  maxImportRows: number;
  logLevel: string;
  trustProxy: boolean;
  smtpUrl: string | null;
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`环境变量 ${name} 必须是数字 (got "${raw}")`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? env.DATABASE_URL : null;
  const auditHash = (env.TONGCHOU_AUDIT_HASH || 'sm3').toLowerCase();
  if (auditHash !== 'sm3' && auditHash !== 'sha256') throw new Error('TONGCHOU_AUDIT_HASH must be sm3 or sha256');
  return {
    port: int(env, 'PORT', 8080),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    demo: env.TONGCHOU_DEMO !== '0',
    /** The demo's two years of daily price quotes (292,000 rows); TONGCHOU_DEMO_PRICES=0 leaves them out. */
    demoPrices: env.TONGCHOU_DEMO_PRICES !== '0',
    secretKey: env.TONGCHOU_SECRET_KEY || null,
    auditHash,
    secureCookies: env.TONGCHOU_SECURE_COOKIES === '1',
    sessionIdleMinutes: int(env, 'TONGCHOU_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int(env, 'TONGCHOU_SESSION_ABSOLUTE_HOURS', 12),
    lockoutThreshold: int(env, 'TONGCHOU_LOCKOUT_THRESHOLD', 5),
    lockoutMinutes: int(env, 'TONGCHOU_LOCKOUT_MINUTES', 15),
    loginRateLimitPerMinute: int(env, 'TONGCHOU_LOGIN_RATE_LIMIT', 30),
    passwordExpiryDays: int(env, 'TONGCHOU_PASSWORD_EXPIRY_DAYS', 0),
    argon2: { memoryCost: int(env, 'TONGCHOU_ARGON2_MEMORY_KIB', 19456), timeCost: int(env, 'TONGCHOU_ARGON2_TIME', 2) },
    maxUploadMb: int(env, 'TONGCHOU_MAX_UPLOAD_MB', 20),
    maxImportRows: int(env, 'TONGCHOU_MAX_IMPORT_ROWS', 200000),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.TONGCHOU_TRUST_PROXY === '1',
    smtpUrl: env.SMTP_URL || null,
  };
}
