// Demo work plan 2023 of the district DRC (区发改委, Huairou): the commission's 2023 work-deployment speech
// (shared/seed/speech-2023.txt) decomposed into areas → work points → tasks → milestones, as typed data.
// Areas 1–8 are the eight "下功夫" headings of part 一 of the speech; area 0 holds part 二 (三个聚焦: 政治建设,
// 中心任务, 干部队伍) as standing party-building duties, so they enter the same assessment (docs/domain.md §1.1, §1.7).
// Task codes read year-workpointSeq-nn, e.g. '2023-7.1-01'.
//
// [illustrative] The structure and wording follow the speech; everything else is invented demo data: lead and
// supporting units, leaders, dates, weights, milestones, target figures and the `progress` story. Every target value
// with `demo: true` is invented. The speech's redacted `*` figures (docs/domain.md §11, P2–P8: number of GDP-support
// indicators, GDP growth, number of 统筹, new and continuing projects, FAI and 建安 growth) are demo values here that
// users would enter as the year's configuration; those targets carry a `// speech: …` comment. Only the figures the
// speech states (463 服务包 enterprises, 100% visit coverage) and values that follow from the task itself (one
// 实施方案, the 16 镇乡街道, “清零” = 0, collective decision on every 三重一大 item) have `demo: false`.
// The village of the 棚户区改造配套道路 is redacted (`**`, P9) in the speech; the demo places the road in 庙城镇.
//
// `progress` is the story of the Jan–Oct 2023 reports (status date 2023-10-31): 'done_early' = finished before its
// due date; 'overdue' = due before 2023-10-31 and not finished. Tasks due before 2023-10-31 are always one of these two.

export type DemoMilestone = { title: string; plannedDate: string /* YYYY-MM-DD */; plannedPct: number | null; deliverable: string };

export type DemoTask = {
  code: string;
  title: string;
  description: string;
  category: '业务' | '党建';
  tags: string[];
  leadUnit: string;
  coUnits: string[];
  leader: string;
  start: string;
  due: string;
  target: { metric: string; value: number; unit: string; direction: 'atLeast' | 'atMost' | 'exact'; demo: boolean } | null;
  weight: number;
  milestones: DemoMilestone[];
  progress: 'ahead' | 'on_track' | 'lagging' | 'seriously_behind' | 'overdue' | 'done_early';
};

export type DemoWorkPoint = { seq: string; title: string; source: ('speech' | '折子工程' | '民生实事' | '市级任务' | '自定')[]; tasks: DemoTask[] };

export type DemoArea = { seq: number; title: string; shortTitle: string; workPoints: DemoWorkPoint[] };

const ms = (title: string, plannedDate: string, plannedPct: number | null, deliverable: string): DemoMilestone => ({ title, plannedDate, plannedPct, deliverable });

/** Quarterly checkpoints 25/50/75/100 % of a yearly count, e.g. quarterly('学习', 12, '次', '学习台账'). */
const quarterly = (what: string, total: number, unit: string, deliverable: string, finalDeliverable = deliverable): DemoMilestone[] => [
  ms(`一季度完成${what}${Math.round(total / 4)}${unit}`, '2023-03-31', 25, deliverable),
  ms(`上半年累计完成${Math.round(total / 2)}${unit}`, '2023-06-30', 50, deliverable),
  ms(`前三季度累计完成${Math.round((total * 3) / 4)}${unit}`, '2023-09-30', 75, deliverable),
  ms(`全年完成${total}${unit}`, '2023-12-31', 100, finalDeliverable),
];

/** Checkpoints of a growth-rate indicator: quarterly statistics, no % of completion. */
const rateCheckpoints = (what: string): DemoMilestone[] => [
  ms(`一季度${what}数据分析`, '2023-04-30', null, '一季度分析报告'),
  ms(`上半年${what}数据分析`, '2023-07-31', null, '上半年分析报告'),
  ms(`前三季度${what}数据分析`, '2023-10-31', null, '前三季度分析报告'),
  ms(`全年${what}目标完成情况总结`, '2023-12-31', null, '年度总结'),
];

const Y = '2023-01-03'; // first working day of the year (routine duties)
const S = '2023-02-01'; // after the work-deployment meeting
const E = '2023-12-31';

export const demoPlan2023: DemoArea[] = [
  // ───────────────────────────── 0 · part 二: 三个聚焦 ─────────────────────────────
  {
    seq: 0,
    title: '团结奋斗、勇毅前行，在基本实现社会主义现代化新征程中贡献力量',
    shortTitle: '三个聚焦',
    workPoints: [
      {
        seq: '0.1', title: '聚焦思想政治建设，提升政治保障水平', source: ['speech'],
        tasks: [
          {
            code: '2023-0.1-01', title: '对标党的二十大、市第十三次党代会和区委六届五次全会精神制定任务落实清单',
            description: '对标对表党的二十大、市第十三次党代会、区委六届五次全会精神和区委工作会议、区政府第一次全体（扩大）会议部署，逐项分解到科室，明确责任领导和完成时限。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-PARTY', 'DRC-GENERAL'], leader: '杨书记',
            start: S, due: '2023-03-15',
            target: { metric: '任务落实清单', value: 1, unit: '份', direction: 'exact', demo: false },
            weight: 6,
            milestones: [
              ms('形成任务落实清单初稿', '2023-02-24', 50, '清单初稿'),
              ms('党组会审定并印发', '2023-03-15', 100, '任务落实清单'),
            ],
            progress: 'done_early',
          },
          {
            code: '2023-0.1-02', title: '开展提高政治判断力、政治领悟力、政治执行力专题研讨',
            description: '党组每季度围绕“两个确立”“两个维护”和重大决策部署落实开展一次专题研讨，班子成员结合分管工作交流发言，形成问题清单和改进措施。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '专题研讨', value: 4, unit: '次', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: quarterly('专题研讨', 4, '次', '研讨发言材料', '年度研讨情况报告'),
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '0.2', title: '聚焦中心任务，以党建引领一盘棋推动高质量发展', source: ['speech'],
        tasks: [
          {
            code: '2023-0.2-01', title: '党建引领服务科学城建设，主动对接市发改委和科学城管委会',
            description: '与市发改委、怀柔科学城管委会开展联学共建和工作对接，在项目审批、资金争取等环节主动向前一步，推动科学设施加快建设。',
            category: '党建', tags: ['党建', '项目'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-INVEST', 'B-SCICITY'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '联学共建和工作对接', value: 8, unit: '次', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: quarterly('联学共建和工作对接', 8, '次', '活动记录和对接纪要'),
            progress: 'ahead',
          },
          {
            code: '2023-0.2-02', title: '组建稳增长、稳物价、促投资等重点任务党员攻坚队',
            description: '围绕稳增长、稳物价、促投资、惠民生等中心任务组建党员攻坚队，由党员科长牵头，定期向党组报告攻坚进展。',
            category: '党建', tags: ['党建', '经济'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-GENERAL', 'DRC-PRICE', 'DRC-INVEST'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '组建党员攻坚队', value: 5, unit: '支', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('印发攻坚队组建方案', '2023-03-31', 20, '组建方案'),
              ms('完成攻坚队组建并明确攻坚清单', '2023-06-30', 60, '攻坚队名单和攻坚清单'),
              ms('年终总结攻坚成效', '2023-12-31', 100, '攻坚成效总结'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-0.2-03', title: '机关党支部与服务包重点企业结对共建',
            description: '各党支部与服务包重点企业党组织结对，开展政策宣讲和联合主题党日，帮助企业解决发展难题、提振发展信心。',
            category: '党建', tags: ['党建', '营商'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-BIZENV'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '结对共建企业', value: 20, unit: '家', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('确定结对企业名单', '2023-03-31', 30, '结对名单'),
              ms('完成首轮联合主题党日', '2023-06-30', 60, '活动记录'),
              ms('全年结对共建总结', '2023-12-31', 100, '结对共建总结'),
            ],
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '0.3', title: '聚焦干部队伍建设，营造干事创业氛围', source: ['speech', '自定'],
        tasks: [
          {
            code: '2023-0.3-01', title: '落实全面从严治党主体责任规定，定期专题研究党风廉政建设',
            description: '深入落实《党委（党组）落实全面从严治党主体责任规定》，党组定期专题研究全面从严治党和党风廉政建设工作，推动主体责任一贯到底。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '党组专题研究全面从严治党工作', value: 4, unit: '次', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: quarterly('专题研究', 4, '次', '党组会纪要', '年度主体责任落实情况报告'),
            progress: 'seriously_behind',
          },
          {
            code: '2023-0.3-02', title: '修订完善机关内部管理制度，以制度管人管事',
            description: '梳理机关公文、财务、采购、考勤、保密等内部管理制度，修订形成制度汇编，把遵规守纪和制度建设贯穿工作全过程。',
            category: '党建', tags: ['党建', '改革'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-PARTY'], leader: '杨书记',
            start: '2023-03-01', due: '2023-09-30',
            target: { metric: '修订完善内部管理制度', value: 15, unit: '项', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('完成现行制度梳理', '2023-05-31', 30, '制度梳理清单'),
              ms('形成修订稿并征求意见', '2023-07-31', 60, '制度修订稿'),
              ms('党组会审定并印发制度汇编', '2023-09-30', 100, '制度汇编'),
            ],
            progress: 'overdue',
          },
          {
            code: '2023-0.3-03', title: '严格执行民主集中制和“三重一大”集体决策制度',
            description: '重大事项决策、重要干部任免、重大项目安排和大额资金使用一律提交党组会或主任办公会集体研究，会议纪要按月归档备查。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-PARTY'], leader: '杨书记',
            start: Y, due: E,
            target: { metric: '“三重一大”事项集体决策率', value: 100, unit: '%', direction: 'atLeast', demo: false },
            weight: 5,
            milestones: [
              ms('上半年决策事项自查', '2023-06-30', 50, '自查报告'),
              ms('全年执行情况检查', '2023-12-31', 100, '年度检查报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-0.3-04', title: '开展岗位廉政风险点排查并完善防控措施',
            description: '聚焦项目审批、资金安排、价格认定、节能审查等重点岗位排查廉政风险点，逐岗制定防控措施并开展年终评估。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE', 'DRC-INVEST', 'DRC-PRICECERT', 'DRC-ENERGY'], leader: '杨书记',
            start: '2023-03-01', due: E,
            target: null,
            weight: 5,
            milestones: [
              ms('完成重点岗位廉政风险点排查', '2023-05-31', 40, '风险点台账'),
              ms('逐岗制定防控措施', '2023-08-31', 70, '防控措施清单'),
              ms('开展防控措施落实情况评估', '2023-12-31', 100, '评估报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-0.3-05', title: '开展干部实绩考核，树立“以实绩论英雄”导向',
            description: '以年度重点任务完成情况为主要依据开展半年和年终实绩评价，引导干部既当“施工队长”又当“突击队员”。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-PARTY'], leader: '杨书记',
            start: S, due: E,
            target: null,
            weight: 4,
            milestones: [
              ms('印发干部实绩考核办法', '2023-03-31', 20, '考核办法'),
              ms('完成半年实绩评价', '2023-07-31', 50, '半年评价结果'),
              ms('完成年终实绩考核', '2023-12-31', 100, '年终考核结果'),
            ],
            progress: 'on_track',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 1 · 党的建设 ─────────────────────────────
  {
    seq: 1,
    title: '全面加强党的建设，在深化党建引领上下功夫',
    shortTitle: '党的建设',
    workPoints: [
      {
        seq: '1.1', title: '突出抓好党的政治建设，不折不扣贯彻中央、市、区决策部署', source: ['speech'],
        tasks: [
          {
            code: '2023-1.1-01', title: '落实党组会“第一议题”制度，及时传达学习习近平总书记重要讲话精神',
            description: '将学习习近平总书记重要讲话和重要指示批示精神作为党组会第一议题，结合发改工作研究贯彻措施，做到学习、研究、落实闭环。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: Y, due: E,
            target: { metric: '党组会“第一议题”学习', value: 24, unit: '次', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: quarterly('“第一议题”学习', 24, '次', '党组会纪要和学习台账', '年度学习落实情况报告'),
            progress: 'on_track',
          },
          {
            code: '2023-1.1-02', title: '建立中央、市、区重大决策部署落实台账并按月督办',
            description: '对中央、市、区重大决策部署中涉及发改工作的事项建立落实台账，明确责任科室和时限，按月跟踪督办、半年通报。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-GENERAL', 'DRC-PARTY'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '重大决策部署事项按期落实率', value: 95, unit: '%', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('建立落实台账', '2023-02-28', 10, '落实台账'),
              ms('半年督查并通报', '2023-06-30', 50, '半年督查通报'),
              ms('前三季度督查', '2023-09-30', 75, '督查情况报告'),
              ms('年度落实情况总结', '2023-12-31', 100, '年度落实情况报告'),
            ],
            progress: 'lagging',
          },
        ],
      },
      {
        seq: '1.2', title: '抓好党的二十大精神学习宣传贯彻，开展好主题教育', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-1.2-01', title: '党组理论学习中心组开展党的二十大精神专题学习',
            description: '制定党组理论学习中心组年度学习计划，围绕党的二十大精神和习近平新时代中国特色社会主义思想开展专题学习和交流研讨。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: Y, due: E,
            target: { metric: '中心组专题学习', value: 12, unit: '次', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: quarterly('中心组专题学习', 12, '次', '学习记录和研讨材料', '年度学习情况报告'),
            progress: 'ahead',
          },
          {
            code: '2023-1.2-02', title: '开展学习贯彻习近平新时代中国特色社会主义思想主题教育',
            description: '按照区委统一部署开展主题教育，抓好理论学习、调查研究、推动发展、检视整改等重点措施，确保取得实效。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE', 'DRC-GENERAL'], leader: '杨书记',
            start: '2023-09-01', due: E,
            target: null,
            weight: 9,
            milestones: [
              ms('召开主题教育动员部署会', '2023-09-08', 10, '实施方案和动员会材料'),
              ms('举办专题读书班', '2023-10-20', 40, '读书班方案和研讨发言'),
              ms('完成调查研究并形成检视整改清单', '2023-11-30', 70, '调研报告和检视整改清单'),
              ms('形成阶段性总结并推动整改落实', '2023-12-31', 100, '阶段性总结报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-1.2-03', title: '组织党的二十大精神进支部专题宣讲',
            description: '由班子成员和支部书记深入各党支部开展党的二十大精神专题宣讲，结合发改业务讲清贯彻落实的具体举措。',
            category: '党建', tags: ['党建', '宣传'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '专题宣讲', value: 8, unit: '场', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('完成班子成员到支部宣讲', '2023-04-30', 50, '宣讲记录'),
              ms('完成支部书记宣讲', '2023-09-30', 80, '宣讲记录'),
              ms('宣讲工作总结', '2023-12-31', 100, '宣讲工作总结'),
            ],
            progress: 'ahead',
          },
        ],
      },
      {
        seq: '1.3', title: '深化党建引领，提升“聚力谋远，党员先锋”品牌影响力', source: ['speech', '自定'],
        tasks: [
          {
            code: '2023-1.3-01', title: '在重大项目、疏整促、服务包一线设立党员先锋岗',
            description: '在重大项目推进、疏整促和服务包企业服务一线设立党员先锋岗，亮身份、亮职责、亮承诺，发挥党员先锋模范作用。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-INVEST', 'DRC-BIZENV', 'DRC-SZC'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '设立党员先锋岗', value: 10, unit: '个', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('印发党员先锋岗设岗方案', '2023-03-31', 20, '设岗方案'),
              ms('设立党员先锋岗6个', '2023-06-30', 60, '先锋岗名单'),
              ms('全年设立10个并开展评议', '2023-12-31', 100, '评议结果'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-1.3-02', title: '开展“聚力谋远，党员先锋”品牌案例评选和宣传',
            description: '征集党员在急难险重任务中的典型案例，评选品牌案例并通过区级媒体和机关公众号宣传，扩大党建品牌影响力。',
            category: '党建', tags: ['党建', '宣传'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: '2023-03-01', due: E,
            target: { metric: '品牌案例和宣传稿件', value: 12, unit: '篇', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('完成案例征集', '2023-06-30', 40, '案例汇编初稿'),
              ms('完成案例评选', '2023-09-30', 70, '评选结果'),
              ms('完成品牌宣传', '2023-12-31', 100, '宣传稿件清单'),
            ],
            progress: 'seriously_behind',
          },
        ],
      },
      {
        seq: '1.4', title: '锻造党员干部队伍，加强素质培训', source: ['speech', '自定'],
        tasks: [
          {
            code: '2023-1.4-01', title: '制定年度干部教育培训计划并组织全员专题培训',
            description: '围绕经济运行分析、投资项目管理、价格认定、节能审查等业务开展全员专题培训，提升推动高质量发展的本领。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-PARTY'], leader: '杨书记',
            start: S, due: E,
            target: { metric: '全员专题培训', value: 6, unit: '期', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('印发年度培训计划', '2023-03-15', null, '年度培训计划'),
              ms('上半年完成3期', '2023-06-30', 50, '培训签到和课件'),
              ms('前三季度完成5期', '2023-09-30', 80, '培训签到和课件'),
              ms('全年完成6期并评估', '2023-12-31', 100, '培训评估报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-1.4-02', title: '选派年轻干部到重大项目、疏整促和服务包一线实践锻炼',
            description: '坚持在干中学、学中干，选派年轻干部到重大项目现场、疏整促任务和服务包企业一线跟班锻炼，锻炼结束后进行考核评价。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-OFFICE', coUnits: ['DRC-PARTY', 'DRC-INVEST', 'DRC-SZC'], leader: '杨书记',
            start: '2023-03-01', due: E,
            target: { metric: '一线实践锻炼', value: 8, unit: '人次', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('确定首批选派人员', '2023-04-30', 30, '选派名单'),
              ms('完成首批锻炼考核', '2023-08-31', 60, '考核评价表'),
              ms('完成全年选派并总结', '2023-12-31', 100, '工作总结'),
            ],
            progress: 'ahead',
          },
        ],
      },
      {
        seq: '1.5', title: '压实全面从严治党主体责任，坚决落实中央八项规定精神', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-1.5-01', title: '制定党组主体责任、书记第一责任人和班子成员“一岗双责”清单',
            description: '制定党组落实全面从严治党主体责任清单、书记第一责任人职责清单和班子成员“一岗双责”清单，经党组会审定后印发执行。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: S, due: '2023-03-31',
            target: { metric: '责任清单', value: 3, unit: '份', direction: 'exact', demo: false },
            weight: 6,
            milestones: [
              ms('形成三张清单初稿', '2023-03-10', 50, '清单初稿'),
              ms('党组会审定并印发', '2023-03-31', 100, '印发文件'),
            ],
            progress: 'done_early',
          },
          {
            code: '2023-1.5-02', title: '落实中央八项规定及其实施细则精神，开展节点廉政提醒和作风检查',
            description: '在元旦春节、五一、端午、中秋国庆等节点开展廉政提醒和作风专项检查，持续纠治“四风”，推动作风转变。',
            category: '党建', tags: ['党建'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE'], leader: '杨书记',
            start: Y, due: E,
            target: { metric: '节点作风专项检查', value: 6, unit: '次', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成春节前后检查', '2023-02-28', 20, '检查记录'),
              ms('完成五一、端午节点检查', '2023-06-30', 50, '检查记录'),
              ms('完成中秋国庆节点检查', '2023-10-15', 80, '检查记录'),
              ms('完成元旦前检查并总结', '2023-12-31', 100, '年度作风建设情况报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-1.5-03', title: '制定党建与业务工作同考核实施办法，落实“四同”要求',
            description: '推动党的建设与经济社会发展同谋划、同部署、同推进、同考核，制定科室党建和业务工作统一考核办法并纳入年终考核。',
            category: '党建', tags: ['党建', '改革'], leadUnit: 'DRC-PARTY', coUnits: ['DRC-OFFICE', 'DRC-GENERAL'], leader: '杨书记',
            start: '2023-03-01', due: '2023-06-30',
            target: null,
            weight: 5,
            milestones: [
              ms('形成考核办法征求意见稿', '2023-04-30', 50, '征求意见稿'),
              ms('党组会审定并印发', '2023-06-30', 100, '考核实施办法'),
            ],
            progress: 'overdue',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 2 · 稳增长 ─────────────────────────────
  {
    seq: 2,
    title: '坚持经济稳增长总基调，在统筹谋划发展上下功夫',
    shortTitle: '稳增长',
    workPoints: [
      {
        seq: '2.1', title: '抓住经济复苏关键期，扎实推进复工复产', source: ['speech'],
        tasks: [
          {
            code: '2023-2.1-01', title: '建立重点企业复工复产和经济运行调度机制',
            description: '节后建立重点企业复工复产周调度机制，跟踪用工、订单、原材料和物流等情况，及时协调解决企业复工达产中的困难。',
            category: '业务', tags: ['经济'], leadUnit: 'DRC-GENERAL', coUnits: ['B-ECONINFO', 'B-COMMERCE', 'B-STATS'], leader: '王主任',
            start: S, due: '2023-03-31',
            target: { metric: '重点企业复工达产率', value: 95, unit: '%', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('建立周调度机制', '2023-02-10', 20, '调度机制通知'),
              ms('重点企业复工率达到90%', '2023-02-28', 60, '复工复产周报'),
              ms('复工达产情况总结', '2023-03-31', 100, '复工复产情况报告'),
            ],
            progress: 'done_early',
          },
        ],
      },
      {
        seq: '2.2', title: '紧盯GDP重要支撑指标，确保实现经济“开门红”', source: ['speech', '折子工程'],
        tasks: [
          {
            code: '2023-2.2-01', title: '动态跟踪GDP重要支撑指标，按月开展分析研判',
            description: '建立GDP重要支撑指标监测台账，按月跟踪完成情况，对偏离预期的指标及时分析原因，提请相关部门协调处理。',
            category: '业务', tags: ['经济'], leadUnit: 'DRC-GENERAL', coUnits: ['B-STATS', 'B-FINANCE', 'B-TAX', 'B-ECONINFO'], leader: '王主任',
            start: S, due: E,
            // speech: 紧盯*项GDP重要支撑指标 (P2)
            target: { metric: '跟踪GDP重要支撑指标', value: 12, unit: '项', direction: 'exact', demo: true },
            weight: 9,
            milestones: [
              ms('建立支撑指标监测台账', '2023-02-28', null, '指标监测台账'),
              ms('完成一季度分析研判', '2023-04-30', 30, '一季度经济运行分析'),
              ms('完成上半年分析研判', '2023-07-31', 60, '上半年经济运行分析'),
              ms('完成全年分析研判', '2023-12-31', 100, '年度经济运行分析'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-2.2-02', title: '做好GDP支撑指标月度数据采集、质量核查和预警',
            description: '按月采集GDP支撑指标数据并开展质量核查，对波动较大的指标及时预警，为经济运行分析提供数据支撑。',
            category: '业务', tags: ['经济'], leadUnit: 'B-STATS', coUnits: ['DRC-GENERAL'], leader: '王主任',
            start: S, due: E,
            target: { metric: '月度数据按时报送率', value: 100, unit: '%', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成1-2月数据采集和核查', '2023-03-20', 20, '1-2月数据报表'),
              ms('完成上半年数据采集和核查', '2023-07-20', 55, '上半年数据报表'),
              ms('完成前三季度数据采集和核查', '2023-10-20', 80, '前三季度数据报表'),
              ms('完成全年数据采集和核查', '2023-12-31', 100, '年度数据报表'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-2.2-03', title: '开展一季度经济“开门红”专项调度',
            description: '一季度建立“开门红”专项调度机制，逐月盯紧工业、投资、消费和财税等指标，协调解决影响指标增长的突出问题。',
            category: '业务', tags: ['经济'], leadUnit: 'DRC-GENERAL', coUnits: ['B-STATS', 'B-ECONINFO', 'B-COMMERCE', 'B-HOUSING'], leader: '王主任',
            start: S, due: '2023-04-30',
            target: { metric: '一季度地区生产总值增速', value: 5, unit: '%', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: [
              ms('印发“开门红”专项调度方案', '2023-02-15', 20, '调度方案'),
              ms('召开一季度经济运行专题调度会', '2023-03-20', 60, '会议纪要'),
              ms('形成一季度经济运行分析报告', '2023-04-30', 100, '一季度经济运行分析报告'),
            ],
            progress: 'overdue',
          },
          {
            code: '2023-2.2-04', title: '确保完成地区生产总值增长年度目标',
            description: '围绕全年地区生产总值增长目标，统筹做好稳增长政策落实和重点指标调度，推动经济持续健康高质量发展。',
            category: '业务', tags: ['经济'], leadUnit: 'DRC-GENERAL', coUnits: ['B-STATS', 'B-FINANCE', 'B-ECONINFO'], leader: '王主任',
            start: S, due: E,
            // speech: 完成GDP增长*左右的年度目标 (P3; 左右 read as "at least")
            target: { metric: '地区生产总值增速（左右）', value: 5, unit: '%', direction: 'atLeast', demo: true },
            weight: 10,
            milestones: rateCheckpoints('地区生产总值增速'),
            progress: 'lagging',
          },
          {
            code: '2023-2.2-05', title: '推动规上企业和限上单位“应统尽统”',
            description: '会同行业部门摸排达到规模以上标准的企业和单位，指导做好入库申报，做到应统尽统。',
            category: '业务', tags: ['经济'], leadUnit: 'B-STATS', coUnits: ['B-ECONINFO', 'B-COMMERCE', 'DRC-GENERAL'], leader: '王主任',
            start: S, due: E,
            target: { metric: '新增入统单位', value: 40, unit: '家', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: quarterly('新增入统单位', 40, '家', '入统单位名单'),
            progress: 'ahead',
          },
        ],
      },
      {
        seq: '2.3', title: '全力做好“十四五”规划中期评估，推动《纲要》任务落地', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-2.3-01', title: '开展“十四五”规划纲要实施中期评估',
            description: '对照《纲要》主要指标、重大任务和重大项目开展中期评估，形成评估报告，按程序提交区人大常委会审议。',
            category: '业务', tags: ['规划'], leadUnit: 'DRC-PLAN', coUnits: ['DRC-GENERAL', 'B-STATS', 'B-GOV'], leader: '王主任',
            start: '2023-02-15', due: '2023-11-30',
            target: { metric: '中期评估报告', value: 1, unit: '份', direction: 'exact', demo: false },
            weight: 9,
            milestones: [
              ms('印发中期评估工作方案', '2023-03-31', 10, '工作方案'),
              ms('完成部门自评估和专题评估', '2023-06-30', 40, '自评估报告'),
              ms('形成评估报告初稿', '2023-08-31', 70, '评估报告初稿'),
              ms('提交区人大常委会审议', '2023-11-30', 100, '评估报告（审议稿）'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-2.3-02', title: '围绕“统筹”领域开展中期评估专题研究',
            description: '围绕规划提出的各项“统筹”逐项开展专题评估，分析进展、问题和后半程推进举措，作为中期评估报告的支撑。',
            category: '业务', tags: ['规划'], leadUnit: 'DRC-PLAN', coUnits: ['DRC-GENERAL', 'DRC-INVEST', 'DRC-LIVELIHOOD'], leader: '王主任',
            start: '2023-03-01', due: '2023-07-31',
            // speech: 围绕“*个统筹” (P4)
            target: { metric: '专题评估（每个“统筹”一项）', value: 5, unit: '项', direction: 'exact', demo: true },
            weight: 6,
            milestones: [
              ms('确定专题和承担单位', '2023-04-15', 20, '专题分工表'),
              ms('完成专题报告初稿', '2023-06-30', 60, '专题报告初稿'),
              ms('完成专题报告验收定稿', '2023-07-31', 100, '专题评估报告'),
            ],
            progress: 'overdue',
          },
          {
            code: '2023-2.3-03', title: '核实“十四五”规划纲要主要指标监测数据',
            description: '对《纲要》主要指标逐项核实2021、2022年实际值和2023年预计值，为中期评估提供准确的数据基础。',
            category: '业务', tags: ['规划', '经济'], leadUnit: 'B-STATS', coUnits: ['DRC-PLAN'], leader: '王主任',
            start: '2023-03-01', due: '2023-06-30',
            target: { metric: '核实纲要主要指标', value: 40, unit: '项', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('完成指标口径梳理', '2023-04-15', 30, '指标口径表'),
              ms('完成数据核实并反馈', '2023-06-30', 100, '指标核实表'),
            ],
            progress: 'done_early',
          },
          {
            code: '2023-2.3-04', title: '推动《纲要》年度重点任务和重大项目落地',
            description: '将《纲要》年度重点任务分解到责任部门，按季度调度推进情况，推动各项发展任务落实落地。',
            category: '业务', tags: ['规划'], leadUnit: 'DRC-PLAN', coUnits: ['DRC-INVEST', 'DRC-GENERAL'], leader: '王主任',
            start: S, due: E,
            target: { metric: '《纲要》年度重点任务完成率', value: 90, unit: '%', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('印发年度任务分解表', '2023-03-31', 10, '任务分解表'),
              ms('半年调度', '2023-07-15', 50, '半年推进情况'),
              ms('前三季度调度', '2023-10-15', 75, '前三季度推进情况'),
              ms('年度完成情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'seriously_behind',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 3 · 重大项目 ─────────────────────────────
  {
    seq: 3,
    title: '全力扩大有效投资，在推动重大项目建设上下功夫',
    shortTitle: '重大项目',
    workPoints: [
      {
        seq: '3.1', title: '推动新建、续建重大项目加快建设', source: ['speech', '折子工程'],
        tasks: [
          {
            code: '2023-3.1-01', title: '推动年度新建重大项目开工建设',
            description: '坚持项目跟着规划走、要素跟着项目走，逐项目明确开工节点和前期手续办理计划，推动新建项目尽早开工。',
            category: '业务', tags: ['项目'], leadUnit: 'DRC-INVEST', coUnits: ['B-PLANNING', 'B-HOUSING', 'B-GOVSERVICE', 'B-SCICITY'], leader: '陈副主任',
            start: S, due: '2023-11-30',
            // speech: *个新建 (P5)
            target: { metric: '新开工项目', value: 28, unit: '个', direction: 'atLeast', demo: true },
            weight: 10,
            milestones: [
              ms('确定年度新建项目清单', '2023-03-31', 10, '新建项目清单'),
              ms('40%项目开工', '2023-06-30', 40, '开工项目台账'),
              ms('70%项目开工', '2023-09-30', 70, '开工项目台账'),
              ms('全部新建项目开工', '2023-11-30', 100, '开工项目台账'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-3.1-02', title: '推动续建重大项目加快建设、按期竣工',
            description: '对续建项目逐一明确年度形象进度和投资计划，协调解决施工中的要素保障问题，推动具备条件的项目按期竣工投用。',
            category: '业务', tags: ['项目'], leadUnit: 'DRC-INVEST', coUnits: ['B-HOUSING', 'B-SCICITY', 'B-TRANSPORT', 'B-WATER'], leader: '陈副主任',
            start: S, due: E,
            // speech: *个续建 (P6)
            target: { metric: '续建项目', value: 46, unit: '个', direction: 'atLeast', demo: true },
            weight: 9,
            milestones: [
              ms('明确续建项目年度形象进度', '2023-03-15', 10, '续建项目计划表'),
              ms('上半年完成年度形象进度50%', '2023-06-30', 50, '项目调度台账'),
              ms('前三季度完成75%', '2023-09-30', 75, '项目调度台账'),
              ms('完成年度形象进度', '2023-12-31', 100, '年度项目推进总结'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-3.1-03', title: '做好科学城重大科技设施和平台项目审批、资金争取服务',
            description: '加强与市发改委和怀柔科学城管委会沟通，在项目审批、资金争取等环节主动向前一步，推进科学设施加快建设。',
            category: '业务', tags: ['项目'], leadUnit: 'DRC-INVEST', coUnits: ['B-SCICITY', 'B-FINANCE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '争取中央和市级资金', value: 80000, unit: '万元', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: [
              ms('梳理年度资金申报项目', '2023-03-31', 15, '申报项目清单'),
              ms('完成首批资金申报', '2023-06-30', 50, '申报材料'),
              ms('完成第二批资金申报', '2023-09-30', 80, '申报材料'),
              ms('资金下达情况总结', '2023-12-31', 100, '资金到位情况表'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-3.1-04', title: '做好庙城镇域重点项目征地拆迁和施工环境保障',
            description: '落实属地责任，推进镇域重点项目征地拆迁和地上物清理，协调解决施工扰民、临时占地等问题，保障项目按期交地开工。',
            category: '业务', tags: ['项目'], leadUnit: 'T-MIAOCHENG', coUnits: ['DRC-INVEST', 'B-PLANNING'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '完成征拆交地项目', value: 6, unit: '个', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成征拆摸底和补偿方案', '2023-04-30', 15, '摸底台账和补偿方案'),
              ms('完成2个项目交地', '2023-06-30', 35, '交地确认单'),
              ms('完成4个项目交地', '2023-09-30', 65, '交地确认单'),
              ms('完成全部6个项目交地', '2023-12-31', 100, '交地确认单'),
            ],
            progress: 'seriously_behind',
          },
          {
            code: '2023-3.1-05', title: '做好雁栖镇域科学城项目属地保障',
            description: '做好科学城镇域项目征地拆迁、地上物清理和周边环境保障，配合完成交地和施工临时设施用地协调。',
            category: '业务', tags: ['项目'], leadUnit: 'T-YANQI', coUnits: ['B-SCICITY', 'DRC-INVEST', 'B-PLANNING'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '完成交地项目', value: 5, unit: '个', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成征拆摸底', '2023-04-30', 20, '摸底台账'),
              ms('完成2个项目交地', '2023-07-31', 40, '交地确认单'),
              ms('完成全部项目交地', '2023-12-31', 100, '交地确认单'),
            ],
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '3.2', title: '实现固定资产投资和建安投资增长目标', source: ['speech', '折子工程'],
        tasks: [
          {
            code: '2023-3.2-01', title: '实现全社会固定资产投资增长目标',
            description: '按月调度固定资产投资完成情况，分析产业、基础设施、社会事业等领域投资走势，推动投资持续稳定增长。',
            category: '业务', tags: ['项目', '经济'], leadUnit: 'DRC-INVEST', coUnits: ['B-STATS', 'B-HOUSING', 'B-SCICITY'], leader: '陈副主任',
            start: S, due: E,
            // speech: 实现固定资产投资增长* (P7)
            target: { metric: '固定资产投资增速', value: 6, unit: '%', direction: 'atLeast', demo: true },
            weight: 10,
            milestones: rateCheckpoints('固定资产投资增速'),
            progress: 'seriously_behind',
          },
          {
            code: '2023-3.2-02', title: '实现建安投资增长目标',
            description: '聚焦在施项目建安工作量，推动施工单位加快进度、及时入统，确保建安投资增长目标实现。',
            category: '业务', tags: ['项目', '经济'], leadUnit: 'DRC-INVEST', coUnits: ['B-STATS', 'B-HOUSING'], leader: '陈副主任',
            start: S, due: E,
            // speech: 建安投资增长* (P8)
            target: { metric: '建安投资增速', value: 8, unit: '%', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: rateCheckpoints('建安投资增速'),
            progress: 'lagging',
          },
          {
            code: '2023-3.2-03', title: '做好固定资产投资项目入统和统计核查',
            description: '指导项目单位及时办理入库，按月核查在库项目投资完成情况，确保具备条件的项目应入尽入、数据真实准确。',
            category: '业务', tags: ['项目', '经济'], leadUnit: 'B-STATS', coUnits: ['DRC-INVEST', 'B-HOUSING'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '新增入统项目', value: 30, unit: '个', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: quarterly('新增入统项目', 30, '个', '入统项目台账'),
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '3.3', title: '用好“发改联席会”机制，破解制约项目开工的瓶颈', source: ['speech', '自定'],
        tasks: [
          {
            code: '2023-3.3-01', title: '定期召开发改联席会，协调解决项目前期手续问题',
            description: '用好“发改联席会”长效机制，集中研究规划、用地、环评、施工许可等制约项目开工的问题，力促项目尽早开工。',
            category: '业务', tags: ['项目'], leadUnit: 'DRC-INVEST', coUnits: ['B-PLANNING', 'B-HOUSING', 'B-ECOLOGY', 'B-GOVSERVICE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '召开发改联席会', value: 10, unit: '次', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('召开第1次联席会', '2023-02-28', 10, '会议纪要'),
              ms('上半年召开5次', '2023-06-30', 50, '会议纪要'),
              ms('前三季度召开8次', '2023-09-30', 80, '会议纪要'),
              ms('全年召开10次', '2023-12-31', 100, '会议纪要汇编'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-3.3-02', title: '建立联席会议定事项督办台账并跟踪办结',
            description: '对联席会议定事项逐项明确责任单位和办结时限，实行台账管理、按月督办、办结销号。',
            category: '业务', tags: ['项目'], leadUnit: 'DRC-INVEST', coUnits: ['DRC-OFFICE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '议定事项按期办结率', value: 90, unit: '%', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('建立督办台账', '2023-03-15', 10, '督办台账'),
              ms('半年办结情况通报', '2023-06-30', 50, '通报'),
              ms('前三季度办结情况通报', '2023-09-30', 75, '通报'),
              ms('年度办结情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'lagging',
          },
        ],
      },
      {
        seq: '3.4', title: '建立部门会商和协调联动机制，形成更多实物工程量', source: ['speech'],
        tasks: [
          {
            code: '2023-3.4-01', title: '建立投资项目部门会商和协调联动工作机制',
            description: '会同统计、住建、交通、水务等部门建立投资会商机制，明确会商频次、议题范围和协调联动分工。',
            category: '业务', tags: ['项目', '改革'], leadUnit: 'DRC-INVEST', coUnits: ['B-STATS', 'B-HOUSING', 'B-TRANSPORT', 'B-WATER'], leader: '陈副主任',
            start: S, due: '2023-03-31',
            target: null,
            weight: 5,
            milestones: [
              ms('形成会商机制征求意见稿', '2023-03-01', 50, '征求意见稿'),
              ms('印发会商和协调联动机制', '2023-03-31', 100, '机制文件'),
            ],
            progress: 'done_early',
          },
          {
            code: '2023-3.4-02', title: '逐行业、逐项目开展投资影响因素分析',
            description: '按行业和项目逐一分析影响投资完成的因素，提出加快形成实物工程量的措施，按月形成分析报告报区政府。',
            category: '业务', tags: ['项目', '经济'], leadUnit: 'DRC-INVEST', coUnits: ['B-STATS', 'B-HOUSING'], leader: '陈副主任',
            start: '2023-03-01', due: E,
            target: { metric: '投资形势分析报告', value: 10, unit: '期', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('完成3月分析', '2023-04-10', 10, '分析报告'),
              ms('完成上半年分析', '2023-07-10', 40, '分析报告'),
              ms('完成前三季度分析', '2023-10-10', 70, '分析报告'),
              ms('完成全年10期分析', '2023-12-31', 100, '分析报告汇编'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-3.4-03', title: '加快政府投资项目资金支付，形成更多实物工程量',
            description: '按月调度政府投资项目资金支付和工程进度，督促项目单位加快施工和结算，推动资金尽快转化为实物工程量。',
            category: '业务', tags: ['项目'], leadUnit: 'DRC-INVEST', coUnits: ['B-FINANCE', 'B-HOUSING'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '年度政府投资计划资金支付率', value: 90, unit: '%', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('上半年支付率达到40%', '2023-06-30', 45, '资金支付台账'),
              ms('前三季度支付率达到70%', '2023-09-30', 75, '资金支付台账'),
              ms('全年支付率达到90%', '2023-12-31', 100, '资金支付台账'),
            ],
            progress: 'lagging',
          },
        ],
      },
      {
        seq: '3.5', title: '做好重大项目储备和前期工作', source: ['自定'],
        tasks: [
          {
            code: '2023-3.5-01', title: '谋划储备2024年重大项目并推进前期工作',
            description: '围绕科学城建设、基础设施和民生补短板谋划储备一批重大项目，建立储备库动态管理，推动具备条件的项目进入前期。',
            category: '业务', tags: ['项目', '规划'], leadUnit: 'DRC-INVEST', coUnits: ['B-PLANNING', 'B-SCICITY', 'B-FINANCE'], leader: '陈副主任',
            start: '2023-03-01', due: E,
            target: { metric: '储备重大项目', value: 40, unit: '个', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('印发项目谋划储备通知', '2023-04-15', 10, '通知'),
              ms('形成储备项目初步清单', '2023-07-31', 50, '储备项目清单'),
              ms('完成储备项目论证', '2023-10-31', 80, '论证意见'),
              ms('确定2024年项目计划建议', '2023-12-31', 100, '2024年项目计划建议'),
            ],
            progress: 'on_track',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 4 · 疏整促 ─────────────────────────────
  {
    seq: 4,
    title: '立足区域功能定位，在抓好“疏整促”任务落实上下功夫',
    shortTitle: '疏整促',
    workPoints: [
      {
        seq: '4.1', title: '出台2023年“疏整促”专项行动实施方案，提前谋划年度重点任务', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-4.1-01', title: '研究出台2023年“疏整促”专项行动实施方案',
            description: '将“疏整促”专项行动与科学城建设、生态涵养功能提升和产业转型升级紧密结合，研究出台年度实施方案，分解任务到部门和镇乡街道。',
            category: '业务', tags: ['疏整促'], leadUnit: 'DRC-SZC', coUnits: ['B-URBAN', 'B-PLANNING', 'B-HOUSING', 'B-SCICITY'], leader: '刘副主任',
            start: S, due: '2023-03-31',
            target: { metric: '实施方案', value: 1, unit: '份', direction: 'exact', demo: false },
            weight: 8,
            milestones: [
              ms('形成征求意见稿', '2023-03-10', 40, '征求意见稿'),
              ms('提请区政府常务会审议', '2023-03-25', 80, '会议纪要'),
              ms('印发实施方案', '2023-03-31', 100, '实施方案（文件）'),
            ],
            progress: 'done_early',
          },
        ],
      },
      {
        seq: '4.2', title: '推进“疏整促”重点任务，与科学城建设、生态涵养和产业升级紧密结合', source: ['折子工程', '市级任务'],
        tasks: [
          {
            code: '2023-4.2-01', title: '拆除违法建设，巩固基本无违法建设区创建成果',
            description: '按照年度任务清单推进违法建设拆除，实行新增违建“零容忍”，巩固基本无违法建设区创建成果。',
            category: '业务', tags: ['疏整促'], leadUnit: 'B-URBAN', coUnits: ['B-PLANNING', 'DRC-SZC'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '拆除违法建设', value: 60, unit: '万平方米', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: [
              ms('完成拆违任务分解', '2023-03-31', 10, '拆违任务清单'),
              ms('完成年度任务40%', '2023-06-30', 40, '拆违台账'),
              ms('完成年度任务75%', '2023-09-30', 75, '拆违台账'),
              ms('完成全年拆违任务', '2023-12-31', 100, '拆违台账和验收资料'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-4.2-02', title: '推进腾退土地并实施还绿',
            description: '对拆违腾退土地分类利用，宜绿则绿、宜林则林，优先用于生态修复和科学城建设配套。',
            category: '业务', tags: ['疏整促', '生态'], leadUnit: 'B-PLANNING', coUnits: ['B-FOREST', 'DRC-SZC'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '腾退土地', value: 80, unit: '公顷', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成腾退地块清单', '2023-04-30', 15, '地块清单'),
              ms('完成年度任务50%', '2023-07-31', 50, '腾退台账'),
              ms('完成全年任务', '2023-12-31', 100, '腾退台账和还绿验收资料'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-4.2-03', title: '“散乱污”企业动态清零',
            description: '建立“散乱污”企业动态排查和发现即整治机制，对新发现问题限期整改到位，保持动态清零。',
            category: '业务', tags: ['疏整促', '生态'], leadUnit: 'B-ECOLOGY', coUnits: ['B-MARKET', 'B-ECONINFO'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '未完成整治的“散乱污”企业', value: 0, unit: '家', direction: 'atMost', demo: false },
            weight: 5,
            milestones: [
              ms('完成上半年排查', '2023-06-30', 50, '排查台账'),
              ms('完成下半年排查并整治到位', '2023-12-31', 100, '整治台账'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-4.2-04', title: '开展背街小巷环境精细化整治提升',
            description: '对城区背街小巷开展环境精细化整治，治理乱停乱放、违规广告牌匾和架空线，提升街巷环境品质。',
            category: '业务', tags: ['疏整促', '民生'], leadUnit: 'B-URBAN', coUnits: ['T-QUANHE', 'T-LONGSHAN', 'T-HUAIROU'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '整治提升背街小巷', value: 30, unit: '条', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('确定整治街巷名单和方案', '2023-03-31', 10, '整治名单和方案'),
              ms('完成15条', '2023-07-31', 50, '整治台账'),
              ms('完成30条并验收', '2023-11-30', 100, '验收资料'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-4.2-05', title: '完成庙城镇年度拆违腾退任务',
            description: '落实镇域年度拆违腾退任务，优先拆除庙城智能制造产业园周边和主要道路沿线违法建设，腾退空间用于产业和生态用途。',
            category: '业务', tags: ['疏整促'], leadUnit: 'T-MIAOCHENG', coUnits: ['DRC-SZC', 'B-URBAN', 'B-PLANNING'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '拆除违法建设', value: 8, unit: '万平方米', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成镇域违建摸底和任务分解', '2023-03-31', 10, '摸底台账'),
              ms('完成年度任务40%', '2023-06-30', 40, '拆违台账'),
              ms('完成年度任务75%', '2023-09-30', 75, '拆违台账'),
              ms('完成全年任务并验收', '2023-12-31', 100, '验收资料'),
            ],
            progress: 'seriously_behind',
          },
          {
            code: '2023-4.2-06', title: '推进庙城镇基本无违法建设村创建',
            description: '以村为单元开展基本无违法建设创建，完成存量违建清零和新增违建管控，申请区级验收。',
            category: '业务', tags: ['疏整促'], leadUnit: 'T-MIAOCHENG', coUnits: ['B-URBAN', 'B-PLANNING'], leader: '刘副主任',
            start: '2023-03-01', due: E,
            target: { metric: '创建基本无违法建设村', value: 5, unit: '个', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('确定创建村名单', '2023-04-15', 10, '创建名单'),
              ms('完成存量违建清零', '2023-09-30', 60, '清零台账'),
              ms('申请区级验收', '2023-12-15', 100, '验收申请'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-4.2-07', title: '完成雁栖镇年度拆违腾退和留白增绿任务',
            description: '结合科学城建设推进镇域拆违腾退，对腾退地块实施留白增绿，改善科学城周边生态环境。',
            category: '业务', tags: ['疏整促', '生态'], leadUnit: 'T-YANQI', coUnits: ['DRC-SZC', 'B-FOREST', 'B-SCICITY'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '拆除违法建设', value: 6, unit: '万平方米', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('完成镇域违建摸底和任务分解', '2023-03-31', 10, '摸底台账'),
              ms('完成年度任务50%', '2023-06-30', 50, '拆违台账'),
              ms('完成全年任务', '2023-11-30', 100, '拆违台账和还绿资料'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-4.2-08', title: '补齐基本便民商业网点',
            description: '按照便民生活圈建设要求，补建蔬菜零售、早餐、便利店、家政维修等基本便民商业网点。',
            category: '业务', tags: ['疏整促', '民生'], leadUnit: 'B-COMMERCE', coUnits: ['DRC-SZC', 'T-QUANHE', 'T-LONGSHAN'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '新增基本便民商业网点', value: 20, unit: '个', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: quarterly('新增网点', 20, '个', '网点建设台账'),
            progress: 'seriously_behind',
          },
        ],
      },
      {
        seq: '4.3', title: '加强“疏整促”信息宣传，营造良好舆论氛围', source: ['speech'],
        tasks: [
          {
            code: '2023-4.3-01', title: '利用市、区两级媒体宣传报道“疏整促”成效',
            description: '围绕拆违腾退、留白增绿、街巷整治等成效策划宣传选题，在市、区两级媒体刊发报道，营造良好社会舆论氛围。',
            category: '业务', tags: ['疏整促', '宣传'], leadUnit: 'DRC-SZC', coUnits: ['DRC-OFFICE'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '市、区两级媒体宣传报道', value: 40, unit: '篇', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: quarterly('宣传报道', 40, '篇', '报道清单'),
            progress: 'on_track',
          },
          {
            code: '2023-4.3-02', title: '编发“疏整促”工作简报并向市级专班报送信息',
            description: '按月编发工作简报，及时向市“疏整促”专班报送工作动态和典型经验。',
            category: '业务', tags: ['疏整促', '宣传'], leadUnit: 'DRC-SZC', coUnits: [], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '工作简报和报送信息', value: 24, unit: '期', direction: 'atLeast', demo: true },
            weight: 3,
            milestones: quarterly('简报和信息', 24, '期', '简报汇编'),
            progress: 'lagging',
          },
        ],
      },
      {
        seq: '4.4', title: '研究提出人口调控目标，做好人口调控工作', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-4.4-01', title: '研究提出全区及各镇乡街道人口调控目标',
            description: '按照市级下达的人口调控任务，结合各镇乡街道功能定位和发展实际，测算并提出全区及各镇乡街道年度调控目标。',
            category: '业务', tags: ['疏整促', '规划'], leadUnit: 'DRC-SZC', coUnits: ['B-STATS', 'B-PLANNING', 'B-HOUSING'], leader: '刘副主任',
            start: '2023-03-01', due: '2023-05-31',
            target: { metric: '分解调控目标的镇乡街道', value: 16, unit: '个', direction: 'exact', demo: false },
            weight: 7,
            milestones: [
              ms('完成调控目标测算', '2023-04-15', 40, '测算报告'),
              ms('征求各镇乡街道意见', '2023-05-15', 70, '意见汇总'),
              ms('印发调控目标', '2023-05-31', 100, '调控目标文件'),
            ],
            progress: 'overdue',
          },
          {
            code: '2023-4.4-02', title: '开展常住人口动态监测和季度测算',
            description: '按季度测算全区及各镇乡街道常住人口变动情况，对超出调控目标的镇乡街道及时预警。',
            category: '业务', tags: ['疏整促'], leadUnit: 'B-STATS', coUnits: ['DRC-SZC', 'B-CIVIL'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '人口监测季度报告', value: 4, unit: '期', direction: 'atLeast', demo: false },
            weight: 5,
            milestones: quarterly('季度报告', 4, '期', '人口监测报告'),
            progress: 'on_track',
          },
          {
            code: '2023-4.4-03', title: '落实庙城镇人口调控目标',
            description: '结合拆违腾退和群租房整治做好镇域人口调控，按季度报送人口变动情况。',
            category: '业务', tags: ['疏整促'], leadUnit: 'T-MIAOCHENG', coUnits: ['DRC-SZC', 'B-STATS'], leader: '刘副主任',
            start: '2023-06-01', due: E,
            target: { metric: '镇域常住人口规模', value: 4.6, unit: '万人', direction: 'atMost', demo: true },
            weight: 5,
            milestones: [
              ms('制定镇域人口调控工作方案', '2023-06-30', 20, '工作方案'),
              ms('三季度人口监测达标', '2023-09-30', 60, '季度监测报告'),
              ms('全年调控目标完成情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-4.4-04', title: '落实雁栖镇人口调控目标',
            description: '统筹科学城人才引进和镇域人口调控，合理引导人口分布，按季度报送人口变动情况。',
            category: '业务', tags: ['疏整促'], leadUnit: 'T-YANQI', coUnits: ['DRC-SZC', 'B-STATS', 'B-SCICITY'], leader: '刘副主任',
            start: '2023-06-01', due: E,
            target: { metric: '镇域常住人口规模', value: 3.8, unit: '万人', direction: 'atMost', demo: true },
            weight: 5,
            milestones: [
              ms('制定镇域人口调控工作方案', '2023-06-30', 20, '工作方案'),
              ms('三季度人口监测达标', '2023-09-30', 60, '季度监测报告'),
              ms('全年调控目标完成情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'on_track',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 5 · 改善民生 ─────────────────────────────
  {
    seq: 5,
    title: '统筹推进“七有”“五性”，在改善民生上下功夫',
    shortTitle: '改善民生',
    workPoints: [
      {
        seq: '5.1', title: '聚力“七有”“五性”，力争总体监测评价居全市前列', source: ['speech', '市级任务', '民生实事'],
        tasks: [
          {
            code: '2023-5.1-01', title: '力争“七有”“五性”总体监测评价总指数居全市前列',
            description: '统筹协调成员单位分析上年度监测评价结果，针对失分指标制定提升措施，力争总指数排名进入全市前列。',
            category: '业务', tags: ['民生'], leadUnit: 'DRC-LIVELIHOOD', coUnits: ['B-EDU', 'B-HEALTH', 'B-CIVIL', 'B-HR'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '“七有”“五性”总指数全市排名', value: 5, unit: '位', direction: 'atMost', demo: true },
            weight: 9,
            milestones: [
              ms('完成上年度评价结果分析', '2023-03-31', null, '分析报告'),
              ms('报送上半年监测数据', '2023-07-31', null, '监测数据表'),
              ms('报送全年监测数据', '2023-12-31', null, '监测数据表和年度总结'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-5.1-02', title: '梳理“七有”“五性”短板指标并制定专项提升措施',
            description: '对得分低于全市平均的指标逐项明确牵头部门和提升措施，按季度调度推进。',
            category: '业务', tags: ['民生'], leadUnit: 'DRC-LIVELIHOOD', coUnits: ['B-EDU', 'B-HEALTH', 'B-HOUSING', 'B-CIVIL'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '短板指标专项提升', value: 8, unit: '项', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('印发短板指标提升措施', '2023-04-30', 20, '提升措施清单'),
              ms('半年调度', '2023-07-15', 50, '调度情况'),
              ms('全年提升情况评估', '2023-12-31', 100, '评估报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-5.1-03', title: '统筹调度年度民生实事项目',
            description: '对区政府年度民生实事项目实行清单管理，按月调度进展，协调解决资金和手续问题。',
            category: '业务', tags: ['民生'], leadUnit: 'DRC-LIVELIHOOD', coUnits: ['B-GOV', 'B-FINANCE'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '完成民生实事项目', value: 30, unit: '项', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('印发民生实事任务分解', '2023-03-15', 10, '任务分解表'),
              ms('上半年完成40%', '2023-06-30', 40, '调度台账'),
              ms('前三季度完成75%', '2023-09-30', 75, '调度台账'),
              ms('全部完成', '2023-12-31', 100, '年度完成情况报告'),
            ],
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '5.2', title: '推进公共服务和基础设施项目建设，做好资金争取', source: ['speech', '折子工程', '民生实事'],
        tasks: [
          {
            code: '2023-5.2-01', title: '推进区妇幼保健院迁建项目',
            description: '协调推进区妇幼保健院迁建项目概算批复、施工招标和开工建设，做好市级资金申请和要素保障。',
            category: '业务', tags: ['民生', '项目'], leadUnit: 'B-HEALTH', coUnits: ['DRC-LIVELIHOOD', 'B-PLANNING', 'B-HOUSING'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '年度完成投资', value: 8000, unit: '万元', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: [
              ms('完成初步设计概算批复', '2023-03-31', 10, '概算批复文件'),
              ms('完成施工总承包招标', '2023-06-30', 30, '中标通知书'),
              ms('开工建设', '2023-08-31', 50, '施工许可证'),
              ms('完成地下结构施工', '2023-12-31', 100, '分部工程验收记录'),
            ],
            progress: 'seriously_behind',
          },
          {
            // The village is redacted (`**`) in the speech; the demo places the road in 庙城镇.
            code: '2023-5.2-02', title: '推进棚户区改造配套道路建设',
            description: '推进庙城镇棚户区改造项目配套道路建设，完成前期手续、征拆和道路主体施工，保障回迁居民出行。',
            category: '业务', tags: ['民生', '项目'], leadUnit: 'T-MIAOCHENG', coUnits: ['B-HOUSING', 'B-TRANSPORT', 'DRC-INVEST', 'B-PLANNING'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '配套道路建成', value: 2.6, unit: '公里', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('取得规划和施工手续', '2023-04-30', 15, '规划许可和施工许可'),
              ms('完成道路沿线征拆', '2023-06-30', 35, '征拆台账'),
              ms('完成路基施工', '2023-09-30', 70, '施工日志'),
              ms('道路主体完工', '2023-12-31', 100, '完工验收资料'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-5.2-03', title: '争取中央预算内和市级资金支持社会事业项目',
            description: '围绕教育、医疗、养老等社会事业项目做好资金申报，争取中央预算内投资和市政府固定资产投资支持。',
            category: '业务', tags: ['民生', '项目'], leadUnit: 'DRC-LIVELIHOOD', coUnits: ['B-FINANCE', 'B-EDU', 'B-HEALTH', 'B-CIVIL'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '争取中央和市级资金', value: 30000, unit: '万元', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('梳理申报项目清单', '2023-03-31', 15, '申报项目清单'),
              ms('完成首批申报', '2023-06-30', 50, '申报材料'),
              ms('全年资金争取情况总结', '2023-12-31', 100, '资金到位情况表'),
            ],
            progress: 'ahead',
          },
        ],
      },
      {
        seq: '5.3', title: '做好日常和节假日市场价格监测，抓好价格管理和调控', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-5.3-01', title: '开展重要民生商品日常价格监测',
            description: '对粮油、肉蛋、蔬菜等重要民生商品开展日常价格监测，按时报送监测数据，价格异常波动时及时预警。',
            category: '业务', tags: ['价格', '民生'], leadUnit: 'DRC-PRICE', coUnits: ['B-MARKET', 'B-AGRI', 'B-COMMERCE'], leader: '刘副主任',
            start: Y, due: E,
            target: { metric: '监测数据按时报送率', value: 100, unit: '%', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('一季度监测分析', '2023-03-31', 25, '季度价格分析'),
              ms('二季度监测分析', '2023-06-30', 50, '季度价格分析'),
              ms('三季度监测分析', '2023-09-30', 75, '季度价格分析'),
              ms('全年监测总结', '2023-12-31', 100, '年度价格监测报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-5.3-02', title: '做好元旦春节、五一、国庆等节假日价格监测',
            description: '节假日期间启动价格日报制度，加密监测重要民生商品和旅游景区价格，保障节日市场价格基本稳定。',
            category: '业务', tags: ['价格', '民生'], leadUnit: 'DRC-PRICE', coUnits: ['B-MARKET', 'B-CULTURE'], leader: '刘副主任',
            start: Y, due: E,
            target: { metric: '节假日价格专项监测', value: 6, unit: '次', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('完成元旦春节监测', '2023-01-31', 20, '节日价格日报'),
              ms('完成清明、五一、端午监测', '2023-06-30', 60, '节日价格日报'),
              ms('完成中秋国庆监测', '2023-10-10', 85, '节日价格日报'),
              ms('部署2024年元旦监测', '2023-12-31', 100, '工作通知'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-5.3-03', title: '开展定价成本监审和政府定价项目管理',
            description: '对政府定价目录内的公用事业和公共服务项目开展定价成本监审，规范价格调整程序。',
            category: '业务', tags: ['价格'], leadUnit: 'DRC-PRICE', coUnits: ['B-FINANCE'], leader: '刘副主任',
            start: '2023-03-01', due: E,
            target: { metric: '完成定价成本监审', value: 3, unit: '项', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('确定年度成本监审项目', '2023-04-30', 15, '监审计划'),
              ms('完成1项监审', '2023-08-31', 40, '监审报告'),
              ms('完成全部监审', '2023-12-15', 100, '监审报告'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-5.3-04', title: '落实社会救助和保障标准与物价上涨挂钩联动机制',
            description: '按月测算居民消费价格涨幅，达到启动条件时及时会同民政、人社、财政部门发放价格临时补贴。',
            category: '业务', tags: ['价格', '民生'], leadUnit: 'DRC-PRICE', coUnits: ['B-CIVIL', 'B-HR', 'B-FINANCE', 'B-STATS'], leader: '刘副主任',
            start: Y, due: E,
            target: null,
            weight: 4,
            milestones: [
              ms('上半年联动机制测算', '2023-07-15', 50, '测算表'),
              ms('全年联动机制执行总结', '2023-12-31', 100, '执行情况报告'),
            ],
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '5.4', title: '以更高标准、更严要求开展价格认证工作', source: ['speech'],
        tasks: [
          {
            code: '2023-5.4-01', title: '办理涉案财物价格认定',
            description: '受理公检法和纪检监察机关委托的涉案、涉纪财物价格认定，严格程序和时限，确保认定结论客观公正。',
            category: '业务', tags: ['价格'], leadUnit: 'DRC-PRICECERT', coUnits: [], leader: '刘副主任',
            start: Y, due: E,
            target: { metric: '价格认定按期办结率', value: 100, unit: '%', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('上半年办件情况统计', '2023-06-30', 50, '办件台账'),
              ms('全年办件情况总结', '2023-12-31', 100, '年度工作总结'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-5.4-02', title: '修订价格认定工作规程并开展案卷质量自查',
            description: '对照价格认定规定修订内部工作规程，抽查近两年案卷，对发现的问题逐项整改。',
            category: '业务', tags: ['价格', '改革'], leadUnit: 'DRC-PRICECERT', coUnits: ['DRC-PRICE'], leader: '刘副主任',
            start: '2023-03-01', due: '2023-06-30',
            target: { metric: '自查案卷', value: 50, unit: '件', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('修订工作规程', '2023-04-30', 40, '工作规程'),
              ms('完成案卷自查和整改', '2023-06-30', 100, '自查整改报告'),
            ],
            progress: 'overdue',
          },
        ],
      },
      {
        seq: '5.5', title: '坚持严格规范公平执法，加强公共资源交易平台统筹', source: ['speech'],
        tasks: [
          {
            code: '2023-5.5-01', title: '推进公共资源交易全流程电子化',
            description: '加强公共资源交易平台统筹，推进工程建设、政府采购等交易全流程电子化，提升平台服务能力和水平。',
            category: '业务', tags: ['改革', '营商'], leadUnit: 'DRC-GENERAL', coUnits: ['B-GOVSERVICE', 'B-FINANCE'], leader: '刘副主任',
            start: S, due: E,
            target: { metric: '全流程电子化交易率', value: 95, unit: '%', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('制定年度平台整合工作计划', '2023-03-31', 15, '工作计划'),
              ms('电子化交易率达到85%', '2023-06-30', 50, '交易统计表'),
              ms('电子化交易率达到95%', '2023-12-31', 100, '交易统计表'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-5.5-02', title: '开展招标投标和公共资源交易领域专项检查',
            description: '会同行业监管部门开展招标投标领域专项检查，规范交易行为，做到严格规范公平执法。',
            category: '业务', tags: ['改革'], leadUnit: 'DRC-GENERAL', coUnits: ['B-GOVSERVICE', 'B-HOUSING', 'B-MARKET'], leader: '刘副主任',
            start: '2023-03-01', due: E,
            target: { metric: '专项检查', value: 2, unit: '次', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('印发专项检查方案', '2023-04-30', 20, '检查方案'),
              ms('完成第1次专项检查', '2023-07-31', 50, '检查报告'),
              ms('完成第2次专项检查', '2023-11-30', 100, '检查报告'),
            ],
            progress: 'seriously_behind',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 6 · 高精尖产业 ─────────────────────────────
  {
    seq: 6,
    title: '加快产业结构升级，在提升高精尖产业核心竞争力上下功夫',
    shortTitle: '高精尖产业',
    workPoints: [
      {
        seq: '6.1', title: '推动高端仪器和传感器产业集聚发展', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-6.1-01', title: '对接高端仪器创新发展实施方案，争取仪器传感器产业政策支持',
            description: '结合《加快推进高端仪器创新发展实施方案》中仪器传感器产业相关内容，积极向市级部门争取政策、资金和项目支持。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-SCICITY', 'B-ECONINFO'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '争取市级以上政策支持事项', value: 3, unit: '项', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('梳理可争取的政策事项', '2023-03-31', 15, '政策事项清单'),
              ms('向市级部门报送支持请示', '2023-06-30', 40, '请示文件'),
              ms('争取落地1项', '2023-09-30', 60, '批复或支持文件'),
              ms('争取落地3项', '2023-12-31', 100, '批复或支持文件'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-6.1-02', title: '推动仪器传感器企业和项目向科学城集聚',
            description: '围绕仪器传感器产业链开展精准招商和项目对接，推动企业和项目在科学城及雁栖经济开发区集聚。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-SCICITY', 'Z-YANQI', 'B-COMMERCE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '新引进仪器传感器企业', value: 15, unit: '家', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: quarterly('引进企业', 15, '家', '引进企业台账'),
            progress: 'seriously_behind',
          },
          {
            code: '2023-6.1-03', title: '编制高端仪器和传感器产业链图谱及重点企业清单',
            description: '梳理仪器传感器产业链上下游环节和重点企业，编制产业链图谱和招商目标企业清单。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-SCICITY'], leader: '陈副主任',
            start: '2023-02-15', due: '2023-06-30',
            target: { metric: '产业链图谱', value: 1, unit: '份', direction: 'exact', demo: false },
            weight: 4,
            milestones: [
              ms('完成产业链梳理', '2023-04-30', 50, '产业链梳理报告'),
              ms('印发产业链图谱和企业清单', '2023-06-30', 100, '产业链图谱'),
            ],
            progress: 'overdue',
          },
        ],
      },
      {
        seq: '6.2', title: '开展产业政策宣贯解读，做好企业申报服务', source: ['speech'],
        tasks: [
          {
            code: '2023-6.2-01', title: '开展产业发展政策宣贯解读',
            description: '围绕国家、市、区产业发展政策分领域开展宣讲解读，编印政策汇编，帮助企业用足用好政策。',
            category: '业务', tags: ['产业', '宣传'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-ECONINFO', 'B-SCICITY', 'Z-YANQI'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '政策宣讲会', value: 8, unit: '场', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: quarterly('宣讲会', 8, '场', '宣讲记录', '政策汇编和年度总结'),
            progress: 'ahead',
          },
          {
            code: '2023-6.2-02', title: '指导企业申报高精尖产业和固定资产投资支持资金',
            description: '对接市级资金申报通知，一对一指导企业准备申报材料，跟踪评审和资金拨付情况。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-ECONINFO', 'B-FINANCE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '服务企业申报', value: 20, unit: '家', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: quarterly('服务企业申报', 20, '家', '申报服务台账'),
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '6.3', title: '做好工程研究中心等项目储备，服务创新成果转化和产业化', source: ['speech', '自定'],
        tasks: [
          {
            code: '2023-6.3-01', title: '建立工程研究中心等创新平台项目储备库并动态更新',
            description: '摸排区内企业和科研院所创新平台建设意向，建立工程研究中心等项目储备库，按季度动态更新。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-SCICITY'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '储备项目', value: 10, unit: '个', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('建立储备库', '2023-03-31', 30, '储备库'),
              ms('二季度动态更新', '2023-06-30', 50, '储备库（更新）'),
              ms('三季度动态更新', '2023-09-30', 75, '储备库（更新）'),
              ms('年度动态更新并形成分析', '2023-12-31', 100, '储备库和分析报告'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-6.3-02', title: '推荐申报北京市工程研究中心',
            description: '从储备库中遴选条件成熟的项目，指导申报北京市工程研究中心。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-SCICITY'], leader: '陈副主任',
            start: '2023-03-01', due: '2023-09-30',
            target: { metric: '推荐申报', value: 2, unit: '家', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('遴选推荐对象', '2023-05-31', 30, '推荐名单'),
              ms('完成申报材料审核并报送', '2023-09-30', 100, '推荐函和申报材料'),
            ],
            progress: 'overdue',
          },
          {
            code: '2023-6.3-03', title: '跟踪服务创新成果转化和产业化项目落地',
            description: '对科学城创新成果转化项目开展跟踪服务，协调空间、资金和审批事项，推动成果在区内转化落地。',
            category: '业务', tags: ['产业'], leadUnit: 'DRC-INDUSTRY', coUnits: ['B-SCICITY', 'B-ECONINFO', 'Z-YANQI'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '成果转化和产业化项目落地', value: 5, unit: '个', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('建立成果转化项目服务台账', '2023-03-31', 10, '服务台账'),
              ms('落地2个', '2023-07-31', 40, '落地项目清单'),
              ms('落地5个', '2023-12-31', 100, '落地项目清单'),
            ],
            progress: 'lagging',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 7 · 营商环境 ─────────────────────────────
  {
    seq: 7,
    title: '精准服务企业发展，在优化营商环境上下功夫',
    shortTitle: '营商环境',
    workPoints: [
      {
        seq: '7.1', title: '持续完善“服务包”制度，实现企业走访全覆盖', source: ['speech', '折子工程', '市级任务'],
        tasks: [
          {
            code: '2023-7.1-01', title: '实现463家服务包企业走访全覆盖',
            description: '为服务包名单企业逐一配备服务管家，按计划上门走访，了解经营情况和诉求，年内实现走访全覆盖。',
            category: '业务', tags: ['营商'], leadUnit: 'DRC-BIZENV', coUnits: ['B-ECONINFO', 'B-COMMERCE', 'B-SCICITY', 'Z-YANQI'], leader: '王主任',
            start: S, due: E,
            // speech: 实现463家企业走访覆盖率100%
            target: { metric: '服务包企业走访覆盖率（名单企业463家）', value: 100, unit: '%', direction: 'atLeast', demo: false },
            weight: 10,
            milestones: [
              ms('一季度覆盖30%', '2023-03-31', 30, '走访台账'),
              ms('上半年覆盖60%', '2023-06-30', 60, '走访台账'),
              ms('前三季度覆盖85%', '2023-09-30', 85, '走访台账'),
              ms('全年覆盖100%', '2023-12-31', 100, '走访台账和年度总结'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-7.1-02', title: '健全服务包企业诉求办理闭环机制',
            description: '对走访收集的企业诉求实行“接诉、派单、答复、评价”闭环管理，难点诉求提交联席会协调解决。',
            category: '业务', tags: ['营商'], leadUnit: 'DRC-BIZENV', coUnits: ['B-GOVSERVICE', 'B-PLANNING', 'B-HR'], leader: '王主任',
            start: S, due: E,
            target: { metric: '企业诉求按期办结率', value: 95, unit: '%', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('印发诉求办理工作规程', '2023-03-15', 10, '工作规程'),
              ms('半年诉求办理情况通报', '2023-07-15', 50, '通报'),
              ms('年度诉求办理情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-7.1-03', title: '做好庙城镇属地服务包企业走访和诉求办理',
            description: '落实属地服务责任，配合服务管家走访镇域服务包企业，及时办理涉及属地的用地、配套和环境类诉求。',
            category: '业务', tags: ['营商'], leadUnit: 'T-MIAOCHENG', coUnits: ['DRC-BIZENV'], leader: '王主任',
            start: S, due: E,
            target: { metric: '属地服务包企业走访覆盖率', value: 100, unit: '%', direction: 'atLeast', demo: false },
            weight: 5,
            milestones: [
              ms('上半年覆盖60%', '2023-06-30', 60, '走访台账'),
              ms('前三季度覆盖85%', '2023-09-30', 85, '走访台账'),
              ms('全年覆盖100%', '2023-12-31', 100, '走访台账'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-7.1-04', title: '做好雁栖镇属地服务包企业走访和诉求办理',
            description: '落实属地服务责任，配合服务管家走访镇域服务包企业，及时办理涉及属地的用地、配套和环境类诉求。',
            category: '业务', tags: ['营商'], leadUnit: 'T-YANQI', coUnits: ['DRC-BIZENV'], leader: '王主任',
            start: S, due: E,
            target: { metric: '属地服务包企业走访覆盖率', value: 100, unit: '%', direction: 'atLeast', demo: false },
            weight: 5,
            milestones: [
              ms('上半年覆盖60%', '2023-06-30', 60, '走访台账'),
              ms('前三季度覆盖85%', '2023-09-30', 85, '走访台账'),
              ms('全年覆盖100%', '2023-12-31', 100, '走访台账'),
            ],
            progress: 'seriously_behind',
          },
          {
            code: '2023-7.1-05', title: '推动服务企业与财源建设融合，建立重点税源企业联动机制',
            description: '会同税务、财政部门建立重点税源企业联动台账，把服务包走访与税源监测结合起来，稳住和培育税源。',
            category: '业务', tags: ['营商', '经济'], leadUnit: 'DRC-BIZENV', coUnits: ['B-TAX', 'B-FINANCE'], leader: '王主任',
            start: S, due: E,
            target: { metric: '纳入联动台账的重点税源企业', value: 100, unit: '家', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('建立联动机制', '2023-03-31', 20, '联动机制文件'),
              ms('台账企业达到60家', '2023-06-30', 60, '联动台账'),
              ms('台账企业达到100家', '2023-12-31', 100, '联动台账和税源分析'),
            ],
            progress: 'seriously_behind',
          },
        ],
      },
      {
        seq: '7.2', title: '贯彻落实优化营商环境6.0版政策，确保改革任务落地见效', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-7.2-01', title: '制定落实优化营商环境6.0版改革任务清单',
            description: '对照市级6.0版改革方案，梳理需区级落实的改革任务，逐项明确牵头部门和完成时限。',
            category: '业务', tags: ['营商', '改革'], leadUnit: 'DRC-BIZENV', coUnits: ['B-GOVSERVICE'], leader: '王主任',
            start: S, due: '2023-03-31',
            target: { metric: '改革任务清单', value: 1, unit: '份', direction: 'exact', demo: false },
            weight: 6,
            milestones: [
              ms('完成任务梳理', '2023-03-01', 50, '任务梳理表'),
              ms('印发任务清单', '2023-03-31', 100, '任务清单'),
            ],
            progress: 'done_early',
          },
          {
            code: '2023-7.2-02', title: '推动优化营商环境6.0版改革任务落地见效',
            description: '按季度调度6.0版改革任务推进情况，协调解决跨部门问题，确保改革举措在区内落地见效。',
            category: '业务', tags: ['营商', '改革'], leadUnit: 'DRC-BIZENV', coUnits: ['B-GOVSERVICE', 'B-MARKET', 'B-PLANNING', 'B-HOUSING'], leader: '王主任',
            start: '2023-04-01', due: E,
            target: { metric: '落地改革任务', value: 120, unit: '项', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: [
              ms('二季度落地40%', '2023-06-30', 40, '调度台账'),
              ms('三季度落地75%', '2023-09-30', 75, '调度台账'),
              ms('全部落地', '2023-12-31', 100, '年度改革总结'),
            ],
            progress: 'lagging',
          },
        ],
      },
      {
        seq: '7.3', title: '高标准做好世行、国家和市级营商环境评价，力争排名提升', source: ['speech'],
        tasks: [
          {
            code: '2023-7.3-01', title: '做好市级营商环境评价迎评工作，力争排名提升',
            description: '对照市级营商环境评价指标体系逐项自评，补齐失分短板，按时报送评价材料，力争排名有所提升。',
            category: '业务', tags: ['营商'], leadUnit: 'DRC-BIZENV', coUnits: ['B-GOVSERVICE', 'B-MARKET', 'B-TAX'], leader: '王主任',
            start: S, due: E,
            target: { metric: '市级营商环境评价全市排名', value: 8, unit: '位', direction: 'atMost', demo: true },
            weight: 8,
            milestones: [
              ms('完成上年度失分指标分析', '2023-03-31', 20, '失分分析报告'),
              ms('完成指标自评', '2023-07-31', 50, '自评报告'),
              ms('报送评价材料', '2023-11-30', 100, '评价材料'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-7.3-02', title: '配合做好世行和国家营商环境评价指标对标',
            description: '对照世行新评估体系和国家营商环境评价指标开展对标分析，配合市级部门完成样本填报。',
            category: '业务', tags: ['营商'], leadUnit: 'DRC-BIZENV', coUnits: ['B-GOVSERVICE'], leader: '王主任',
            start: '2023-03-01', due: '2023-09-30',
            target: { metric: '完成对标分析指标', value: 10, unit: '项', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('完成指标解读和分工', '2023-04-30', 30, '分工表'),
              ms('完成对标分析报告', '2023-09-30', 100, '对标分析报告'),
            ],
            progress: 'overdue',
          },
        ],
      },
      {
        seq: '7.4', title: '聚焦重点区域，形成多元参与、协同高效的以商招商格局', source: ['speech', '折子工程'],
        tasks: [
          {
            code: '2023-7.4-01', title: '在科学城硬科技产业基地起步区开展以商招商',
            description: '依托起步区已落地企业的产业链和合作网络，吸引科技含量高、辐射带动力强的龙头企业入驻。',
            category: '业务', tags: ['营商', '产业'], leadUnit: 'B-SCICITY', coUnits: ['DRC-BIZENV', 'B-COMMERCE', 'T-YANQI'], leader: '王主任',
            start: S, due: E,
            target: { metric: '引进科技型龙头企业', value: 10, unit: '家', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: [
              ms('建立起步区招商目标企业库', '2023-03-31', 10, '目标企业库'),
              ms('引进4家', '2023-07-31', 40, '签约清单'),
              ms('引进10家', '2023-12-31', 100, '签约清单'),
            ],
            progress: 'lagging',
          },
          {
            code: '2023-7.4-02', title: '在庙城智能制造产业园开展以商招商',
            description: '依托园区现有智能制造企业开展以商招商，引进发展前景好的智能制造企业，推动园区空间资源高效利用。',
            category: '业务', tags: ['营商', '产业'], leadUnit: 'T-MIAOCHENG', coUnits: ['DRC-BIZENV', 'B-ECONINFO', 'B-COMMERCE'], leader: '王主任',
            start: S, due: E,
            target: { metric: '引进智能制造企业', value: 8, unit: '家', direction: 'atLeast', demo: true },
            weight: 7,
            milestones: [
              ms('梳理园区可利用空间和招商线索', '2023-03-31', 10, '空间资源清单'),
              ms('引进3家', '2023-07-31', 40, '签约清单'),
              ms('引进8家', '2023-12-31', 100, '签约清单'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-7.4-03', title: '建立重点企业以商招商线索台账',
            description: '通过服务包走访收集龙头企业上下游合作伙伴的投资意向，建立招商线索台账并分派跟进。',
            category: '业务', tags: ['营商'], leadUnit: 'DRC-BIZENV', coUnits: ['B-COMMERCE', 'B-ECONINFO'], leader: '王主任',
            start: S, due: E,
            target: { metric: '招商线索', value: 30, unit: '条', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: quarterly('收集线索', 30, '条', '线索台账'),
            progress: 'on_track',
          },
        ],
      },
    ],
  },

  // ───────────────────────────── 8 · 生态节能 ─────────────────────────────
  {
    seq: 8,
    title: '不断提升人居环境，在打造靓丽生态底色上下功夫',
    shortTitle: '生态节能',
    workPoints: [
      {
        seq: '8.1', title: '践行“两山”理论，持续推进生态文明建设', source: ['speech'],
        tasks: [
          {
            code: '2023-8.1-01', title: '推动生态保护补偿和生态产品价值实现',
            description: '落实生态涵养区生态保护补偿政策，做好市级补偿资金争取和使用管理，探索生态产品价值实现路径。',
            category: '业务', tags: ['生态', '规划'], leadUnit: 'DRC-PLAN', coUnits: ['B-ECOLOGY', 'B-FOREST', 'B-WATER'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '争取市级生态保护补偿资金', value: 20000, unit: '万元', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('报送补偿资金申请', '2023-04-30', 30, '申请材料'),
              ms('资金下达并制定使用方案', '2023-08-31', 70, '资金使用方案'),
              ms('年度资金使用情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'on_track',
          },
        ],
      },
      {
        seq: '8.2', title: '积极谋划乡村振兴、农业提质增效等项目落地', source: ['speech', '折子工程'],
        tasks: [
          {
            code: '2023-8.2-01', title: '谋划推动乡村振兴和农业提质增效项目落地',
            description: '会同农业农村部门梳理乡村振兴和农业提质增效项目，做好立项审批和资金争取，推动项目落地实施。',
            category: '业务', tags: ['生态', '项目'], leadUnit: 'B-AGRI', coUnits: ['DRC-INVEST', 'B-FINANCE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '落地项目', value: 12, unit: '个', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('确定年度项目清单', '2023-03-31', 15, '项目清单'),
              ms('完成立项审批', '2023-06-30', 50, '立项批复'),
              ms('全部开工实施', '2023-10-31', 80, '开工台账'),
              ms('年度项目总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-8.2-02', title: '推进庙城镇美丽乡村和农村人居环境整治项目',
            description: '推进镇域美丽乡村建设和农村人居环境整治，完成村庄道路、污水收集和环境绿化等项目。',
            category: '业务', tags: ['生态', '民生'], leadUnit: 'T-MIAOCHENG', coUnits: ['B-AGRI', 'DRC-INVEST', 'B-WATER'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '完成整治提升村', value: 4, unit: '个', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('完成项目立项', '2023-04-30', 20, '立项批复'),
              ms('开工建设', '2023-06-30', 40, '开工台账'),
              ms('完成4个村整治并验收', '2023-12-15', 100, '验收资料'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-8.2-03', title: '推进雁栖镇乡村民宿和休闲农业提质项目',
            description: '结合雁栖湖周边生态资源，推动精品民宿和休闲农业提质升级，带动农民增收。',
            category: '业务', tags: ['生态', '产业'], leadUnit: 'T-YANQI', coUnits: ['B-AGRI', 'B-CULTURE'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '提质升级项目', value: 3, unit: '个', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('确定项目和实施主体', '2023-03-31', 20, '项目清单'),
              ms('完成1个项目', '2023-07-31', 50, '验收资料'),
              ms('完成3个项目', '2023-11-30', 100, '验收资料'),
            ],
            progress: 'ahead',
          },
          {
            code: '2023-8.2-04', title: '建设高标准农田和设施农业提质增效项目',
            description: '推进高标准农田建设和老旧设施农业改造提升，提高农业综合生产能力。',
            category: '业务', tags: ['生态', '项目'], leadUnit: 'B-AGRI', coUnits: ['DRC-INVEST', 'B-WATER'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '建设高标准农田', value: 5000, unit: '亩', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('完成项目设计和批复', '2023-04-30', 20, '设计批复'),
              ms('完成施工招标并开工', '2023-07-31', 45, '开工台账'),
              ms('完成建设并验收', '2023-12-31', 100, '验收资料'),
            ],
            progress: 'lagging',
          },
        ],
      },
      {
        seq: '8.3', title: '加强节能目标责任制考核，严格节能审查，提升行业能效水平', source: ['speech', '市级任务'],
        tasks: [
          {
            code: '2023-8.3-01', title: '完成年度单位地区生产总值能耗下降目标',
            description: '按季度监测全区能耗强度和重点用能单位能耗变化，对能耗增长较快的领域和单位及时预警调度。',
            category: '业务', tags: ['节能'], leadUnit: 'DRC-ENERGY', coUnits: ['B-STATS', 'B-ECONINFO'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '单位地区生产总值能耗下降率', value: 2.5, unit: '%', direction: 'atLeast', demo: true },
            weight: 8,
            milestones: rateCheckpoints('能耗强度'),
            progress: 'lagging',
          },
          {
            code: '2023-8.3-02', title: '开展重点用能单位节能目标责任评价考核',
            description: '对重点用能单位上年度节能目标完成情况和节能措施落实情况开展评价考核，考核结果向社会公布。',
            category: '业务', tags: ['节能'], leadUnit: 'DRC-ENERGY', coUnits: ['B-ECONINFO', 'B-HOUSING', 'B-TRANSPORT'], leader: '陈副主任',
            start: '2023-03-01', due: '2023-06-30',
            target: { metric: '考核重点用能单位', value: 25, unit: '家', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('印发考核通知', '2023-03-31', 20, '考核通知'),
              ms('完成现场核查', '2023-05-31', 70, '核查记录'),
              ms('公布考核结果', '2023-06-30', 100, '考核结果通报'),
            ],
            progress: 'done_early',
          },
          {
            code: '2023-8.3-03', title: '严格落实固定资产投资项目节能审查办法',
            description: '严格执行《固定资产投资项目节能审查办法》，从源头把好新上项目能效关，按时限出具节能审查意见。',
            category: '业务', tags: ['节能'], leadUnit: 'DRC-ENERGY', coUnits: ['B-GOVSERVICE'], leader: '陈副主任',
            start: Y, due: E,
            target: { metric: '节能审查按期办结率', value: 100, unit: '%', direction: 'atLeast', demo: true },
            weight: 6,
            milestones: [
              ms('上半年审查情况统计', '2023-06-30', 50, '审查台账'),
              ms('全年审查情况总结', '2023-12-31', 100, '年度总结'),
            ],
            progress: 'on_track',
          },
          {
            code: '2023-8.3-04', title: '开展节能审查意见落实情况事中事后检查',
            description: '对已取得节能审查意见的在建和投产项目开展检查，核实能效措施落实情况，督促整改。',
            category: '业务', tags: ['节能'], leadUnit: 'DRC-ENERGY', coUnits: ['B-HOUSING'], leader: '陈副主任',
            start: '2023-04-01', due: '2023-09-30',
            target: { metric: '检查项目', value: 10, unit: '个', direction: 'atLeast', demo: true },
            weight: 4,
            milestones: [
              ms('确定检查项目名单', '2023-04-30', 10, '检查名单'),
              ms('完成5个项目检查', '2023-07-31', 50, '检查记录'),
              ms('完成全部检查并督促整改', '2023-09-30', 100, '检查报告'),
            ],
            progress: 'overdue',
          },
          {
            code: '2023-8.3-05', title: '推进公共建筑、交通等重点领域节能改造',
            description: '推动公共建筑、公共机构和交通运输等重点领域实施节能改造，提升行业能效水平。',
            category: '业务', tags: ['节能'], leadUnit: 'DRC-ENERGY', coUnits: ['B-HOUSING', 'B-TRANSPORT', 'B-ECONINFO'], leader: '陈副主任',
            start: S, due: E,
            target: { metric: '重点领域节能改造项目', value: 5, unit: '个', direction: 'atLeast', demo: true },
            weight: 5,
            milestones: [
              ms('确定改造项目', '2023-04-30', 20, '项目清单'),
              ms('开工2个', '2023-07-31', 40, '开工台账'),
              ms('完成5个', '2023-12-31', 100, '验收资料'),
            ],
            progress: 'seriously_behind',
          },
        ],
      },
    ],
  },
];
