// /upload : pick or drop a file, kind suggested from its headers, upload with progress, poll the processing,
// then the counts, the problems (filter by rule and severity), the fixable xlsx, own uploads, and what changed
// after a corrected re-upload.
import { api, apiBase, key, who, items, sleep, page, ApiError } from './api.js';
import { t } from './i18n.js';
import { $, el, chrome, message, errorText, sortableTable } from './ui.js';
import { suggestKind } from './kind.js';

const UPLOADERS = ['association', 'park', 'enterprise', 'statistician'];
const DONE = ['processed', 'rejected', 'poisoned'];
let file = null; let current = null; let previous = null; let table = null; let mineTable = null;

const problemsOf = u => items(u, 'problems', 'issues') .length ? items(u, 'problems', 'issues') : items(u?.report, 'problems', 'issues');
const count = (u, k) => u?.[k] ?? u?.counts?.[k] ?? (k === 'rows' ? u?.counts?.data_rows : undefined) ?? '';
// A problem is the same across uploads when the same rule finds the same value in the same column (rows move when a
// corrected file drops rows); only errors count: they are what rejects a row.
const pKey = p => `${p.column ?? ''}|${p.value ?? ''}|${p.rule}`;
const errorsOf = u => new Map(problemsOf(u).filter(p => p.severity === 'error').map(p => [pKey(p), p]));

function gate() {
  const caller = who();
  if (!key() || !caller) { message($('#gate'), 'error', t('need_key')); $('#gate').append(el('a', { href: page(''), 'data-i18n': 'sign_in' }, t('sign_in'))); return false; }
  if (!UPLOADERS.includes(caller.role)) { message($('#gate'), 'error', t('wrong_role')); return false; }
  $('#upload-section').classList.remove('hidden'); $('#mine-section').classList.remove('hidden');
  return true;
}

async function choose(f) {
  file = f; $('#send').disabled = !f;
  if (!f) return;
  const kind = await suggestKind(f);
  if (kind) $('#kind').value = kind;
  $('#kind-hint').textContent = `${f.name} · ${kind ? `${t('kind')}: ${t('kind_' + kind)} (${t('kind_suggested')})` : ''}`;
}

function post(kind, f) {
  // XMLHttpRequest, not fetch: it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase}/uploads/${encodeURIComponent(kind)}`);
    xhr.setRequestHeader('x-functions-key', key());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = e => { if (e.lengthComputable) { $('#progress').value = Math.round((100 * e.loaded) / e.total); } };
    xhr.onload = () => {
      let body = null; try { body = JSON.parse(xhr.responseText); } catch { body = xhr.responseText; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body); else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new Error('network error'));
    const form = new FormData(); form.append('file', f, f.name);
    xhr.send(form);
  });
}

async function send() {
  if (!file) return;
  $('#send').disabled = true; $('#upload-msg').replaceChildren();
  $('#progress-box').classList.remove('hidden');
  $('#progress-text').textContent = `${t('uploading')} ${file.name}`; $('#progress').value = 0;
  try {
    const accepted = await post($('#kind').value, file);
    const id = accepted.upload_id ?? accepted.id;
    $('#progress').removeAttribute('value');
    let status = accepted;
    for (let i = 0; i < 1200 && !DONE.includes(status.status); i++) {
      $('#progress-text').textContent = `${t('processing')}: ${t('status_' + (status.status || 'queued'))}`;
      await sleep(i < 10 ? 300 : 1000);
      status = await api(`/uploads/${encodeURIComponent(id)}`);
    }
    $('#progress').value = 100;
    $('#progress-text').textContent = `${t('done')}: ${t('status_' + status.status)}`;
    if (current && current.kind === status.kind && current.upload_id !== status.upload_id) previous = current;
    show(status);
    await mine();
  } catch (err) {
    message($('#upload-msg'), 'error', errorText(err));
  } finally {
    $('#send').disabled = !file;
  }
}

function show(u) {
  current = u;
  $('#result').classList.remove('hidden');
  $('#result').dataset.upload = u.upload_id;
  $('#result').dataset.status = u.status;
  $('#result-h').textContent = `${u.file_name ?? u.upload_id} · ${t('kind_' + u.kind)} · ${t('status_' + u.status)}`;
  $('#counts').replaceChildren(...['accepted', 'rejected', 'duplicates', 'rows'].map(k =>
    el('div', { class: 'card', id: `count-${k}` }, el('div', { class: 'label' }, t(k)), el('div', { class: 'value' }, String(count(u, k))))));
  if (u.error) message($('#upload-msg'), 'error', typeof u.error === 'string' ? u.error : [u.error.message_zh, u.error.message_en ?? u.error.message].filter(Boolean).join(' / '));
  const problems = problemsOf(u);
  const rules = [...new Set(problems.map(p => p.rule))].sort();
  $('#filter-rule').replaceChildren(el('option', { value: '' }, t('all')), ...rules.map(r => el('option', { value: r }, r)));
  changes(u);
  drawProblems();
  $('#result-h').focus?.();
}

function drawProblems() {
  const rule = $('#filter-rule').value; const sev = $('#filter-severity').value;
  const rows = problemsOf(current).filter(p => (!rule || p.rule === rule) && (!sev || p.severity === sev))
    .map(p => ({ ...p, _class: `sev-${p.severity}` }));
  if (!rows.length) { $('#problems').replaceChildren(el('p', { id: 'no-problems' }, t('no_problems'))); table = null; return; }
  const cols = [
    { key: 'row', num: true, label: () => t('row') },
    { key: 'column', label: () => t('column'), render: p => p.header && p.header !== p.column ? `${p.column ?? ''} (${p.header})` : (p.column ?? '') },
    { key: 'value', label: () => t('value') },
    { key: 'rule', label: () => t('rule') },
    { key: 'severity', label: () => t('severity'), render: p => t('sev_' + p.severity) },
    { key: 'message', label: () => t('message'), sortable: false, render: p => el('span', {}, el('span', { lang: 'zh-CN' }, p.message_zh ?? ''), el('br'), el('span', { lang: 'en', class: 'muted' }, p.message_en ?? p.message ?? '')) },
  ];
  table = sortableTable($('#problems'), cols, rows, { id: 'problems-table' });
}

function changes(u) {
  const box = $('#changes');
  if (!previous || previous.upload_id === u.upload_id) { box.classList.add('hidden'); return; }
  const before = errorsOf(previous);
  const after = errorsOf(u);
  const fixed = [...before.keys()].filter(k => !after.has(k)).length;
  const still = [...after.keys()].filter(k => before.has(k)).length;
  const added = [...after.keys()].filter(k => !before.has(k)).length;
  const line = k => `${t(k)} ${count(previous, k)} → ${count(u, k)}`;
  box.replaceChildren(el('h3', {}, t('changes')), el('ul', { id: 'change-list' },
    el('li', {}, line('accepted')), el('li', {}, line('rejected')), el('li', {}, line('duplicates')),
    el('li', { id: 'change-fixed' }, `${t('errors')}: ${t('fixed')} ${fixed}, ${t('still')} ${still}, ${t('new_problem')} ${added}`)));
  box.classList.remove('hidden');
}

async function download() {
  const res = await api(`/uploads/${encodeURIComponent(current.upload_id)}/report`, { raw: true, headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  const blob = await res.blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: `${(current.file_name ?? current.upload_id).replace(/\.[^.]+$/, '')}.report.xlsx` });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

async function mine() {
  try {
    const list = items(await api('/uploads'), 'uploads');
    const cols = [
      { key: 'received_at', label: () => t('received') },
      { key: 'file_name', label: () => t('file') },
      { key: 'kind', label: () => t('kind'), render: u => t('kind_' + u.kind) },
      { key: 'status', label: () => t('status'), render: u => el('span', { class: `status-${u.status}` }, t('status_' + u.status)) },
      { key: 'accepted', num: true, label: () => t('accepted'), render: u => count(u, 'accepted') },
      { key: 'rejected', num: true, label: () => t('rejected'), render: u => count(u, 'rejected') },
      { key: 'open', sortable: false, label: () => '', render: u => el('button', { type: 'button', class: 'secondary', onclick: async () => show(await api(`/uploads/${encodeURIComponent(u.upload_id)}`)) }, t('open')) },
    ];
    if (mineTable) mineTable.update(list); else mineTable = sortableTable($('#mine'), cols, list, { id: 'mine-table' });
  } catch (err) { message($('#mine'), 'error', errorText(err)); }
}

chrome(() => { if (current) show(current); mineTable?.redraw(); });
if (gate()) {
  $('#file').addEventListener('change', e => choose(e.target.files[0]));
  const drop = $('#drop');
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer.files[0]) choose(e.dataTransfer.files[0]); });
  $('#send').addEventListener('click', send);
  $('#filter-rule').addEventListener('change', drawProblems);
  $('#filter-severity').addEventListener('change', drawProblems);
  $('#download').addEventListener('click', () => download().catch(err => message($('#upload-msg'), 'error', errorText(err))));
  $('#reupload').addEventListener('click', () => { $('#file').value = ''; $('#file').focus(); $('#file').click(); });
  mine();
}
