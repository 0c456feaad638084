// Routes of the livelihood module: the 七有五性 index (system, values, index, weak indicators, projects),
// the 疏整促 special action and population control.
import { z } from 'zod';
import {
  aggregations, indicatorInput, normalisations, popFigureInput, popTargetsInput, publicityInput, reviewInput, reviewStates, standardDimensions, systemCreateInput,
  szcReportInput, szcTargetsInput, szcTypeInput, valuesInput, weightsInput,
} from '../../../common/livelihood.ts';
import { isIsoDate } from '../../../common/periods.ts';
import { limits } from '../../../common/limits.ts';
import { actorOf, sendFile, uploadedFile } from '../../platform/http.ts';
import type { ModuleRegister } from '../types.ts';
import * as live from './livelihood.service.ts';
import * as docs from './livelihood-documents.service.ts';
import * as szc from './szc.service.ts';
import * as pop from './population.service.ts';

const tags = ['livelihood'];
const id = z.coerce.number().int().positive().max(limits.idMax);
const year = z.coerce.number().int().min(2000).max(2100);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const yearParams = z.strictObject({ year });
const indexQuery = z.strictObject({
  normalisation: z.enum(normalisations).optional(), aggregation: z.enum(aggregations).optional(),
  runs: z.coerce.number().int().min(10).max(5000).optional(), spread: z.coerce.number().min(0).max(0.5).optional(), seed: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
});

export const livelihoodRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/livelihood/years', { config: { permission: 'live.read' }, schema: { tags, summary: '七有五性指标体系年度列表' } }, async (req) => live.listYears(ctx, actorOf(req)));
  app.post('/api/livelihood/systems', { config: { permission: 'live.write' }, schema: { tags, summary: '新建年度指标体系（可复制上一年）', body: systemCreateInput } },
    async (req, reply) => reply.status(201).send(await live.createSystem(ctx, actorOf(req), req.body)));
  app.get('/api/livelihood/systems/:year', { config: { permission: 'live.read' }, schema: { tags, summary: '年度指标体系：维度、指标、权重、方法', params: yearParams } },
    async (req) => live.getSystem(ctx, actorOf(req), req.params.year));
  app.put('/api/livelihood/systems/:year/weights', { config: { permission: 'live.write' }, schema: { tags, summary: '设置标准化/汇总方法和权重（每层之和为 1）', params: yearParams, body: weightsInput } },
    async (req) => live.saveWeights(ctx, actorOf(req), req.params.year, req.body));
  app.post('/api/livelihood/systems/:year/indicators', { config: { permission: 'live.write' }, schema: { tags, summary: '新增指标', params: yearParams, body: indicatorInput } },
    async (req, reply) => reply.status(201).send(await live.addIndicator(ctx, actorOf(req), req.params.year, req.body)));

  app.get('/api/livelihood/values', { config: { permission: 'live.read' }, schema: { tags, summary: '指标数据（本区及全市各区）', querystring: z.strictObject({ year, quarter: z.coerce.number().int().min(0).max(4).default(0) }) } },
    async (req) => live.valuesGrid(ctx, actorOf(req), req.query.year, req.query.quarter));
  app.put('/api/livelihood/values', { config: { permission: 'live.report' }, schema: { tags, summary: '填报指标数据（成员单位报本单位指标；其他区数据由科室录入）', body: valuesInput } },
    async (req) => live.saveValues(ctx, actorOf(req), req.body));
  app.post('/api/livelihood/values/review', { config: { permission: 'live.review' }, schema: { tags, summary: '审核或退回指标数据（审核后锁定）', body: reviewInput } },
    async (req) => live.reviewValues(ctx, actorOf(req), req.body));
  app.get('/api/livelihood/values/template', { config: { permission: 'live.read' }, schema: { tags, summary: '指标数据导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await docs.valueTemplate(ctx, actorOf(req)), '七有五性指标数据导入模板.xlsx'));
  app.post('/api/livelihood/values/import', { config: { permission: 'live.report' }, schema: { tags, summary: '导入指标数据（全部成功或全部不导入）', querystring: z.strictObject({ year }), consumes: ['multipart/form-data'] } },
    async (req) => docs.importValues(ctx, actorOf(req), req.query.year, await uploadedFile(req, ctx.config.maxUploadMb)));

  app.get('/api/livelihood/index/:year', { config: { permission: 'live.read' }, schema: { tags, summary: '总指数、排名、维度得分、拉低排名的指标、权重敏感性、方法', params: yearParams, querystring: indexQuery } },
    async (req) => live.indexOf(ctx, actorOf(req), req.params.year, req.query));
  app.get('/api/livelihood/index/:year/export.xlsx', { config: { permission: 'live.read' }, schema: { tags, summary: '导出指数结果（原始数据、标准化得分、权重、方法）', params: yearParams, querystring: indexQuery.pick({ normalisation: true, aggregation: true }) } },
    async (req, reply) => sendFile(reply, await docs.exportIndex(ctx, actorOf(req), req.params.year, req.query), `${req.params.year}年七有五性监测评价指数.xlsx`));
  app.get('/api/livelihood/weak/:year', { config: { permission: 'live.read' }, schema: { tags, summary: '短板指标（拉低排名且位于后半段）', params: yearParams } },
    async (req) => live.weakIndicators(ctx, actorOf(req), req.params.year));
  app.post('/api/livelihood/weak/:year/tasks', {
    config: { permission: 'live.write' },
    schema: { tags, summary: '短板指标生成督办任务（牵头单位为数据来源单位；重复请求不重复生成）', params: yearParams, body: z.strictObject({ planYear: year.optional(), dueDate: z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD').nullable().default(null) }) },
  }, async (req) => live.makeWeakTasks(ctx, actorOf(req), { year: req.params.year, planYear: req.body.planYear ?? req.params.year, dueDate: req.body.dueDate }));

  app.get('/api/livelihood/projects', { config: { permission: 'live.read' }, schema: { tags, summary: '民生项目（关联项目库）及进度' } }, async (req) => live.listProjects(ctx, actorOf(req)));
  app.post('/api/livelihood/projects', { config: { permission: 'live.write' }, schema: { tags, summary: '关联民生项目', body: z.strictObject({ projectId: z.number().int().positive().max(limits.idMax), dimensionCode: z.enum(standardDimensions.map((d) => d.code) as [string, ...string[]]), note: z.string().trim().max(200).default('') }) } },
    async (req, reply) => reply.status(201).send(await live.linkProject(ctx, actorOf(req), req.body)));
  app.delete('/api/livelihood/projects/:id', { config: { permission: 'live.write' }, schema: { tags, summary: '取消关联民生项目', params: z.strictObject({ id }) } },
    async (req) => live.unlinkProject(ctx, actorOf(req), req.params.id));

  app.get('/api/livelihood/szc/:year', { config: { permission: 'live.read' }, schema: { tags, summary: '疏整促年度方案、分镇目标、完成情况（镇×类型）、宣传报道', params: yearParams, querystring: z.strictObject({ period: month.optional() }) } },
    async (req) => szc.szcOverview(ctx, actorOf(req), req.params.year, req.query.period));
  app.get('/api/livelihood/szc/:year/behind', { config: { permission: 'live.read' }, schema: { tags, summary: '疏整促进度落后的镇乡街道', params: yearParams } },
    async (req) => szc.behindTowns(ctx, actorOf(req), req.params.year));
  app.post('/api/livelihood/szc/:year/types', { config: { permission: 'live.write' }, schema: { tags, summary: '新增疏整促任务类型', params: yearParams, body: szcTypeInput } },
    async (req, reply) => reply.status(201).send(await szc.createType(ctx, actorOf(req), req.params.year, req.body)));
  app.put('/api/livelihood/szc/types/:id/targets', { config: { permission: 'live.write' }, schema: { tags, summary: '设置分镇年度目标', params: z.strictObject({ id }), body: szcTargetsInput } },
    async (req) => szc.setTargets(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/livelihood/szc/:year/reports', { config: { permission: 'live.read' }, schema: { tags, summary: '疏整促月报', params: yearParams, querystring: z.strictObject({ townId: id.optional(), period: month.optional(), state: z.enum(reviewStates).optional() }) } },
    async (req) => szc.listReports(ctx, actorOf(req), { year: req.params.year, ...req.query }));
  app.put('/api/livelihood/szc/reports', { config: { permission: 'live.report' }, schema: { tags, summary: '报送疏整促月度累计进度（本镇）', body: szcReportInput } },
    async (req) => szc.saveReport(ctx, actorOf(req), req.body));
  app.post('/api/livelihood/szc/reports/review', { config: { permission: 'live.review' }, schema: { tags, summary: '审核或退回疏整促月报', body: reviewInput } },
    async (req) => szc.reviewReports(ctx, actorOf(req), req.body));
  app.post('/api/livelihood/szc/:year/publicity', { config: { permission: 'live.report' }, schema: { tags, summary: '登记信息宣传（稿件、媒体报道）', params: yearParams, body: publicityInput } },
    async (req, reply) => reply.status(201).send(await szc.addPublicity(ctx, actorOf(req), req.params.year, req.body)));

  app.get('/api/livelihood/population/:year', { config: { permission: 'live.read' }, schema: { tags, summary: '人口调控：全区目标、分镇目标、季度常住人口、差距', params: yearParams } },
    async (req) => pop.populationOverview(ctx, actorOf(req), req.params.year));
  app.get('/api/livelihood/population/:year/over', { config: { permission: 'live.read' }, schema: { tags, summary: '常住人口超过调控目标的镇乡街道', params: yearParams } },
    async (req) => pop.overTowns(ctx, actorOf(req), req.params.year));
  app.put('/api/livelihood/population/:year/targets', { config: { permission: 'live.write' }, schema: { tags, summary: '设置全区调控目标及分镇目标（分镇之和须等于全区）', params: yearParams, body: popTargetsInput } },
    async (req) => pop.setTargets(ctx, actorOf(req), req.params.year, req.body));
  app.put('/api/livelihood/population/figures', { config: { permission: 'live.report' }, schema: { tags, summary: '报送季度常住人口（本镇）', body: popFigureInput } },
    async (req) => pop.saveFigure(ctx, actorOf(req), req.body));
  app.post('/api/livelihood/population/figures/review', { config: { permission: 'live.review' }, schema: { tags, summary: '审核或退回常住人口数据', body: reviewInput } },
    async (req) => pop.reviewFigures(ctx, actorOf(req), req.body));
};
