// Routes of users.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { roles } from '../../../common/permissions.ts';
import { pageQuery, userCreateSchema, userUpdateSchema } from '../../../common/platform.ts';
import { actorOf, sendFile, uploadedFile } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as users from './users.service.ts';

const tags = ['users'];
const idParams = z.strictObject({ id: z.coerce.number().int().positive().max(limits.idMax) });

export const userRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/users', { config: { permission: 'user.read' },
    schema: {
      tags, summary: '用户列表',
      querystring: z.strictObject({
        q: z.string().max(limits.searchMax).optional(), role: z.enum(roles).optional(), orgId: z.coerce.number().int().positive().max(limits.idMax).optional(), ...pageQuery,
      }),
    },
  }, async (req) => users.listUsers(ctx, actorOf(req), req.query));

  app.post('/api/users', { config: { permission: 'user.write' }, schema: { tags, summary: '新建用户（初始密码，首次登录须修改）', body: userCreateSchema } }, async (req, reply) =>
    reply.status(201).send(await users.createUser(ctx, actorOf(req), req.body)));

  app.patch('/api/users/:id', { config: { permission: 'user.write' }, schema: { tags, summary: '修改用户', params: idParams, body: userUpdateSchema } }, async (req) =>
    users.updateUser(ctx, actorOf(req), req.params.id, req.body));

  app.post('/api/users/:id/reset-password', { config: { permission: 'user.write' },
    schema: { tags, summary: '重置密码', params: idParams, body: z.strictObject({ password: z.string().min(1).max(limits.passwordMax) }) },
  }, async (req, reply) => {
    await users.resetPassword(ctx, actorOf(req), req.params.id, req.body.password);
    return reply.status(204).send();
  });

  app.post('/api/users/:id/unlock', { config: { permission: 'user.unlock' }, schema: { tags, summary: '解锁账户', params: idParams } }, async (req, reply) => {
    await users.unlockUser(ctx, actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get('/api/users/template', { config: { permission: 'user.read' }, schema: { tags, summary: '导入模板（xlsx）' } }, async (req, reply) =>
    sendFile(reply, await users.userTemplate(ctx, actorOf(req)), '用户导入模板.xlsx'));
  app.get('/api/users/export', { config: { permission: 'user.read' }, schema: { tags, summary: '导出（xlsx）' } }, async (req, reply) =>
    sendFile(reply, await users.exportUsers(ctx, actorOf(req)), '用户.xlsx'));
  app.post('/api/users/import', { config: { permission: 'user.write' }, schema: { tags, summary: '导入（xlsx，multipart 字段 file）', consumes: ['multipart/form-data'] } }, async (req) =>
    users.importUsers(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb)));
};
