// zh/en for every page: elements carry data-i18n="key" (text) or data-i18n-attr="attr:key" (aria-label, placeholder).
// The language is a reading preference (localStorage), not a secret.
const LANG = 'aistats.lang';
const listeners = [];

const dict = {
  app: ['上海市人工智能产业统计监测', 'Shanghai AI Sector Statistics'],
  nav_home: ['首页', 'Home'], nav_upload: ['上报', 'Upload'], nav_desk: ['统计工作台', 'Desk'], nav_dashboard: ['数据看板', 'Dashboard'],
  lang_switch: ['English', '中文'], lang_switch_label: ['切换语言', 'Switch language'],
  skip: ['跳到正文', 'Skip to content'],
  sign_in: ['登录', 'Sign in'], sign_out: ['退出', 'Sign out'], key: ['访问密钥', 'Access key'],
  key_hint: ['密钥只保存在本次浏览器会话中, 关闭浏览器即清除。', 'The key is kept for this browser session only and is cleared when the browser closes.'],
  signed_in_as: ['当前身份', 'Signed in as'], role: ['角色', 'Role'], scope: ['范围', 'Scope'], scope_all: ['全部', 'everything'],
  your_home: ['您的工作页', 'Your home'], public_dashboard: ['公开数据看板（无需密钥）', 'Public dashboard (no key needed)'],
  role_statistician: ['统计局', 'Statistician'], role_association: ['行业协会', 'Business association'], role_park: ['园区', 'Park operator'],
  role_enterprise: ['企业', 'Enterprise'], role_planner: ['规划部门', 'Planner'],
  need_key: ['请先登录。', 'Please sign in first.'], wrong_role: ['当前身份无权使用此页面。', 'Your role cannot use this page.'],
  upload_title: ['数据上报', 'Upload data'], choose_file: ['选择文件', 'Choose a file'],
  drop_here: ['把文件拖到这里, 或用上面的按钮选择 (CSV, XLSX, XLS, JSON)', 'Drop a file here, or choose it with the button above (CSV, XLSX, XLS, JSON)'],
  kind: ['报表类型', 'Kind'], kind_suggested: ['根据表头推断', 'suggested from its headers'],
  'kind_register': ['企业名录', 'Register'], 'kind_member-roster': ['会员名录', 'Member roster'], 'kind_monthly-report': ['月报 AI-1', 'Monthly report AI-1'], 'kind_park-report': ['园区报表', 'Park report'],
  send: ['上传', 'Upload'], uploading: ['正在上传', 'Uploading'], processing: ['正在处理', 'Processing'],
  status_queued: ['排队中', 'queued'], status_processing: ['处理中', 'processing'], status_processed: ['已处理', 'processed'],
  status_rejected: ['已拒收', 'rejected'], status_poisoned: ['处理失败', 'failed (poisoned)'],
  accepted: ['接收', 'Accepted'], rejected: ['拒收', 'Rejected'], duplicates: ['重复', 'Duplicates'], rows: ['数据行', 'Rows'],
  problems: ['问题清单', 'Problems'], row: ['行', 'Row'], column: ['列', 'Column'], value: ['值', 'Value'], rule: ['规则', 'Rule'],
  severity: ['级别', 'Severity'], message: ['说明', 'Message'], all: ['全部', 'All'], sev_error: ['错误', 'error'], sev_warning: ['警告', 'warning'], sev_info: ['提示', 'info'], errors: ['错误', 'Errors'],
  download_xlsx: ['下载可修改的 Excel 校验报告', 'Download the fixable xlsx report'], no_problems: ['没有问题。', 'No problems.'],
  my_uploads: ['我的上报', 'My uploads'], file: ['文件', 'File'], received: ['接收时间', 'Received'], status: ['状态', 'Status'], open: ['查看', 'Open'],
  reupload: ['上传改正后的文件', 'Upload the corrected file'], changes: ['与上次相比', 'What changed since the last upload'],
  fixed: ['已改正', 'fixed'], still: ['仍存在', 'still there'], new_problem: ['新出现', 'new'], none: ['无', 'none'],
  desk_title: ['统计工作台', 'Statistician’s desk'], all_uploads: ['全部上报', 'All uploads'], party: ['上报方', 'Party'],
  warnings: ['软规则提示', 'Soft-rule warnings'], confirm: ['确认', 'Confirm'], send_back: ['退回', 'Send back'], decision: ['处理', 'Decision'],
  review_queue: ['分类复核队列', 'Classification review queue'], enterprise: ['企业', 'Enterprise'], proposed: ['建议分类', 'Proposed'],
  confidence: ['置信度', 'Confidence'], reason: ['理由', 'Reason'], override: ['改判', 'Override'], category: ['分类代码', 'Category code'],
  save: ['保存', 'Save'], close_period: ['结账', 'Close a period'], period: ['报告期', 'Period'], close: ['结账', 'Close'],
  vintages: ['数据版本', 'Vintages'], vintage: ['版本', 'Vintage'], summary: ['摘要', 'Summary'], revisions: ['修订', 'Revisions'], closed_at: ['结账时间', 'Closed at'],
  dashboard_title: ['人工智能产业数据看板', 'AI sector dashboard'], headlines: ['主要指标', 'Headline indicators'],
  indicator_table: ['指标表', 'Indicator table'], breakdown: ['分组', 'Breakdown'], indicator: ['指标', 'Indicator'], member: ['分组成员', 'Member'], unit: ['单位', 'Unit'],
  month_value: ['本月', 'Month'], ytd: ['1-本月累计', 'Year to date'], ytd_prev: ['上年同期累计', 'Same period last year'], yoy: ['同比增长(%)', 'YoY (%)'],
  change_pp: ['增减(百分点)', 'Change (pp)'], trends: ['趋势与结构', 'Trends and structure'], parks: ['园区智能指数排名', 'Park intelligence ranking'],
  rank: ['排名', 'Rank'], park: ['园区', 'Park'], score: ['得分', 'Score'], rank_interval: ['排名区间(5%-95%)', 'Rank interval (5%-95%)'],
  explanation: ['说明', 'Explanation'], suppressed_note: ['注: “…”表示该数据涉及单个调查对象, 依法保密不予公布。', 'Note: “…” marks a figure withheld to protect the confidentiality of individual enterprises.'],
  synthetic_note: ['演示数据为合成数据。', 'Demo figures are synthetic.'], loading: ['加载中…', 'Loading…'], no_closed: ['还没有已结账的报告期。', 'No period has been closed yet.'],
  public_data: ['公开数据', 'public data'], not_available: ['暂无数据', 'Not available'], trend_revenue: ['营业收入 1-本月累计 (亿元)', 'Operating revenue, year to date (100 million yuan)'],
  trend_ai_revenue: ['人工智能业务收入 1-本月累计 (亿元)', 'AI business revenue, year to date (100 million yuan)'],
  by_district: ['分区人工智能业务收入 (亿元)', 'AI business revenue by district (100 million yuan)'],
  by_category: ['分类别人工智能业务收入 (亿元)', 'AI business revenue by category (100 million yuan)'],
  provisional: ['本期数据为初步数据, 与下月合并公布 (如1-2月)。', 'This period is provisional and is published combined with the next month (e.g. January-February).'],
  source: ['来源', 'Source'], source_api: ['网页/接口', 'web/API'], source_cli: ['命令行/演示', 'command line/demo'],
  prev: ['上一页', 'Previous'], next: ['下一页', 'Next'], page: ['第', 'Page'], page_of: ['页, 共', 'of'], items_total: ['条', 'items'], pages: ['翻页', 'Pages'],
  decision_filter: ['按处理结果筛选', 'Filter by decision'], decision_open: ['待处理', 'open'], decision_confirmed: ['已确认', 'confirmed'],
  'decision_sent-back': ['已退回', 'sent back'], decision_all: ['全部', 'all'], decided_by: ['处理人', 'Decided by'],
  cells_revised: ['个单元格有修订, 共', 'cells revised, of'], cells: ['个', 'cells'], revisions_source_release: ['来自发布的 revisions.csv', 'from the released revisions.csv'],
  revisions_source_warehouse: ['来自数据仓库 (与 revisions.csv 同一算法)', 'from the warehouse (as revisions.csv is written)'],
  first_release: ['首次发布', 'First release'], this_vintage: ['本版本', 'This vintage'], revision: ['修订值', 'Revision'], status_change: ['标记变化', 'Status change'],
  error: ['出错了', 'Something went wrong'], done: ['完成', 'Done'], waiting: ['等待中', 'Waiting'],
};

export function lang() { return localStorage.getItem(LANG) === 'en' ? 'en' : 'zh'; }
export function t(key) { const e = dict[key]; return e ? e[lang() === 'en' ? 1 : 0] : key; }
/** Both languages joined, for places where a person should see both (problems, messages). */
export function both(key) { const e = dict[key]; return e ? `${e[0]} ${e[1]}` : key; }
export function onLang(fn) { listeners.push(fn); }

export function apply(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) { const [attr, k] = pair.split(':'); el.setAttribute(attr, t(k)); }
  }
}

export function setLang(l) { localStorage.setItem(LANG, l); apply(); for (const fn of listeners) fn(l); }
export function toggle() { setLang(lang() === 'en' ? 'zh' : 'en'); }
