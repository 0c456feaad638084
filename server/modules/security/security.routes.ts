// Routes of the security policy (security admin).
import { requirePermission } from '../../platform/access.ts';
import { actorOf } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import { getPolicy, securityPolicySchema, updatePolicy } from './security.service.ts';
import { z } from 'zod';

const tags = ['security'];

export const securityRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/security/policy', { config: { permission: 'security.policy' }, schema: { tags, summary: '安全策略' } }, async (req) => {
    requirePermission(actorOf(req), 'security.policy');
    return getPolicy(ctx);
  });
  app.put('/api/security/policy', { config: { permission: 'security.policy' },
    schema: { tags, summary: '修改安全策略', body: securityPolicySchema.extend({ version: z.number().int().min(0) }) },
  }, async (req) => updatePolicy(ctx, actorOf(req), req.body));
};
