// /desk : the statistician's desk: every party's uploads, soft-rule warnings to confirm or send back, the
// classification review queue with an override form, closing a period (and watching it), vintages with summaries.
import { api, key, who, items, sleep } from './api.js';
import { t, lang } from './i18n.js';
import { $, el, chrome, message, errorText, sortableTable } from './ui.js';

const tables = {};
const draw = (name, container, cols, rows) => { if (tables[name]) tables[name].update(rows); else tables[name] = sortableTable(container, cols, rows, { id: `${name}-table` }); };
const text = (zh, en) => (lang() === 'en' ? en : zh) ?? en ?? zh ?? '';

async function uploads() {
  const list = items(await api('/uploads?page_size=500'), 'uploads');
  draw('uploads', $('#uploads'), [
    { key: 'received_at', label: () => t('received') },
    { key: 'owner', label: () => t('party'), render: u => u.owner ?? [u.role, u.actor].filter(Boolean).join(' · ') },
    { key: 'file_name', label: () => t('file') },
    { key: 'kind', label: () => t('kind'), render: u => t('kind_' + u.kind) },
    { key: 'status', label: () => t('status'), render: u => el('span', { class: `status-${u.status}` }, t('status_' + u.status)) },
    { key: 'accepted', num: true, label: () => t('accepted') },
    { key: 'rejected', num: true, label: () => t('rejected') },
  ], list);
}

async function warnings() {
  const list = items(await api('/warnings'), 'warnings');
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
    { key: 'decision', sortable: false, label: () => t('decision'), render: w => el('span', {},
      el('button', { type: 'button', class: 'confirm', onclick: () => decide(w, 'confirm') }, t('confirm')), ' ',
      el('button', { type: 'button', class: 'secondary send-back', onclick: () => decide(w, 'send-back') }, t('send_back'))) },
  ], list);
}

async function review() {
  const list = items(await api('/classification/review'), 'review');
  draw('review', $('#review'), [
    { key: 'uscc', label: () => t('enterprise'), render: r => `${r.uscc}${r.name ? ' ' + r.name : ''}` },
    { key: 'category', label: () => t('proposed') },
    { key: 'reason', sortable: false, label: () => t('reason') },
    { key: 'pick', sortable: false, label: () => '', render: r => el('button', { type: 'button', class: 'secondary', onclick: () => { $('#override-uscc').value = r.uscc; $('#override-category').focus(); } }, t('override')) },
  ], list);
}

async function vintages() {
  const list = items(await api('/vintages'), 'vintages');
  allVintages = list;
  draw('vintages', $('#vintages'), [
    { key: 'vintage', label: () => t('vintage') },
    { key: 'period', label: () => t('period') },
    { key: 'created_at', label: () => t('closed_at') },
    { key: 'summary', sortable: false, label: () => t('summary'), render: v => el('button', { type: 'button', class: 'secondary', onclick: () => detail(v) }, t('summary')) },
  ], list);
}

const SUMMARY = ['enterprises_in_scope', 'enterprises_reported', 'response_rate', 'enterprises_imputed', 'follow_ups', 'primary_suppressed', 'secondary_suppressed', 'suppressed_across_months'];
let allVintages = [];

/** A vintage's close summary, and its revisions: the total rows against the period's previous vintage. */
async function detail(v) {
  const box = $('#vintage-detail');
  box.replaceChildren(el('h3', { id: 'vintage-detail-h' }, `${t('summary')} · ${v.vintage}`));
  const summary = v.summary ?? {};
  box.append(el('dl', { class: 'who', id: 'vintage-summary' }, SUMMARY.filter(k => summary[k] !== undefined).flatMap(k => [el('dt', {}, k), el('dd', {}, String(summary[k]))])));
  const earlier = allVintages.filter(x => x.period === v.period && x.sequence < v.sequence).sort((a, b) => b.sequence - a.sequence)[0];
  if (!earlier) { box.append(el('p', { class: 'muted' }, `${t('revisions')}: ${t('none')}`)); return; }
  try {
    const q = vintage => api(`/indicators?${new URLSearchParams({ period: v.period, vintage, breakdown: 'total' })}`);
    const [now, before] = await Promise.all([q(v.vintage), q(earlier.vintage)]);
    const old = new Map(items(before, 'rows').map(c => [c.indicator_code, c]));
    const rows = items(now, 'rows').map(c => ({ indicator_code: c.indicator_code, before: old.get(c.indicator_code)?.value_ytd ?? '', after: c.value_ytd ?? '' }))
      .filter(r => r.before !== r.after);
    box.append(el('h4', {}, `${t('revisions')}: ${earlier.vintage} → ${v.vintage}`));
    sortableTable(box.appendChild(el('div')), [
      { key: 'indicator_code', label: () => t('indicator') },
      { key: 'before', num: true, label: () => earlier.vintage },
      { key: 'after', num: true, label: () => v.vintage },
    ], rows, { id: 'revisions-table' });
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
chrome(() => Object.values(tables).forEach(x => x.redraw()));
if (!key() || !who()) message($('#gate'), 'error', t('need_key'));
else if (who().role !== 'statistician') message($('#gate'), 'error', t('wrong_role'));
else {
  $('#desk').classList.remove('hidden');
  $('#close-form').addEventListener('submit', close);
  $('#override-form').addEventListener('submit', override);
  safe(vintages, $('#vintages')); safe(uploads, $('#uploads')); safe(warnings, $('#warnings')); safe(review, $('#review'));
}
