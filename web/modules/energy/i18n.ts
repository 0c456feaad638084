// Texts of the energy module (namespace `energy`), wired into web/i18n/zh-CN.ts and en.ts.
// The English object is typed against the Chinese one, so a missing or extra key fails the type check.
export const energyZh = {
  menu: { group: '节能降耗', overview: '能源概览', reviews: '节能审查', assessment: '目标责任考核', keyUsers: '重点用能单位', factors: '折标系数与门槛' },
  toast: { created: '已登记节能审查申报', acted: '已办理', expert: '已登记专家意见', verified: '已登记节能验收', reported: '季度数据已报送', settings: '设置已保存', target: '考核目标与评分已保存', keyUser: '重点用能单位数据已保存', tasks: '已生成 {{created}} 项督办任务（此前已生成 {{existing}} 项）', imported: '已导入 {{count}} 行年度数据' },
  unit: { tce: '吨标准煤', tceShort: 'tce', kwh: '千瓦时', wanYuan: '万元', intensity: 'tce/万元', pct: '%' },
  stage: { submitted: '申报', accepted: '受理', appraising: '评审', opinion: '审查意见', approved: '批复', returned: '退回', exempt: '不单独审查', verified: '已验收' },
  action: {
    submit: '申报', accept: '受理', appraise: '组织评审', draft_opinion: '起草审查意见', approve: '批复', return: '退回', resubmit: '重新申报', exempt: '认定不单独审查', expert: '专家意见', verify: '节能验收',
  },
  authority: { none: '不单独审查', district: '区发改委', city: '市发改委' },
  overview: {
    title: '能源概览', year: '年度', reviews: '节能审查', overdue: '超期未办', pending: '超门槛未获批复', approvedTce: '已批复年综合能耗', assessees: '考核对象', offTarget: '未达强度目标',
    keyUsers: '重点用能单位', aboveBenchmark: '超行业标杆', keyUsersTce: '重点用能单位年能耗', stages: '审查案件阶段分布', dropChart: '各镇乡街道能耗强度降低（目标/实际，%）',
    target: '目标', actual: '实际', started: '未取得节能审查批复即已开工', startedOn: '开工日期 {{date}}，审查阶段：{{stage}}', noStarted: '没有未批先建的项目',
    rural: '乡村振兴与农业提质增效项目', ranking: '考核排名（前五）', noRural: '项目库中暂无标注“乡村振兴”或“农业”的项目',
  },
  col: {
    tceList: '综合能耗 tce（当量值）', project: '项目', applicant: '建设单位', town: '属地', submittedOn: '申报日期', tceDl: '年综合能耗（当量值）', tceDj: '等价值', kwh: '年用电量', authority: '审查层级', stage: '阶段', dueOn: '办理时限',
    type: '能源品种', quantity: '年用量', unit: '单位', factorDL: '折标系数（当量值）', factorDJ: '折标系数（等价值）', tceDL: '当量值 tce', tceDJ: '等价值 tce',
    rank: '排名', name: '考核对象', kind: '类别', targetDrop: '强度降低目标', actualDrop: '实际降低', cap: '总量控制', actualTce: '实际能耗', output: '产出', intensity: '能耗强度', quarters: '已报季度',
    intensityScore: '强度得分', totalScore: '总量得分', measureScore: '措施得分', deduction: '扣分', score: '总分', grade: '等级', industry: '行业', level: '级别', energyTce: '年综合能耗', benchmark: '行业标杆', trend: '强度趋势',
    unitName: '单位名称', drop: '强度变化', code: '代码', tags: '标签', investment: '总投资（万元）', review: '节能审查', heatValue: '平均低位发热量', baseUnit: '计量单位', units: '可用单位', note: '说明', category: '类别',
  },
  kind: { town: '镇乡街道', key_user: '重点用能单位' },
  reviews: {
    title: '节能审查', allStages: '全部阶段', overdue: '仅看超期', pending: '仅看超门槛未批复', add: '登记申报', overdueTag: '超期', needs: '需审查', noNeed: '无需单独审查',
    back: '返回列表', approval: '节能审查意见（docx）', info: '基本信息', energy: '年能源消费与折标', total: '合计', experts: '专家评审意见', events: '办理过程', noExperts: '尚未登记专家意见',
    opinion: '审查意见', conditions: '有关要求', opinionNo: '文号', opinionDate: '批复日期', returnReason: '退回原因', acceptance: '节能验收', actual: '实际年综合能耗', deviation: '较批复偏差',
    passed: '验收通过', failed: '超出批复', rule: '判定：年综合能耗 {{tce}} tce（门槛 {{exemptTce}}），年用电 {{kwh}} kWh（门槛 {{exemptKwh}}）→ {{result}}',
    coefficient: '{{factor}} kgce/{{unit}}',
  },
  form: {
    project: '关联项目', projectYear: '项目年度', applicant: '建设单位', submittedOn: '申报日期', lines: '年能源消费', resubmitLines: '按退回意见修改后重新申报，综合能耗和审查要求按修改后的数据重新计算。', addLine: '增加能源品种', type: '能源品种', quantity: '年用量', unit: '单位',
    exemptIndustry: '属于国家规定的可不单独审查行业', classified: '涉密项目', note: '备注', preview: '折标试算', submit: '登记', cancel: '取消',
    note2: '说明（退回时必填）', opinion: '审查意见', conditions: '有关要求', confirm: '确定', expert: '专家姓名', org: '单位', conclusion: '结论', expertOpinion: '评审意见', givenOn: '日期',
    addExpert: '登记专家意见', verify: '登记验收', verifiedOn: '验收日期', acceptanceLines: '实际年能源消费', energyTce: '能耗（tce）', output: '产出（万元）', quarter: '季度', report: '填报',
    required: '请填写', save: '保存',
  },
  assessment: {
    title: '节能目标责任考核', year: '考核年度', offTarget: '仅看未达目标', makeTasks: '未达目标镇街生成督办任务', makeTasksConfirm: '为未达节能目标进度的镇乡街道在重点工作中各生成一项督办任务（由该镇街牵头，已生成的不重复生成）？', xlsx: '导出考核表（xlsx）', docx: '考核结果通报（docx）', quarters: '季度数据', tasks: '节能措施',
    report: '填报季度数据', scheme: '评分：强度 {{intensity}} 分 + 总量 {{total}} 分 + 措施 {{measures}} 分 − 扣分；未完成强度或总量目标的最高为“基本完成”', offTag: '未达目标',
    add: '下达年度目标', baseTce: '基期能耗（上年，tce）', baseOutput: '基期产出（上年，万元）',
    edit: '目标与评分', deductionNote: '扣分原因', scoreRange: '得分应在 0 至 {{points}} 之间',
    notReported: '未报', base: '基期（上年）：{{tce}} tce，{{output}} 万元，强度 {{intensity}}',
  },
  keyUsers: { title: '重点用能单位', above: '仅看超行业标杆', aboveTag: '超标杆', year: '{{year}} 年数据', add: '新增重点用能单位', figures: '年度能耗与产值', contact: '联系人', import: '导入年度数据', template: '导入模板' },
  factors: {
    title: '折标系数与审查门槛', standard: '依据 {{standard}}《综合能耗计算通则》附录 A 参考值；1 kgce = 29,307 kJ', year: '等价值年度',
    settings: '审查门槛与参数', exemptTce: '免于单独审查：年综合能耗低于（tce）', exemptKwh: '且年用电量低于（kWh）', cityTce: '市级审查：年综合能耗不低于（tce）',
    acceptDays: '受理时限（工作日）', reviewDays: '审查时限（工作日）', tolerance: '验收允许超出批复（%）', heatEfficiency: '供热效率（热力等价值）', electricity: '电力等价值（kgce/kWh）', benchmarks: '行业能效标杆（tce/万元）',
    calculator: '折标计算器', sameAsDL: '同当量值',
  },
};

export const energyEn: typeof energyZh = {
  menu: { group: 'Energy saving', overview: 'Energy overview', reviews: 'Energy reviews', assessment: 'Target assessment', keyUsers: 'Key energy users', factors: 'Factors & thresholds' },
  toast: { created: 'Application registered', acted: 'Done', expert: 'Expert opinion recorded', verified: 'Acceptance recorded', reported: 'Quarter reported', settings: 'Settings saved', target: 'Target and scores saved', keyUser: 'Key energy user saved', tasks: '{{created}} supervised tasks made ({{existing}} made before)', imported: '{{count}} rows of yearly figures imported' },
  unit: { tce: 'tce', tceShort: 'tce', kwh: 'kWh', wanYuan: '10k CNY', intensity: 'tce/10k CNY', pct: '%' },
  stage: { submitted: 'Submitted', accepted: 'Accepted', appraising: 'Appraisal', opinion: 'Opinion drafted', approved: 'Approved', returned: 'Returned', exempt: 'No separate review', verified: 'Verified' },
  action: {
    submit: 'Submit', accept: 'Accept', appraise: 'Start appraisal', draft_opinion: 'Draft opinion', approve: 'Approve', return: 'Return', resubmit: 'Resubmit', exempt: 'Mark as no review needed', expert: 'Expert opinion', verify: 'Acceptance',
  },
  authority: { none: 'No separate review', district: 'District DRC', city: 'Municipal DRC' },
  overview: {
    title: 'Energy overview', year: 'Year', reviews: 'Energy reviews', overdue: 'Overdue', pending: 'Over threshold, not approved', approvedTce: 'Approved annual consumption', assessees: 'Assessees', offTarget: 'Off intensity target',
    keyUsers: 'Key energy users', aboveBenchmark: 'Above benchmark', keyUsersTce: 'Key users\' consumption', stages: 'Reviews by stage', dropChart: 'Intensity drop by town (target / actual, %)',
    target: 'Target', actual: 'Actual', started: 'Started without an approved energy review', startedOn: 'Started {{date}}, review at: {{stage}}', noStarted: 'No project started without approval',
    rural: 'Rural revitalisation and agriculture projects', ranking: 'Ranking (top five)', noRural: 'No library project is tagged rural revitalisation or agriculture',
  },
  col: {
    tceList: 'Consumption, tce (equivalent)', project: 'Project', applicant: 'Applicant', town: 'Town', submittedOn: 'Submitted', tceDl: 'Annual consumption (equivalent)', tceDj: 'Equal value', kwh: 'Electricity', authority: 'Level', stage: 'Stage', dueOn: 'Due',
    type: 'Energy type', quantity: 'Annual quantity', unit: 'Unit', factorDL: 'Factor (equivalent)', factorDJ: 'Factor (equal value)', tceDL: 'Equivalent tce', tceDJ: 'Equal-value tce',
    rank: 'Rank', name: 'Assessee', kind: 'Kind', targetDrop: 'Intensity target', actualDrop: 'Actual drop', cap: 'Cap', actualTce: 'Consumption', output: 'Output', intensity: 'Intensity', quarters: 'Quarters',
    intensityScore: 'Intensity', totalScore: 'Total', measureScore: 'Measures', deduction: 'Deduction', score: 'Score', grade: 'Grade', industry: 'Industry', level: 'Level', energyTce: 'Annual consumption', benchmark: 'Benchmark', trend: 'Intensity trend',
    unitName: 'Name', drop: 'Intensity change', code: 'Code', tags: 'Tags', investment: 'Investment (10k CNY)', review: 'Energy review', heatValue: 'Lower heating value', baseUnit: 'Unit', units: 'Units accepted', note: 'Note', category: 'Category',
  },
  kind: { town: 'Town', key_user: 'Key energy user' },
  reviews: {
    title: 'Energy reviews', allStages: 'All stages', overdue: 'Overdue only', pending: 'Over threshold, not approved', add: 'Register application', overdueTag: 'Overdue', needs: 'Review required', noNeed: 'No separate review',
    back: 'Back to the list', approval: 'Review opinion (docx)', info: 'Details', energy: 'Annual energy use and conversion', total: 'Total', experts: 'Expert opinions', events: 'History', noExperts: 'No expert opinion yet',
    opinion: 'Opinion', conditions: 'Conditions', opinionNo: 'Document no.', opinionDate: 'Approved on', returnReason: 'Reason for return', acceptance: 'Acceptance', actual: 'Actual annual consumption', deviation: 'Deviation from approval',
    passed: 'Passed', failed: 'Over the approval', rule: 'Rule: {{tce}} tce (threshold {{exemptTce}}), {{kwh}} kWh (threshold {{exemptKwh}}) → {{result}}',
    coefficient: '{{factor}} kgce/{{unit}}',
  },
  form: {
    project: 'Project', projectYear: 'Project year', applicant: 'Applicant', submittedOn: 'Submitted on', lines: 'Annual energy use', resubmitLines: 'Correct it as the return asked; the comprehensive consumption and the review requirement are recomputed.', addLine: 'Add an energy type', type: 'Energy type', quantity: 'Annual quantity', unit: 'Unit',
    exemptIndustry: 'In an industry exempt from separate review', classified: 'Classified project', note: 'Note', preview: 'Convert', submit: 'Register', cancel: 'Cancel',
    note2: 'Note (required to return)', opinion: 'Opinion', conditions: 'Conditions', confirm: 'OK', expert: 'Expert', org: 'Organisation', conclusion: 'Conclusion', expertOpinion: 'Opinion', givenOn: 'Date',
    addExpert: 'Add expert opinion', verify: 'Record acceptance', verifiedOn: 'Verified on', acceptanceLines: 'Actual annual energy use', energyTce: 'Consumption (tce)', output: 'Output (10k CNY)', quarter: 'Quarter', report: 'Report',
    required: 'Required', save: 'Save',
  },
  assessment: {
    title: 'Energy-saving target assessment', year: 'Year', offTarget: 'Off target only', makeTasks: 'Tasks for towns off target', makeTasksConfirm: 'Make one supervised work-plan task for each town off its energy target (led by the town; none made twice)?', xlsx: 'Export (xlsx)', docx: 'Results notice (docx)', quarters: 'Quarterly figures', tasks: 'Measures',
    report: 'Report a quarter', scheme: 'Score: intensity {{intensity}} + total {{total}} + measures {{measures}} − deductions; missing the intensity or total target caps the grade at “basically met”', offTag: 'Off target',
    add: 'Set a year\'s target', baseTce: 'Base consumption (last year, tce)', baseOutput: 'Base output (last year, 10k CNY)',
    edit: 'Target and scores', deductionNote: 'Reason for the deduction', scoreRange: 'A score between 0 and {{points}}',
    notReported: 'Not reported', base: 'Base (last year): {{tce}} tce, {{output}} 10k CNY, intensity {{intensity}}',
  },
  keyUsers: { title: 'Key energy users', above: 'Above benchmark only', aboveTag: 'Above benchmark', year: 'Figures of {{year}}', add: 'Add a key energy user', figures: 'Yearly figures', contact: 'Contact', import: 'Import yearly figures', template: 'Template' },
  factors: {
    title: 'Conversion factors and thresholds', standard: 'Reference values of {{standard}} Appendix A; 1 kgce = 29,307 kJ', year: 'Equal-value year',
    settings: 'Thresholds and parameters', exemptTce: 'No separate review below (tce/yr)', exemptKwh: 'and electricity below (kWh/yr)', cityTce: 'Municipal review from (tce/yr)',
    acceptDays: 'Acceptance deadline (working days)', reviewDays: 'Review deadline (working days)', tolerance: 'Acceptance tolerance over approval (%)', heatEfficiency: 'Heat supply efficiency', electricity: 'Electricity equal value (kgce/kWh)', benchmarks: 'Industry benchmarks (tce/10k CNY)',
    calculator: 'Calculator', sameAsDL: 'Same as equivalent',
  },
};
