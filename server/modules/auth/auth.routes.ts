// Routes of authentication: log-in, log-out, the current user, password change, TOTP set-up.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { SESSION_COOKIE, sessionOf } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as auth from './auth.service.ts';

const tags = ['auth'];

export const authRoutes: ModuleRegister = async (app, ctx) => {
  const cookieOpts = (maxAgeSeconds?: number) => ({
    path: '/', httpOnly: true, sameSite: 'strict' as const, secure: ctx.config.secureCookies, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  });

  app.post('/api/auth/login', {
    config: { auth: 'public', rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: 60_000 } },
    schema: {
      tags, summary: '登录',
      body: z.strictObject({
        username: z.string().min(1).max(limits.usernameMax),
        password: z.string().min(1).max(limits.passwordMax),
        totp: z.string().max(10).optional(),
      }),
    },
  }, async (req, reply) => {
    const { sessionId, info } = await auth.login(ctx, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null, previousSessionId: req.cookies[SESSION_COOKIE] });
    reply.setCookie(SESSION_COOKIE, sessionId, cookieOpts(ctx.config.sessionAbsoluteHours * 3600));
    const user = await auth.me(ctx, info);
    return { user, csrfToken: info.csrfToken };
  });

  app.post('/api/auth/logout', { config: { auth: 'pending' }, schema: { tags, summary: '退出登录' } }, async (req, reply) => {
    await auth.logout(ctx, sessionOf(req));
    reply.clearCookie(SESSION_COOKIE, cookieOpts());
    return reply.status(204).send();
  });

  app.get('/api/me', { config: { auth: 'pending' }, schema: { tags, summary: '当前用户' } }, async (req) => auth.me(ctx, sessionOf(req)));

  app.post('/api/me/password', {
    config: { auth: 'pending' },
    schema: { tags, summary: '修改密码', body: z.strictObject({ currentPassword: z.string().min(1).max(limits.passwordMax), newPassword: z.string().min(1).max(limits.passwordMax) }) },
  }, async (req, reply) => {
    await auth.changePassword(ctx, sessionOf(req), req.body);
    return reply.status(204).send();
  });

  app.post('/api/me/totp/setup', { config: { auth: 'pending' }, schema: { tags, summary: '生成动态验证码密钥' } }, async (req) => auth.startTotp(ctx, sessionOf(req)));

  app.post('/api/me/totp/enable', {
    config: { auth: 'pending' },
    schema: { tags, summary: '启用动态验证码', body: z.strictObject({ code: z.string().regex(/^\d{6}$/) }) },
  }, async (req, reply) => {
    await auth.enableTotp(ctx, sessionOf(req), req.body.code);
    return reply.status(204).send();
  });

  app.post('/api/me/totp/disable', {
    schema: { tags, summary: '停用动态验证码', body: z.strictObject({ code: z.string().regex(/^\d{6}$/) }) },
  }, async (req, reply) => {
    await auth.disableTotp(ctx, sessionOf(req), req.body.code);
    return reply.status(204).send();
  });
};
