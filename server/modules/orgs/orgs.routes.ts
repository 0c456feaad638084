// Routes of org units. Each declares its schemas (they feed OpenAPI) and calls one service function.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { orgCreateSchema, orgUpdateSchema } from '../../../common/platform.ts';
import { actorOf, sendFile, answerJson, uploadedFile } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as orgs from './orgs.service.ts';

const tags = ['orgs'];
const idParams = z.strictObject({ id: z.coerce.number().int().positive().max(limits.idMax) });

export const orgRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/orgs', { config: { permission: 'org.read' }, schema: { tags, summary: '组织机构列表（全部，父级在前）' } }, (req, reply) =>
    answerJson(reply, orgs.listOrgsJson(ctx, actorOf(req))));

  app.post('/api/orgs', { config: { permission: 'org.write' }, schema: { tags, summary: '新建单位', body: orgCreateSchema } }, async (req, reply) =>
    reply.status(201).send(await orgs.createOrg(ctx, actorOf(req), req.body)));

  app.patch('/api/orgs/:id', { config: { permission: 'org.write' }, schema: { tags, summary: '修改单位', params: idParams, body: orgUpdateSchema } }, async (req) =>
    orgs.updateOrg(ctx, actorOf(req), req.params.id, req.body));

  app.delete('/api/orgs/:id', { config: { permission: 'org.write' },
    schema: { tags, summary: '删除单位', params: idParams, querystring: z.strictObject({ version: z.coerce.number().int().positive() }) },
  }, async (req, reply) => {
    await orgs.deleteOrg(ctx, actorOf(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });

  app.get('/api/orgs/template', { config: { permission: 'org.read' }, schema: { tags, summary: '导入模板（xlsx）' } }, async (req, reply) =>
    sendFile(reply, await orgs.orgTemplate(ctx, actorOf(req)), '组织机构导入模板.xlsx'));

  app.get('/api/orgs/export', { config: { permission: 'org.read' }, schema: { tags, summary: '导出（xlsx）' } }, async (req, reply) =>
    sendFile(reply, await orgs.exportOrgs(ctx, actorOf(req)), '组织机构.xlsx'));

  app.post('/api/orgs/import', { config: { permission: 'org.write' }, schema: { tags, summary: '导入（xlsx，multipart 字段 file；全部成功或全部不导入）', consumes: ['multipart/form-data'] } }, async (req) =>
    orgs.importOrgs(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb)));
};
