// Open API tokens and outgoing webhooks: the shapes both the server and the admin page use.
import { z } from 'zod';
import { limits } from './limits.ts';

export const tokenScopes = ['indicators:read', 'projects:read', 'alerts:read'] as const;
export type TokenScope = (typeof tokenScopes)[number];
export const tokenScopeLabels: Record<TokenScope, { zh: string; en: string }> = {
  'indicators:read': { zh: '读取经济指标', en: 'Read economic indicators' },
  'projects:read': { zh: '读取项目数据', en: 'Read project data' },
  'alerts:read': { zh: '读取预警（驾驶舱关注事项）', en: 'Read alerts (cockpit attention items)' },
};

export const tokenInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(tokenScopes)).min(1).max(tokenScopes.length).refine((a) => new Set(a).size === a.length, '权限范围不能重复'),
  expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
});

export const webhookKinds = ['wecom', 'dingtalk', 'generic'] as const;
export const webhookEvents = ['price.alert', 'cockpit.alert'] as const;
export const webhookKindLabels: Record<(typeof webhookKinds)[number], { zh: string; en: string }> = {
  wecom: { zh: '企业微信群机器人', en: 'WeCom group robot' },
  dingtalk: { zh: '钉钉群机器人', en: 'DingTalk group robot' },
  generic: { zh: '通用 JSON 回调（HMAC 签名）', en: 'Generic JSON callback (HMAC-signed)' },
};
export const webhookEventLabels: Record<(typeof webhookEvents)[number], { zh: string; en: string }> = {
  'price.alert': { zh: '价格预警', en: 'Price alerts' },
  'cockpit.alert': { zh: '驾驶舱红色事项', en: 'Cockpit red items' },
};

const url = z.string().trim().max(1000).refine((u) => {
  try {
    const p = new URL(u);
    return (p.protocol === 'https:' || p.protocol === 'http:') && !p.username && !p.password;
  } catch {
    return false;
  }
}, '地址应为 http(s):// 开头的完整网址');

export const webhookInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(webhookKinds),
  url,
  secret: z.string().max(200).nullable().default(null),
  events: z.array(z.enum(webhookEvents)).min(1).max(webhookEvents.length),
  active: z.boolean().default(true),
});
export const webhookUpdate = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  url: url.optional(),
  secret: z.string().max(200).nullable().optional(),
  events: z.array(z.enum(webhookEvents)).min(1).max(webhookEvents.length).optional(),
  active: z.boolean().optional(),
  version: z.number().int().positive().max(limits.idMax),
});
