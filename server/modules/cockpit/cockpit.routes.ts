// Routes of the cockpit, 我的工作, the report centre, the jobs page, the open API and its tokens, and webhooks.
import { z } from 'zod';
import { pageQuery } from '../../../common/platform.ts';
import { tokenInput, webhookInput, webhookUpdate } from '../../../common/integrations.ts';
import { actorOf, sendFile, answerJson } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as cockpit from './cockpit.service.ts';
import * as reports from './reports.service.ts';
import * as jobs from './jobs.service.ts';
import * as integrations from './integrations.service.ts';
import * as open from './open-api.service.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const reportType = z.string().regex(/^[a-z]+\.[a-z_]+$/, '报告类型形如 economy.brief').max(60);
const reportPeriod = z.string().max(10);
const year = z.coerce.number().int().min(2000).max(2100);

export const cockpitRoutes: ModuleRegister = async (app, ctx) => {
  const tags = ['cockpit'];
  app.get('/api/cockpit', { config: { permission: 'cockpit.read' }, schema: { tags, summary: '领导驾驶舱：各模块需关注事项（每个数字可下钻到对应记录）' } },
    (req, reply) => answerJson(reply, cockpit.cockpitJson(ctx, actorOf(req))));
  app.get('/api/my-work', { schema: { tags, summary: '我的工作：待我办理、待我审核' } }, async (req) => cockpit.myWork(ctx, actorOf(req)));

  const rtags = ['reports'];
  app.get('/api/reports/types', { schema: { tags: rtags, summary: '报告中心：可生成的报告类型' } }, async (req) => reports.listTypes(ctx, actorOf(req)));
  app.get('/api/reports', { schema: { tags: rtags, summary: '报告中心：已生成的报告版本', querystring: z.strictObject({ type: reportType.optional(), period: reportPeriod.optional(), ...pageQuery }) } },
    async (req) => reports.listVersions(ctx, actorOf(req), req.query));
  app.post('/api/reports/generate', { schema: { tags: rtags, summary: '生成（或重新生成）报告，保存为新版本', body: z.strictObject({ type: reportType, period: reportPeriod }) } },
    async (req, reply) => reply.status(201).send(await reports.generate(ctx, actorOf(req), req.body)));
  app.get('/api/reports/:id/download', { schema: { tags: rtags, summary: '下载报告版本', params: z.strictObject({ id }) } }, async (req, reply) => {
    const f = await reports.download(ctx, actorOf(req), req.params.id);
    return sendFile(reply, f.buf, f.filename);
  });
  app.put('/api/reports/subscriptions', { schema: { tags: rtags, summary: '订阅定期报告（按本人权限生成并提醒）', body: z.strictObject({ types: z.array(reportType).max(50) }) } },
    async (req) => reports.setSubscriptions(ctx, actorOf(req), [...new Set(req.body.types)]));

  const atags = ['admin'];
  app.get('/api/admin/jobs', { config: { permission: 'platform.jobs' }, schema: { tags: atags, summary: '定时任务：间隔、最近运行与结果' } }, async (req) => jobs.listJobs(ctx, actorOf(req)));
  app.post('/api/admin/jobs/:name/run', { config: { permission: 'platform.jobs' }, schema: { tags: atags, summary: '立即运行定时任务（同一时刻全集群只运行一次）', params: z.strictObject({ name: z.string().max(60) }) } },
    async (req) => jobs.runNow(ctx, actorOf(req), req.params.name));
  app.get('/api/admin/api-tokens', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '开放接口访问令牌' } }, async (req) => integrations.listTokens(ctx, actorOf(req)));
  app.post('/api/admin/api-tokens', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '新建访问令牌（令牌只显示这一次）', body: tokenInput } },
    async (req, reply) => reply.status(201).send(await integrations.createToken(ctx, actorOf(req), req.body)));
  app.post('/api/admin/api-tokens/:id/revoke', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '吊销访问令牌', params: z.strictObject({ id }) } },
    async (req) => integrations.revokeToken(ctx, actorOf(req), req.params.id));
  app.get('/api/admin/webhooks', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '预警推送（群机器人、回调地址）' } }, async (req) => integrations.listWebhooks(ctx, actorOf(req)));
  app.post('/api/admin/webhooks', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '新建预警推送', body: webhookInput } },
    async (req, reply) => reply.status(201).send(await integrations.createWebhook(ctx, actorOf(req), req.body)));
  app.patch('/api/admin/webhooks/:id', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '修改预警推送', params: z.strictObject({ id }), body: webhookUpdate } },
    async (req) => integrations.updateWebhook(ctx, actorOf(req), req.params.id, req.body));
  app.delete('/api/admin/webhooks/:id', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '删除预警推送', params: z.strictObject({ id }) } },
    async (req) => integrations.deleteWebhook(ctx, actorOf(req), req.params.id));
  app.post('/api/admin/webhooks/:id/test', { config: { permission: 'platform.integrations' }, schema: { tags: atags, summary: '发送测试消息', params: z.strictObject({ id }) } },
    async (req) => integrations.testWebhook(ctx, actorOf(req), req.params.id));

  // The open API: a bearer token in place of a session, checked per scope (no token → 401, a token
  // without the route's scope → 403). Read-only; the figures are the district-wide ones a leader sees.
  const otags = ['open-api'];
  const auth = { auth: 'token' as const };
  app.get('/api/open/v1/indicators', { config: auth, schema: { tags: otags, summary: '开放接口：经济指标（需 indicators:read）', querystring: z.strictObject({ year: year.optional() }) } },
    async (req) => open.indicators(ctx, await integrations.tokenActor(ctx, req.headers.authorization, 'indicators:read'), req.query.year));
  app.get('/api/open/v1/projects', { config: auth, schema: { tags: otags, summary: '开放接口：重大项目（需 projects:read）', querystring: z.strictObject({ year: year.optional(), ...pageQuery }) } },
    async (req) => open.projects(ctx, await integrations.tokenActor(ctx, req.headers.authorization, 'projects:read'), req.query));
  app.get('/api/open/v1/alerts', { config: auth, schema: { tags: otags, summary: '开放接口：驾驶舱关注事项与价格预警（需 alerts:read）' } },
    async (req) => open.alerts(ctx, await integrations.tokenActor(ctx, req.headers.authorization, 'alerts:read')));
};
