// Suggests the kind of an upload from its headers, read in the browser: CSV (UTF-8, GB18030, UTF-16), JSON (the
// first object's keys), XLSX (the shared strings of the workbook, unzipped with DecompressionStream). The person
// can always change the suggestion; the server validates whatever is sent.
const SIGNS = [
  ['park-report', ['compute_capacity_pflops', '智能算力规模', 'public_compute_sme_share', '数据中心pue', 'ethics_review']],
  ['member-roster', ['membership_since', '入会日期', '入会时间', '会员起始日期']],
  ['monthly-report', ['revenue_ytd', '营业收入', 'ai_revenue_ytd', '人工智能业务收入', '报告期']],
  ['register', ['uscc', '统一社会信用代码', '单位详细名称', 'industry_code', '行业代码']],
];

export function kindFromText(text) {
  const t = text.toLowerCase().replace(/\s+/g, '');
  for (const [kind, words] of SIGNS) if (words.some(w => t.includes(w))) return kind;
  return null;
}

function kindFromName(name) {
  const n = name.toLowerCase();
  if (n.includes('roster') || n.includes('会员')) return 'member-roster';
  if (n.includes('park')) return 'park-report';
  if (n.includes('monthly') || n.includes('月报') || n.includes('ai-1')) return 'monthly-report';
  if (n.includes('register') || n.includes('名录')) return 'register';
  return null;
}

function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return new TextDecoder('gb18030').decode(bytes); }
}

async function inflate(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text of xl/sharedStrings.xml (and the first sheet) of an xlsx: where its headers are. */
async function xlsxText(buf) {
  const v = new DataView(buf);
  let eocd = -1;
  for (let i = buf.byteLength - 22; i >= Math.max(0, buf.byteLength - 65558); i--) if (v.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return '';
  const count = v.getUint16(eocd + 10, true); let p = v.getUint32(eocd + 16, true); let out = '';
  for (let n = 0; n < count && p + 46 <= buf.byteLength; n++) {
    const method = v.getUint16(p + 10, true); const size = v.getUint32(p + 20, true);
    const nameLen = v.getUint16(p + 28, true); const extra = v.getUint16(p + 30, true); const comment = v.getUint16(p + 32, true);
    const local = v.getUint32(p + 42, true);
    const name = new TextDecoder().decode(new Uint8Array(buf, p + 46, nameLen));
    if (name === 'xl/sharedStrings.xml' || name === 'xl/worksheets/sheet1.xml') {
      const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
      const raw = new Uint8Array(buf, start, Math.min(size, buf.byteLength - start));
      const bytes = method === 8 ? await inflate(raw) : raw;
      out += new TextDecoder().decode(bytes.subarray(0, 200000)).replace(/<[^>]+>/g, ' ');
    }
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

export async function suggestKind(file) {
  try {
    const name = file.name.toLowerCase();
    let text = '';
    if (name.endsWith('.xlsx')) text = await xlsxText(await file.arrayBuffer());
    else if (name.endsWith('.json')) { const head = decode(new Uint8Array(await file.slice(0, 65536).arrayBuffer())); const m = head.match(/\{[^{}]*\}/); text = m ? Object.keys(JSON.parse(m[0])).join(' ') : head; }
    else if (!name.endsWith('.xls')) text = decode(new Uint8Array(await file.slice(0, 65536).arrayBuffer())).split(/\r?\n/).slice(0, 8).join(' ');
    return kindFromText(text) || kindFromName(file.name);
  } catch {
    return kindFromName(file.name);
  }
}
