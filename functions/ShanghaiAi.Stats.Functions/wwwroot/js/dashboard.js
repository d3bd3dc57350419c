// /dashboard : public, no key. Period and vintage picker over every closed period, headline cards, the public
// indicator table (sortable, by breakdown), charts in 亿元, the park ranking with rank intervals and explanations.
// The period label is on every figure. Only public values are requested: the page never sends a key.
import { api, items, webBase, page } from './api.js';
import { t, lang } from './i18n.js';
import { $, el, chrome, message, errorText, sortableTable } from './ui.js';
import { ytdLabel, monthLabel, num, cellValue, toYi, isMoney, first, SUPPRESSED } from './format.js';
import { lineChart, barChart } from './chart.js';

const HEADLINES = ['revenue', 'ai_revenue', 'ai_revenue_share', 'profit', 'rd_expense', 'employees', 'enterprises_in_scope', 'response_rate'];
const PCT = ['ai_revenue_share', 'rd_intensity', 'response_rate'];
const pub = { withKey: false };
let ref = null; let periods = []; let cells = []; let parks = []; let table = null; let trend = [];
const name = (zh, en) => (lang() === 'en' ? en : zh) || zh || en || '';
const ind = code => ref.indicators.find(i => i.code === code) ?? { code, name_zh: code, name_en: code, unit_zh: '', unit_en: '', decimals: 1 };
const member = (b, code) => ref.breakdowns.find(x => x.code === b)?.members.find(m => m.code === code) ?? { code, name_zh: code, name_en: code, order: 1e9 };
const cellOf = (list, code, b = 'total', m = '_T') => list.find(c => c.indicator_code === code && c.breakdown === b && c.breakdown_code === m);
const free = c => c && (c.conf_status ?? 'F') === 'F';

/** Every closed period with its vintages (oldest first, the last in force), from GET /vintages. */
async function loadPeriods() {
  const byPeriod = new Map();
  for (const v of items(await api('/vintages', pub), 'vintages')) {
    if (!byPeriod.has(v.period)) byPeriod.set(v.period, []);
    byPeriod.get(v.period).push(v.vintage);
  }
  periods = [...byPeriod].map(([period, vintages]) => ({ period, vintages })).sort((a, b) => b.period.localeCompare(a.period));
}

function pickers() {
  const ps = $('#period'); const vs = $('#vintage');
  const keepP = ps.value; const keepV = vs.value;
  ps.replaceChildren(...periods.map(p => el('option', { value: p.period }, `${monthLabel(p.period)} (${p.period})`)));
  if (keepP) ps.value = keepP;
  const vintages = periods.find(p => p.period === ps.value)?.vintages ?? [];
  vs.replaceChildren(...vintages.map((v, i) => el('option', { value: v }, i === vintages.length - 1 ? `${v} ★` : v)));
  vs.value = vintages.includes(keepV) ? keepV : vintages[vintages.length - 1] ?? '';
}

async function load() {
  const period = $('#period').value; const vintage = $('#vintage').value;
  if (!period) return;
  const u = new URLSearchParams({ period }); if (vintage) u.set('vintage', vintage);
  history.replaceState(null, '', `${page('dashboard')}?${u}`);
  message($('#dash-msg'), 'info', t('loading'));
  try {
    const [c, p] = await Promise.all([api(`/indicators?${u}`, pub), api(`/parks/scores?${new URLSearchParams({ period })}`, pub).catch(() => [])]);
    cells = items(c, 'rows', 'cells'); parks = items(p, 'parks', 'scores', 'ranked');
    $('#dash-msg').replaceChildren();
    if (!cells.length) message($('#dash-msg'), 'info', t('provisional'));
    render();
    loadTrend(period).then(render).catch(() => {});
  } catch (err) { message($('#dash-msg'), 'error', errorText(err)); }
}

/** The year-to-date totals of every closed month of the period's year, for the trend charts. */
async function loadTrend(period) {
  const year = period.slice(0, 4);
  const months = periods.map(p => p.period).filter(p => p.startsWith(year) && p <= period).sort();
  trend = await Promise.all(months.map(async m => ({ period: m, cells: m === period ? cells : items(await api(`/indicators?${new URLSearchParams({ period: m, breakdown: 'total' })}`, pub), 'rows', 'cells') })));
}

function render() {
  const period = $('#period').value;
  if (!period) return;
  const label = ytdLabel(period);
  $('#period-label').textContent = `${label} · ${t('vintage')} ${$('#vintage').value} · ${t('public_data')}`;
  for (const s of document.querySelectorAll('.label-period')) s.textContent = label;
  headlines(label); indicatorTable(); charts(label); parkTable(label);
}

function headlines(label) {
  $('#headlines').replaceChildren(...HEADLINES.map(code => {
    const c = cellOf(cells, code); const i = ind(code);
    if (!c) return null;
    const money = isMoney(c.unit ?? i.unit_zh);
    const value = !free(c) ? SUPPRESSED : money ? num(toYi(first(c.value_ytd, c.value)), 2) : num(first(c.value_ytd, c.value), i.decimals);
    const unit = money ? (lang() === 'en' ? '100 million yuan' : '亿元') : name(i.unit_zh, i.unit_en);
    const change = first(PCT.includes(code) ? c.change_pp : c.yoy_pct);
    const sub = free(c) && change !== null
      ? el('div', { class: `sub ${Number(change) >= 0 ? 'up' : 'down'}` }, `${PCT.includes(code) ? t('change_pp') : t('yoy')} ${Number(change) >= 0 ? '+' : ''}${num(change, 1)}`) : null;
    return el('div', { class: 'card', 'data-indicator': code }, el('div', { class: 'label' }, name(i.name_zh, i.name_en)),
      el('div', { class: 'value' }, value, el('span', { class: 'unit' }, unit)), sub, el('div', { class: 'sub muted' }, label));
  }).filter(Boolean));
}

function indicatorTable() {
  const bs = $('#breakdown');
  const present = ref.breakdowns.filter(b => cells.some(c => c.breakdown === b.code));
  const keep = bs.value || 'total';
  bs.replaceChildren(...present.map(b => el('option', { value: b.code }, name(b.name_zh, b.name_en))));
  bs.value = present.some(b => b.code === keep) ? keep : 'total';
  const order = code => ref.indicators.findIndex(i => i.code === code);
  const rows = cells.filter(c => c.breakdown === bs.value).map(c => ({ ...c, _class: free(c) ? null : 'suppressed', _m: member(c.breakdown, c.breakdown_code) }))
    .sort((a, b) => order(a.indicator_code) - order(b.indicator_code) || a._m.order - b._m.order);
  const d = c => ind(c.indicator_code).decimals ?? 1;
  const cols = [
    { key: 'indicator_code', label: () => t('indicator'), sortValue: c => order(c.indicator_code), render: c => name(ind(c.indicator_code).name_zh, ind(c.indicator_code).name_en) },
    { key: 'breakdown_code', label: () => t('member'), sortValue: c => c._m.order, render: c => name(c._m.name_zh, c._m.name_en) },
    { key: 'unit', label: () => t('unit'), render: c => name(ind(c.indicator_code).unit_zh, ind(c.indicator_code).unit_en) },
    { key: 'value', num: true, label: () => t('month_value'), sortValue: c => (free(c) ? Number(c.value) : null), render: c => cellValue(c, 'value', d(c)) },
    { key: 'value_ytd', num: true, label: () => t('ytd'), sortValue: c => (free(c) ? Number(c.value_ytd) : null), render: c => cellValue(c, 'value_ytd', d(c)) },
    { key: 'value_ytd_prev', num: true, label: () => t('ytd_prev'), sortValue: c => (free(c) ? Number(c.value_ytd_prev) : null), render: c => cellValue(c, 'value_ytd_prev', d(c)) },
    { key: 'yoy_pct', num: true, label: () => `${t('yoy')} / ${t('change_pp')}`, sortValue: c => (free(c) ? Number(PCT.includes(c.indicator_code) ? c.change_pp : c.yoy_pct) : null),
      render: c => cellValue(c, PCT.includes(c.indicator_code) ? 'change_pp' : 'yoy_pct', 1) },
  ];
  const caption = () => `${ytdLabel($('#period').value)} · ${name(present.find(b => b.code === bs.value)?.name_zh, present.find(b => b.code === bs.value)?.name_en)}`;
  table = sortableTable($('#cells'), cols, rows, { id: 'cells-table', caption });
}

function charts(label) {
  const yi = lang() === 'en' ? '100 million yuan' : '亿元';
  const out = [];
  if (trend.length) {
    for (const code of ['revenue', 'ai_revenue']) {
      out.push(lineChart({ id: `chart-trend-${code}`, title: `${t('trend_' + code)} · ${label}`, unit: yi,
        points: trend.map(p => { const c = cellOf(p.cells, code); return { label: monthLabel(p.period), value: free(c) && first(c.value_ytd) !== null ? toYi(c.value_ytd) : null }; }) }));
    }
  }
  for (const [b, key] of [['district', 'by_district'], ['category_l1', 'by_category']]) {
    const bars = cells.filter(c => c.indicator_code === 'ai_revenue' && c.breakdown === b)
      .map(c => ({ label: name(member(b, c.breakdown_code).name_zh, member(b, c.breakdown_code).name_en), value: free(c) ? toYi(c.value_ytd) : null }))
      .sort((x, y) => (y.value ?? -1) - (x.value ?? -1));
    if (bars.length) out.push(barChart({ id: `chart-${b}`, title: `${t(key)} · ${label}`, unit: yi, bars }));
  }
  $('#charts').replaceChildren(...out);
}

/**
 * Why a park ranks where it does, in words: its rank interval (how sure the ranking is) and its strongest and
 * weakest dimensions of the index (0-100), from the scores the API returns.
 */
function explain(p) {
  if (p.score === null || p.score === undefined) return lang() === 'en' ? `Not scored${p.flags ? ' (' + p.flags + ')' : ''}` : `未评分${p.flags ? '（' + p.flags + '）' : ''}`;
  const dims = Object.entries(p.dimensions ?? {}).filter(([, v]) => typeof v === 'number').sort((a, b) => b[1] - a[1]);
  const dn = code => { const d = ref.park_dimensions.find(x => x.code === code); return d ? name(d.name_zh, d.name_en) : code; };
  const span = p.rank_p05 && p.rank_p95 ? (p.rank_p05 === p.rank_p95
    ? (lang() === 'en' ? `rank ${p.rank_p05} in 90% of simulations` : `90%的模拟中均排第${p.rank_p05}名`)
    : (lang() === 'en' ? `rank between ${p.rank_p05} and ${p.rank_p95} in 90% of simulations` : `90%的模拟中排名在第${p.rank_p05}至${p.rank_p95}名之间`)) : '';
  if (!dims.length) return span;
  const [top] = dims; const low = dims[dims.length - 1];
  return lang() === 'en'
    ? `${span}; strongest: ${dn(top[0])} (${num(top[1], 1)}), weakest: ${dn(low[0])} (${num(low[1], 1)})`
    : `${span}；优势维度：${dn(top[0])}（${num(top[1], 1)}），短板维度：${dn(low[0])}（${num(low[1], 1)}）`;
}

function parkTable(label) {
  if (!parks.length) { $('#parks').replaceChildren(el('p', { class: 'muted' }, t('not_available'))); return; }
  const park = id => ref.parks.find(p => p.park_id === id) ?? { name_zh: id, name_en: id };
  const cols = [
    { key: 'rank', num: true, label: () => t('rank'), render: p => p.rank ?? '—' },
    { key: 'park_id', label: () => t('park'), render: p => name(p.name_zh ?? park(p.park_id).name_zh, p.name_en ?? park(p.park_id).name_en) },
    { key: 'score', num: true, label: () => t('score'), render: p => (p.score === null || p.score === undefined ? '—' : num(p.score, 1)) },
    { key: 'rank_p05', num: true, label: () => t('rank_interval'), render: p => (p.rank_p05 ? `${p.rank_p05}–${p.rank_p95}` : '—') },
    { key: 'explanation', sortable: false, label: () => t('explanation'), render: explain },
  ];
  sortableTable($('#parks'), cols, [...parks].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)), { id: 'parks-table', caption: () => label });
}

async function start() {
  chrome(() => { if (ref) { pickers(); render(); } });
  try {
    [ref] = await Promise.all([fetch(`${webBase}/reference.json`).then(r => r.json()), loadPeriods()]);
    if (!periods.length) { message($('#dash-msg'), 'info', t('no_closed')); return; }
    const q = new URLSearchParams(location.search);
    pickers();
    if (q.get('period') && periods.some(p => p.period === q.get('period'))) { $('#period').value = q.get('period'); pickers(); }
    if (q.get('vintage')) { $('#vintage').value = q.get('vintage'); pickers(); }
    $('#period').addEventListener('change', () => { $('#vintage').value = ''; pickers(); load(); });
    $('#vintage').addEventListener('change', load);
    $('#breakdown').addEventListener('change', indicatorTable);
    await load();
    document.body.dataset.ready = 'true';
  } catch (err) { message($('#dash-msg'), 'error', errorText(err)); }
}
start();
