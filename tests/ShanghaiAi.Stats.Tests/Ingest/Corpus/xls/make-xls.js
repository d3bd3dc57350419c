// Writes monthly-valid.xls and register-base.xls: legacy Excel 97-2003 (BIFF8) workbooks, made by an independent writer
// (SheetJS, npm package xlsx@0.18.5), holding the rows of ../monthly/valid.csv and ../register-base.csv.
// Run once by hand (npm install xlsx@0.18.5 && node make-xls.js); the .xls files are committed, CI only reads them.
const XLSX = require('xlsx');
const fs = require('fs');
const path = require('path');

function csvRows(file) {
  return fs.readFileSync(path.join(__dirname, file), 'utf8').trim().split(/\r?\n/).map(l => l.split(','));
}

// Monthly report: a notes sheet first (no header: the reader must skip it), then the report sheet with a merged title
// row, Chinese headers, text codes, numbers as numbers, one period as a real Excel date and one number stored as text.
{
  const [header, ...rows] = csvRows('../monthly/valid.csv');
  const zh = {
    uscc: '统一社会信用代码', period: '报告期', revenue_ytd: '营业收入本年累计', revenue_ytd_prev: '营业收入上年同期',
    ai_revenue_ytd: '人工智能业务收入本年累计', ai_revenue_ytd_prev: '人工智能业务收入上年同期',
  };
  const aoa = [['2026年10月 人工智能企业月报（AI-1）'], header.map(h => zh[h] || h)];
  rows.forEach((r, i) => aoa.push(r.map((v, c) => {
    if (c === 0) return { t: 's', v };
    if (c === 1) return i === 1 ? { t: 'n', v: 46296, z: 'yyyy-mm-dd' } : { t: 's', v }; // 46296 = 2026-10-01
    if (i === 2 && c === 2) return { t: 's', v };                                         // a number stored as text
    return { t: 'n', v: Number(v) };
  })));
  const ws = XLSX.utils.aoa_to_sheet([]);
  XLSX.utils.sheet_add_aoa(ws, aoa.map(r => r.map(c => (typeof c === 'object' ? c.v : c))));
  aoa.forEach((r, y) => r.forEach((c, x) => {
    if (typeof c === 'object') ws[XLSX.utils.encode_cell({ r: y, c: x })] = c;
  }));
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }];
  const notes = XLSX.utils.aoa_to_sheet([['填表说明'], ['金额单位：千元'], ['本表由企业按月报送']]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, notes, '说明');
  XLSX.utils.book_append_sheet(wb, ws, '月报');
  XLSX.writeFile(wb, path.join(__dirname, 'monthly-valid.xls'), { bookType: 'biff8' });
}

// The enterprise register of ../register-base.csv for `aistats classify --register`: codes and dates as text, one
// sheet, a title row above the header.
{
  const rows = csvRows('../register-base.csv');
  const aoa = [['人工智能企业名录'], ...rows];
  const ws = XLSX.utils.aoa_to_sheet(aoa.map(r => r.map(v => ({ t: 's', v }))));
  aoa.forEach((r, y) => r.forEach((v, x) => { ws[XLSX.utils.encode_cell({ r: y, c: x })] = { t: 's', v }; }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '名录');
  XLSX.writeFile(wb, path.join(__dirname, 'register-base.xls'), { bookType: 'biff8' });
}
