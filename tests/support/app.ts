// Builds a real app on a real test database, seeded with the platform's demo org tree and one
// demo user per role, and an HTTP client that logs in and carries the cookie and CSRF token.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/platform/config.ts';
import type { AppContext } from '../../server/platform/context.ts';
import { openContext } from '../../server/platform/runtime.ts';
import { DEMO_PASSWORD, seedPlatformDemo } from '../../server/demo/platform.ts';
import { seedAllDemo } from '../../server/demo/index.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export { DEMO_PASSWORD };

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
  tdb: TestDatabase;
  client: () => Client;
  as: (username: string, password?: string) => Promise<Client>;
  orgId: (code: string) => Promise<number>;
  close: () => Promise<void>;
};

export function testConfig(tdb: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>, overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    dataDir: tdb.dataDir,
    databaseUrl: tdb.databaseUrl,
    secretKey: 'ab'.repeat(32),
    logLevel: 'silent',
    argon2: { memoryCost: 1024, timeCost: 1 }, // argon2id still, at a cost that keeps tests quick
    loginRateLimitPerMinute: 1000,
    ...overrides,
  };
}

export async function createTestApp(opts: { seed?: boolean | 'all'; prices?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  // On PostgreSQL the full demo (without prices) is copied from a template seeded once per run (scripts/test.js), when there is one.
  const template = opts.seed === 'all' && !opts.prices && !opts.config ? process.env.TONGCHOU_TEST_PG_TEMPLATE : undefined;
  const tdb = await createTestDatabase({ template });
  const config = testConfig(tdb, opts.config);
  const { ctx, database } = await openContext(config, { logLevel: 'silent' });
  if (opts.seed === 'all') {
    if (!(template && tdb.dialect === 'postgres')) await seedAllDemo(ctx, undefined, { prices: !!opts.prices });
  } else if (opts.seed !== false) await seedPlatformDemo(ctx);
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const t: TestApp = {
    app, ctx, config, tdb,
    client: () => new Client(app),
    as: async (username, password = DEMO_PASSWORD) => {
      const c = new Client(app);
      const res = await c.login(username, password);
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return c;
    },
    orgId: async (code) => (await ctx.db.selectFrom('orgUnits').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id,
    close: async () => {
      await app.close();
      await database.close();
      await tdb.drop();
    },
  };
  return t;
}

export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private readonly app: FastifyInstance) {}

  async login(username: string, password: string, totp?: string): Promise<LightMyRequestResponse> {
    const res = await this.request('POST', '/api/auth/login', { username, password, ...(totp ? { totp } : {}) });
    const setCookie = res.cookies.find((c) => c.name === 'tc_sid');
    if (setCookie) this.cookie = `tc_sid=${setCookie.value}`;
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) h['content-type'] = 'application/json';
    return this.app.inject({ method, url, headers: h, payload: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) });
  }

  get(url: string) { return this.request('GET', url); }
  post(url: string, body?: unknown) { return this.request('POST', url, body ?? {}); }
  patch(url: string, body: unknown) { return this.request('PATCH', url, body); }
  put(url: string, body: unknown) { return this.request('PUT', url, body); }
  delete(url: string) { return this.request('DELETE', url); }

  /** multipart/form-data upload of one file in field `file`. */
  upload(url: string, file: Buffer, filename = 'upload.xlsx'): Promise<LightMyRequestResponse> {
    const boundary = '----tongchou' + Math.random().toString(16).slice(2);
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return this.request('POST', url, payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
  }
}

/** The error code of a response's envelope. */
export function errCode(res: LightMyRequestResponse): string | undefined {
  try {
    return res.json().error?.code;
  } catch {
    return undefined;
  }
}
