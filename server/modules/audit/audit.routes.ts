// Routes of the audit log.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { pageQuery } from '../../../common/platform.ts';
import { isIsoDate } from '../../../common/periods.ts';
import { actorOf } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as audit from './audit.service.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const tags = ['audit'];

export const auditRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/audit', { config: { permission: 'audit.read' },
    schema: {
      tags, summary: '审计日志查询（审计管理员）',
      querystring: z.strictObject({
        q: z.string().max(limits.searchMax).optional(), action: z.string().max(64).optional(), actorId: z.coerce.number().int().positive().max(limits.idMax).optional(),
        entityType: z.string().max(64).optional(), entityId: z.string().max(64).optional(), result: z.enum(['success', 'failure']).optional(),
        from: date.optional(), to: date.optional(), ...pageQuery,
      }),
    },
  }, async (req) => audit.searchAudit(ctx, actorOf(req), req.query));

  app.get('/api/audit/verify', { config: { permission: 'audit.read' }, schema: { tags, summary: '校验审计日志哈希链' } }, async (req) => audit.verifyAudit(ctx, actorOf(req)));
};
