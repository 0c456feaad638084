// Routes of the service package, demands, tax sources, leads, evaluations and policy services.
import { z } from 'zod';
import { limits } from '../../../common/limits.ts';
import { pageQuery } from '../../../common/platform.ts';
import {
  applicationInput, demandActionInput, demandCategories, demandInput, demandStates, enterpriseIndustries, enterpriseInput, enterpriseUpdate, enterpriseZones, evalResultInput,
  leadInput, policyInput, taxInput, visitInput,
} from '../../../common/enterprises.ts';
import { actorOf, sendFile, answerJson, uploadedFile } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as ent from './enterprises.service.ts';
import * as demands from './demands.service.ts';
import * as biz from './business.service.ts';
import * as xlsx from './enterprises-xlsx.service.ts';
import { latestApproved } from '../economy/economy.service.ts';

const tags = ['enterprises'];
const year = z.coerce.number().int().min(2000).max(2100);
const id = z.coerce.number().int().positive().max(2_147_483_647);
const flag = z.enum(['1', '0']).optional();

export const enterpriseRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/enterprises', {
    config: { permission: 'ent.read' },
    schema: {
      tags, summary: '服务包企业名录（走访次数、待走访、未结诉求）', querystring: z.strictObject({
        year, q: z.string().max(limits.searchMax).optional(), zone: z.enum(enterpriseZones).optional(), industry: z.enum(enterpriseIndustries).optional(), townId: id.optional(),
        stewardUserId: id.optional(), mine: flag, unvisited: flag, ...pageQuery,
      }),
    },
  }, async (req) => ent.listEnterprises(ctx, actorOf(req), { ...req.query, mine: req.query.mine === '1', unvisited: req.query.unvisited === '1' }));
  app.get('/api/enterprises/stewards', { config: { permission: 'ent.read' }, schema: { tags, summary: '服务管家名单' } }, async (req) => ent.stewards(ctx, actorOf(req)));
  app.post('/api/enterprises', { config: { permission: 'ent.write' }, schema: { tags, summary: '新增企业', body: enterpriseInput } },
    async (req, reply) => reply.status(201).send(await ent.createEnterprise(ctx, actorOf(req), req.body)));
  app.get('/api/enterprises/item/:id', { config: { permission: 'ent.read' }, schema: { tags, summary: '企业档案（走访、诉求、申报、税收、线索）', params: z.strictObject({ id }) } },
    async (req) => ent.getEnterprise(ctx, actorOf(req), req.params.id));
  app.patch('/api/enterprises/item/:id', { config: { permission: 'ent.read' }, schema: { tags, summary: '修改企业（科室）或服务笔记（本企业管家）', params: z.strictObject({ id }), body: enterpriseUpdate } },
    async (req) => ent.updateEnterprise(ctx, actorOf(req), req.params.id, req.body));
  app.put('/api/enterprises/item/:id/tax', { config: { permission: 'ent.tax' }, schema: { tags, summary: '登记年度区级税收（万元）', params: z.strictObject({ id }), body: taxInput } },
    async (req) => ent.recordTax(ctx, actorOf(req), req.params.id, req.body.year, req.body.amount));
  app.get('/api/enterprises/template', { config: { permission: 'ent.read' }, schema: { tags, summary: '企业导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await xlsx.enterpriseTemplate(ctx, actorOf(req)), '服务包企业导入模板.xlsx'));
  app.get('/api/enterprises/export', { config: { permission: 'ent.write' }, schema: { tags, summary: '导出企业名录（xlsx，与导入格式相同）' } },
    async (req, reply) => sendFile(reply, await xlsx.exportEnterprises(ctx, actorOf(req)), '服务包企业.xlsx'));
  app.post('/api/enterprises/import', { config: { permission: 'ent.write' }, schema: { tags, summary: '导入企业名录（按信用代码新增或更新；全部成功或全部不导入）', consumes: ['multipart/form-data'] } },
    async (req) => xlsx.importEnterprises(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb)));

  app.put('/api/enterprises/visit-rule/:year', { config: { permission: 'ent.write' }, schema: { tags, summary: '年度走访要求（每家至少走访次数）', params: z.strictObject({ year }), body: z.strictObject({ minVisits: z.number().int().min(1).max(52) }) } },
    async (req) => ent.setVisitRule(ctx, actorOf(req), req.params.year, req.body.minVisits));
  app.post('/api/enterprises/visits', { config: { permission: 'ent.serve' }, schema: { tags, summary: '登记走访（可同时登记诉求）', body: visitInput } },
    async (req, reply) => reply.status(201).send(await ent.logVisit(ctx, actorOf(req), req.body)));
  app.get('/api/enterprises/coverage/:year', { config: { permission: 'ent.read' }, schema: { tags, summary: '走访覆盖率（按管家、区域、属地、行业；未走访名单）', params: z.strictObject({ year }) } },
    (req, reply) => answerJson(reply, ent.coverageJson(ctx, actorOf(req), req.params.year)));
  app.get('/api/enterprises/tax/:year', { config: { permission: 'ent.tax' }, schema: { tags, summary: '财源建设：税收排名、变化、未结诉求、服务企业税收占比', params: z.strictObject({ year }) } },
    async (req) => {
      const district = await latestApproved(ctx.db, 'TAX', req.params.year);
      return ent.taxRanking(ctx, actorOf(req), req.params.year, district && district.cumValue !== null ? { amount: district.unit === '亿元' ? district.cumValue * 10_000 : district.cumValue, period: district.period } : undefined);
    });

  app.get('/api/demands', {
    config: { permission: 'ent.read' },
    schema: { tags, summary: '企业诉求', querystring: z.strictObject({ open: flag, year: year.optional(), state: z.enum(demandStates).optional(), category: z.enum(demandCategories).optional(), handlerUnitId: id.optional(), enterpriseId: id.optional(), overdue: flag, ...pageQuery }) },
  }, async (req) => demands.listDemands(ctx, actorOf(req), { ...req.query, overdue: req.query.overdue === '1', open: req.query.open === '1' }));
  app.post('/api/demands', { config: { permission: 'ent.serve' }, schema: { tags, summary: '受理诉求', body: demandInput } },
    async (req, reply) => reply.status(201).send(await demands.createDemand(ctx, actorOf(req), req.body)));
  app.get('/api/demands/:id', { config: { permission: 'ent.read' }, schema: { tags, summary: '诉求详情与办理过程', params: z.strictObject({ id }) } },
    async (req) => demands.getDemand(ctx, actorOf(req), req.params.id));
  app.post('/api/demands/:id/action', { config: { permission: 'ent.read' }, schema: { tags, summary: '诉求办理（转办、接办、退回、答复、评价、办结、重办、提级）', params: z.strictObject({ id }), body: demandActionInput } },
    async (req) => demands.actOnDemand(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/demands/stats/:year', { config: { permission: 'ent.read' }, schema: { tags, summary: '诉求办结率、按期率、满意率（按单位、类别）', params: z.strictObject({ year }) } },
    async (req) => demands.demandStats(ctx, actorOf(req), req.params.year));

  app.get('/api/leads', { config: { permission: 'ent.read' }, schema: { tags, summary: '以商招商线索与转化' } }, async (req) => biz.listLeads(ctx, actorOf(req)));
  app.post('/api/leads', { config: { permission: 'ent.write' }, schema: { tags, summary: '新增线索', body: leadInput } },
    async (req, reply) => reply.status(201).send(await biz.saveLead(ctx, actorOf(req), null, req.body)));
  app.put('/api/leads/:id', { config: { permission: 'ent.write' }, schema: { tags, summary: '更新线索', params: z.strictObject({ id }), body: leadInput } },
    async (req) => biz.saveLead(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/evaluations', { config: { permission: 'ent.read' }, schema: { tags, summary: '营商环境评价得分与排名' } }, async (req) => biz.listEvaluations(ctx, actorOf(req)));
  app.put('/api/evaluations', { config: { permission: 'ent.write' }, schema: { tags, summary: '登记评价结果', body: evalResultInput } }, async (req) => biz.saveEvaluation(ctx, actorOf(req), req.body));
  app.get('/api/policies', { config: { permission: 'ent.read' }, schema: { tags, summary: '产业政策库（解读、匹配企业、申报情况）', querystring: z.strictObject({ industry: z.enum(enterpriseIndustries).optional() }) } },
    async (req) => biz.listPolicies(ctx, actorOf(req), req.query));
  app.post('/api/policies', { config: { permission: 'ent.write' }, schema: { tags, summary: '新增政策', body: policyInput } },
    async (req, reply) => reply.status(201).send(await biz.savePolicy(ctx, actorOf(req), null, req.body)));
  app.put('/api/policies/:id', { config: { permission: 'ent.write' }, schema: { tags, summary: '修改政策', params: z.strictObject({ id }), body: z.intersection(policyInput, z.object({ version: z.number().int().positive() })) } },
    async (req) => biz.savePolicy(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/policy-applications', { config: { permission: 'ent.read' }, schema: { tags, summary: '企业政策申报', querystring: z.strictObject({ policyId: id.optional(), enterpriseId: id.optional() }) } },
    async (req) => biz.listApplications(ctx, actorOf(req), req.query));
  app.post('/api/policy-applications', { config: { permission: 'ent.read' }, schema: { tags, summary: '登记申报（管家或科室）', body: applicationInput } },
    async (req, reply) => reply.status(201).send(await biz.saveApplication(ctx, actorOf(req), null, req.body)));
  app.put('/api/policy-applications/:id', { config: { permission: 'ent.read' }, schema: { tags, summary: '更新申报阶段与结果', params: z.strictObject({ id }), body: applicationInput } },
    async (req) => biz.saveApplication(ctx, actorOf(req), req.params.id, req.body));
};
