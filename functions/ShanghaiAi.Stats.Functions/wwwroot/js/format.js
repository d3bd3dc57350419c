// Numbers and periods as a person reads them: grouping, the indicator's decimals, 亿元 for money in charts,
// and the period label on every figure (2026年1-11月累计 / January-November 2026, year to date).
import { lang } from './i18n.js';

export const SUPPRESSED = '…';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first of the values that is set (the API writes an undefined value as an empty string). */
export const first = (...values) => values.find(v => v !== null && v !== undefined && v !== '') ?? null;

export function parsePeriod(p) { const [y, m] = String(p).split('-').map(Number); return { y, m }; }

/** 2026年1-11月累计 / January-November 2026, year to date (January alone: 2026年1月). */
export function ytdLabel(p) {
  const { y, m } = parsePeriod(p);
  if (lang() === 'en') return m === 1 ? `January ${y}` : `January-${MONTHS[m - 1]} ${y}, year to date`;
  return m === 1 ? `${y}年1月` : `${y}年1-${m}月累计`;
}

/** 2026年11月 / November 2026. */
export function monthLabel(p) {
  const { y, m } = parsePeriod(p);
  return lang() === 'en' ? `${MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

export function num(v, decimals = 0) {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  if (!Number.isFinite(n)) return '';
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A cell value as published: "…" when the cell is not free (conf_status other than F). */
export function cellValue(cell, field, decimals) {
  if (cell.conf_status && cell.conf_status !== 'F') return SUPPRESSED;
  return num(cell[field], decimals);
}

/** 千元 -> 亿元 (1 亿元 = 100,000 千元), for money in charts and headline cards. */
export function toYi(thousandYuan) { return thousandYuan === null || thousandYuan === undefined ? null : Number(thousandYuan) / 100000; }
export const isMoney = unit => unit === '千元' || unit === 'thousand yuan';
