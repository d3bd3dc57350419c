// /desk : the statistician's desk: every party's uploads (through the app or the CLI / demo), soft-rule warnings by
// decision to confirm or send back, the classification review queue with an override form, closing a period (and
// watching it), vintages with summaries and revisions (revisions.csv); long lists a page at a time.
import { api, key, who, items, sleep } from './api.js';
import { t, lang } from './i18n.js';
import { $, el, chrome, message, errorText, sortableTable, pager } from './ui.js';

const tables = {};
const draw = (name, container, cols, rows) => { if (tables[name]) tables[name].update(rows); else tables[name] = sortableTable(container, cols, rows, { id: `${name}-table` }); };
const text = (zh, en) => (lang() === 'en' ? en : zh) ?? en ?? zh ?? '';

const PAGE = 20;
const state = { uploads: 1, warnings: 1, decision: 'open', vintages: 1, review: 1, detail: null, revisions: 1 };
const pageOf = (list, page) => list.slice((page - 1) * PAGE, page * PAGE);

/** Every party's uploads, through the app or loaded by the CLI / demo pipeline (source), a page at a time. */
async function uploads(page = state.uploads) {
  const data = await api(`/uploads?page=${page}&page_size=${PAGE}`);
  state.uploads = page;
  draw('uploads', $('#uploads'), [
    { key: 'received_at', label: () => t('received') },
    { key: 'owner', label: () => t('party'), render: u => u.owner ?? [u.role, u.actor].filter(Boolean).join(' · ') },
    { key: 'source', label: () => t('source'), render: u => t('source_' + u.source) },
    { key: 'file_name', label: () => t('file') },
    { key: 'kind', label: () => t('kind'), render: u => t('kind_' + u.kind) },
    { key: 'status', label: () => t('status'), render: u => el('span', { class: `status-${u.status}` }, t('status_' + u.status)) },
    { key: 'accepted', num: true, label: () => t('accepted') },
    { key: 'rejected', num: true, label: () => t('rejected') },
  ], items(data, 'uploads'));
  pager($('#uploads-pager'), { page, size: PAGE, total: data.total ?? 0, id: 'uploads-pages' }, uploads);
}

/** Soft-rule warnings with the decision in force, filtered by decision (open by default), a page at a time. */
async function warnings(page = state.warnings) {
  const data = await api(`/warnings?${new URLSearchParams({ decision: state.decision, page, page_size: PAGE })}`);
  const total = data.total ?? 0;
  if (page > 1 && (page - 1) * PAGE >= total) return warnings(page - 1); // the last row of the last page was decided
  state.warnings = page;
  for (const o of $('#warnings-decision').options) o.textContent = `${t('decision_' + o.value)} (${data.counts?.[o.value] ?? 0})`;
  const decide = async (w, decision) => {
    try {
      await api('/warnings/decisions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ upload_id: w.upload_id, row: w.row, rule: w.rule, decision }) });
      message($('#warnings-msg'), 'ok', `${t(decision === 'confirm' ? 'confirm' : 'send_back')}: ${w.file_name ?? w.upload_id} ${t('row')} ${w.row} ${w.rule}`);
      await warnings();
    } catch (err) { message($('#warnings-msg'), 'error', errorText(err)); }
  };
  draw('warnings', $('#warnings'), [
    { key: 'file_name', label: () => t('file') },
    { key: 'row', num: true, label: () => t('row') },
    { key: 'rule', label: () => t('rule') },
    { key: 'value', label: () => t('value') },
    { key: 'message', sortable: false, label: () => t('message'), render: w => text(w.message_zh, w.message_en ?? w.message) },
    { key: 'decision', label: () => t('decision'), render: w => el('span', {},
      w.decision && w.decision !== 'open' ? el('span', { class: 'decided' }, `${t('decision_' + w.decision)} · ${w.decided_by ?? ''}`) : null,
      w.decision === 'confirmed' ? null : el('button', { type: 'button', class: 'confirm', onclick: () => decide(w, 'confirm') }, t('confirm')), ' ',
      w.decision === 'sent-back' ? null : el('button', { type: 'button', class: 'secondary send-back', onclick: () => decide(w, 'send-back') }, t('send_back'))) },
  ], items(data, 'warnings'));
  pager($('#warnings-pager'), { page, size: PAGE, total, id: 'warnings-pages' }, warnings);
}

let reviewList = [];
async function review(page = state.review, fetch = true) {
  if (fetch) reviewList = items(await api('/classification/review'), 'review');
  state.review = page;
  draw('review', $('#review'), [
    { key: 'uscc', label: () => t('enterprise'), render: r => `${r.uscc}${r.name ? ' ' + r.name : ''}` },
    { key: 'category', label: () => t('proposed') },
    { key: 'reason', sortable: false, label: () => t('reason') },
    { key: 'pick', sortable: false, label: () => '', render: r => el('button', { type: 'button', class: 'secondary', onclick: () => { $('#override-uscc').value = r.uscc; $('#override-category').focus(); } }, t('override')) },
  ], pageOf(reviewList, page));
  pager($('#review-pager'), { page, size: PAGE, total: reviewList.length, id: 'review-pages' }, p => review(p, false));
}

let allVintages = [];
/** The vintages, newest first, a page at a time. */
async function vintages(page = state.vintages, fetch = true) {
  if (fetch) allVintages = items(await api('/vintages'), 'vintages');
  state.vintages = page;
  const newest = [...allVintages].reverse();
  draw('vintages', $('#vintages'), [
    { key: 'vintage', label: () => t('vintage') },
    { key: 'period', label: () => t('period') },
    { key: 'created_at', label: () => t('closed_at') },
    { key: 'summary', sortable: false, label: () => t('summary'), render: v => el('button', { type: 'button', class: 'secondary', onclick: () => detail(v) }, t('summary')) },
  ], pageOf(newest, page));
  pager($('#vintages-pager'), { page, size: PAGE, total: newest.length, id: 'vintages-pages' }, p => vintages(p, false));
}

const SUMMARY = ['enterprises_in_scope', 'enterprises_reported', 'response_rate', 'enterprises_imputed', 'follow_ups', 'primary_suppressed', 'secondary_suppressed', 'suppressed_across_months'];

/** A vintage's close summary, and its revisions: the rows of its revisions.csv (first release against this vintage)
 *  that changed, a page at a time. */
async function detail(v, page = 1) {
  state.detail = v;
  const box = $('#vintage-detail');
  box.replaceChildren(el('h3', { id: 'vintage-detail-h' }, `${t('summary')} · ${v.vintage}`));
  const summary = v.summary ?? {};
  box.append(el('dl', { class: 'who', id: 'vintage-summary' }, SUMMARY.filter(k => summary[k] !== undefined).flatMap(k => [el('dt', {}, k), el('dd', {}, String(summary[k]))])));
  try {
    const data = await api(`/vintages/${encodeURIComponent(v.vintage)}/revisions?page=${page}&page_size=${PAGE}`);
    if (data.first_vintage === v.vintage || !data.first_vintage) { box.append(el('p', { class: 'muted', id: 'revisions-none' }, `${t('revisions')}: ${t('none')} (${t('first_release')})`)); return; }
    box.append(el('h4', {}, `${t('revisions')}: ${data.first_vintage} → ${v.vintage}`));
    box.append(el('p', { class: 'muted', id: 'revisions-count' }, `${data.revised} ${t('cells_revised')} ${data.cells} ${t('cells')} · ${t('revisions_source_' + data.source)}`));
    sortableTable(box.appendChild(el('div')), [
      { key: 'indicator_code', label: () => t('indicator') },
      { key: 'breakdown', label: () => t('breakdown') },
      { key: 'breakdown_code', label: () => t('member') },
      { key: 'first_value_ytd', num: true, label: () => `${t('first_release')} ${t('ytd')}` },
      { key: 'latest_value_ytd', num: true, label: () => `${t('this_vintage')} ${t('ytd')}` },
      { key: 'value_ytd_revision', num: true, label: () => `${t('revision')} ${t('ytd')}` },
      { key: 'value_revision', num: true, label: () => `${t('revision')} ${t('month_value')}` },
      { key: 'conf', sortable: false, label: () => t('status_change'), render: r => `${r.first_obs_status}${r.first_conf_status} → ${r.latest_obs_status}${r.latest_conf_status}` },
    ], items(data, 'rows'), { id: 'revisions-table' });
    pager(box.appendChild(el('div')), { page, size: PAGE, total: data.total ?? 0, id: 'revisions-pages' }, p => detail(v, p));
  } catch (err) { box.append(el('p', { class: 'msg error' }, errorText(err))); }
}

async function close(e) {
  e.preventDefault();
  const period = $('#close-period').value;
  const out = $('#close-msg');
  $('#close-button').disabled = true;
  try {
    let s = await api(`/periods/${encodeURIComponent(period)}/close`, { method: 'POST' });
    const poll = `/closes/${encodeURIComponent(s.close_id)}`;
    for (let i = 0; i < 1800 && !['done', 'failed'].includes(s.status); i++) {
      message(out, 'info', `${t('close')} ${period}: ${s.status ?? t('waiting')}`);
      await sleep(1000);
      s = await api(poll);
    }
    message(out, s.status === 'failed' ? 'error' : 'ok', `${t('close')} ${period}: ${s.status}${s.vintage ? ' · ' + t('vintage') + ' ' + s.vintage : ''}${s.error ? ' · ' + s.error : ''}`);
    await vintages();
  } catch (err) { message(out, 'error', errorText(err)); } finally { $('#close-button').disabled = false; }
}

async function override(e) {
  e.preventDefault();
  try {
    const body = { uscc: $('#override-uscc').value.trim(), category: $('#override-category').value.trim(), reason: $('#override-reason').value.trim() };
    await api('/classification/overrides', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    message($('#override-msg'), 'ok', `${t('override')}: ${body.uscc} → ${body.category}`);
    e.target.reset();
    await review();
  } catch (err) { message($('#override-msg'), 'error', errorText(err)); }
}

const safe = (fn, target) => fn().catch(err => message(target, 'error', errorText(err)));
chrome(() => { if (!$('#desk').classList.contains('hidden')) safe(() => Promise.all([uploads(), warnings(), vintages(state.vintages, false), review(state.review, false)]), $('#gate')); });
if (!key() || !who()) message($('#gate'), 'error', t('need_key'));
else if (who().role !== 'statistician') message($('#gate'), 'error', t('wrong_role'));
else {
  $('#desk').classList.remove('hidden');
  $('#close-form').addEventListener('submit', close);
  $('#override-form').addEventListener('submit', override);
  $('#warnings-decision').addEventListener('change', e => { state.decision = e.target.value; safe(() => warnings(1), $('#warnings')); });
  safe(vintages, $('#vintages')); safe(uploads, $('#uploads')); safe(warnings, $('#warnings')); safe(review, $('#review'));
}
