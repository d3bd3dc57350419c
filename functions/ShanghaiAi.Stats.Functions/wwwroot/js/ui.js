// Shared page furniture: the header (nav, who, language switch), messages, and sortable tables.
import { who, signOut, page } from './api.js';
import { t, apply, toggle, onLang } from './i18n.js';

export const $ = (sel, root = document) => root.querySelector(sel);
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** Fills <header class="top"> and wires the language switch; calls render on every language change. */
export function chrome(render) {
  const header = $('header.top');
  const caller = who();
  header.replaceChildren(...[
    el('a', { class: 'skip', href: '#main', 'data-i18n': 'skip' }),
    el('h1', { 'data-i18n': 'app' }),
    el('nav', { 'aria-label': 'site' },
      el('a', { href: page(''), 'data-i18n': 'nav_home' }),
      el('a', { href: page('upload'), 'data-i18n': 'nav_upload' }),
      el('a', { href: page('desk'), 'data-i18n': 'nav_desk' }),
      el('a', { href: page('dashboard'), 'data-i18n': 'nav_dashboard' })),
    caller ? el('span', { class: 'who', id: 'who' }, `${t('role_' + caller.role)}${caller.scope ? ' · ' + caller.scope : ''}`) : null,
    caller ? el('button', { type: 'button', class: 'secondary', id: 'sign-out', 'data-i18n': 'sign_out', onclick: () => { signOut(); location.href = page(''); } }) : null,
    el('button', { type: 'button', class: 'secondary', id: 'lang', 'data-i18n': 'lang_switch', 'data-i18n-attr': 'aria-label:lang_switch_label', onclick: toggle })].filter(Boolean));
  apply();
  onLang(() => { const w = $('#who'); if (w && caller) w.textContent = `${t('role_' + caller.role)}${caller.scope ? ' · ' + caller.scope : ''}`; render?.(); });
}

export function message(target, kind, text) {
  target.replaceChildren(el('div', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text));
}

export function errorText(e) { return e?.zh ? `${e.zh} / ${e.message}` : (e?.message || String(e)); }

/**
 * A sortable table: columns [{key, label, num, render(row)}]; clicking (or Enter/Space on) a header button sorts.
 * The sort survives re-rendering with new rows through the returned update().
 */
export function sortableTable(container, columns, rows, { caption, id } = {}) {
  let sortKey = null; let dir = 1; let data = rows;
  const table = el('table', { id });
  const draw = () => {
    const sorted = sortKey === null ? data : [...data].sort((a, b) => {
      const c = columns.find(x => x.key === sortKey);
      const va = c.sortValue ? c.sortValue(a) : a[sortKey]; const vb = c.sortValue ? c.sortValue(b) : b[sortKey];
      if (va === vb) return 0; if (va === null || va === undefined) return 1; if (vb === null || vb === undefined) return -1;
      return (typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'zh')) * dir;
    });
    const head = el('tr', {}, columns.map(c => el('th', {
      scope: 'col', class: c.num ? 'num' : null,
      'aria-sort': c.key === sortKey ? (dir > 0 ? 'ascending' : 'descending') : (c.sortable === false ? null : 'none'),
    }, c.sortable === false ? c.label() : el('button', { type: 'button', class: 'sort', onclick: () => { dir = sortKey === c.key ? -dir : 1; sortKey = c.key; draw(); } }, c.label()))));
    const body = sorted.map(r => el('tr', { class: r._class || null }, columns.map(c => {
      const v = c.render ? c.render(r) : r[c.key];
      return el('td', { class: c.num ? 'num' : null }, v instanceof Node ? v : (v ?? ''));
    })));
    table.replaceChildren(...(caption ? [el('caption', { class: 'muted' }, caption())] : []), el('thead', {}, head), el('tbody', {}, body));
  };
  draw();
  container.replaceChildren(el('div', { class: 'table-wrap' }, table));
  return { update(newRows) { data = newRows; draw(); }, redraw: draw, table };
}

/**
 * A pager under a list: previous, "page X of Y, N items", next. go(page) draws that page; nothing is drawn when
 * everything fits on one page.
 */
export function pager(container, { page, size, total, id }, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  const to = p => Promise.resolve(go(p)).catch(err => message(container, 'error', errorText(err)));
  if (pages <= 1) { container.replaceChildren(el('p', { class: 'muted pager-total', id }, `${total} ${t('items_total')}`)); return; }
  container.replaceChildren(el('nav', { class: 'pager', id, 'aria-label': t('pages') },
    el('button', { type: 'button', class: 'secondary prev', disabled: page <= 1, onclick: () => to(page - 1) }, t('prev')),
    el('span', { class: 'page-info', 'aria-live': 'polite' }, `${t('page')} ${page} ${t('page_of')} ${pages} · ${total} ${t('items_total')}`),
    el('button', { type: 'button', class: 'secondary next', disabled: page >= pages, onclick: () => to(page + 1) }, t('next'))));
}
