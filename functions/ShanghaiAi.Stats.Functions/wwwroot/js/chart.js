// Small inline SVG charts (no library, no network): a line chart for trends and a bar chart for breakdowns.
// Every chart has a title (figcaption, with the period label), an accessible name and a data table fallback.
import { el } from './ui.js';

const NS = 'http://www.w3.org/2000/svg';
const s = (tag, attrs = {}, text) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text !== undefined) e.textContent = text; return e; };
const fmt = v => v.toLocaleString('en-US', { maximumFractionDigits: v >= 100 ? 0 : 1 });

function axisMax(values) { const m = Math.max(0, ...values.filter(Number.isFinite)); if (m === 0) return 1; const p = 10 ** Math.floor(Math.log10(m)); return Math.ceil(m / p) * p; }

export function lineChart({ id, title, points, unit }) {
  const W = 560; const H = 260; const L = 56; const R = 36; const T = 12; const B = 44;
  const values = points.map(p => p.value).filter(v => v !== null);
  const max = axisMax(values);
  const x = i => L + (points.length <= 1 ? 0 : (i * (W - L - R)) / (points.length - 1));
  const y = v => T + (H - T - B) * (1 - v / max);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, width: '100%' });
  for (let k = 0; k <= 4; k++) { const v = (max * k) / 4; svg.append(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#c8ccd2' }), s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, fmt(v))); }
  let d = ''; points.forEach((p, i) => { if (p.value === null) return; d += `${d ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`; });
  svg.append(s('path', { d, fill: 'none', stroke: '#1f5fa8', 'stroke-width': 2 }));
  points.forEach((p, i) => {
    if (p.value !== null) svg.append(s('circle', { cx: x(i), cy: y(p.value), r: 3, fill: '#1f5fa8' }, undefined));
    if (points.length <= 12 || i % Math.ceil(points.length / 12) === 0 || i === points.length - 1) svg.append(s('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 10 }, p.label));
  });
  svg.append(s('text', { x: 4, y: 10, 'font-size': 10 }, unit));
  return figure(id, title, svg, points.map(p => [p.label, p.value === null ? '…' : fmt(p.value)]));
}

export function barChart({ id, title, bars, unit }) {
  const W = 560; const rowH = 22; const L = 150; const R = 60; const H = bars.length * rowH + 24;
  const max = axisMax(bars.map(b => b.value ?? 0));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, width: '100%' });
  bars.forEach((b, i) => {
    const yy = 4 + i * rowH;
    svg.append(s('text', { x: L - 6, y: yy + 14, 'text-anchor': 'end', 'font-size': 11 }, b.label.length > 14 ? b.label.slice(0, 13) + '…' : b.label));
    if (b.value === null) { svg.append(s('text', { x: L + 4, y: yy + 14, 'font-size': 11 }, '…')); return; }
    const w = ((W - L - R) * b.value) / max;
    svg.append(s('rect', { x: L, y: yy + 3, width: Math.max(0, w), height: rowH - 6, fill: '#1f5fa8' }), s('text', { x: L + w + 4, y: yy + 14, 'font-size': 11 }, fmt(b.value)));
  });
  svg.append(s('text', { x: W - 4, y: H - 4, 'text-anchor': 'end', 'font-size': 10 }, unit));
  return figure(id, title, svg, bars.map(b => [b.label, b.value === null ? '…' : fmt(b.value)]));
}

function figure(id, title, svg, rows) {
  const details = el('details', {}, el('summary', {}, '数据 Data'),
    el('table', {}, el('tbody', {}, rows.map(([a, b]) => el('tr', {}, el('td', {}, a), el('td', { class: 'num' }, b))))));
  return el('figure', { id }, el('figcaption', {}, title), svg, details);
}
