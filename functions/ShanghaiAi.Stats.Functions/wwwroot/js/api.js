// The API client of the pages: the key lives in sessionStorage only (gone when the browser session ends),
// sent as x-functions-key like Azure Functions keys. No other storage, no third-party requests.
const KEY = 'aistats.key';
const WHO = 'aistats.who';

export const apiBase = (document.documentElement.dataset.api || '/api').replace(/\/$/, '');
/** Where the pages' files are (/web locally, /api/web on the Functions host) and where the pages are. */
export const webBase = (document.documentElement.dataset.web || '/web').replace(/\/$/, '');
export const pagesBase = (document.documentElement.dataset.pages || '').replace(/\/$/, '');
export const page = name => `${pagesBase}/${name}`;

export function key() { return sessionStorage.getItem(KEY); }
export function who() { try { return JSON.parse(sessionStorage.getItem(WHO) || 'null'); } catch { return null; } }
export function signOut() { sessionStorage.removeItem(KEY); sessionStorage.removeItem(WHO); }
export function remember(k, caller) { sessionStorage.setItem(KEY, k); sessionStorage.setItem(WHO, JSON.stringify(caller)); }

/** An API error with the HTTP status and the server's message (zh/en when the body carries them). */
export class ApiError extends Error {
  constructor(status, body) {
    const text = typeof body === 'string' ? body : (body?.error || body?.message || JSON.stringify(body));
    super(`${status}: ${text}`);
    this.status = status; this.body = body;
    this.zh = typeof body === 'object' && body?.error_zh && body.error_zh !== body.error ? body.error_zh : null;
  }
}

/** fetch under the API prefix with the session key; JSON in, JSON (or the Response when raw) out. */
export async function api(path, { method = 'GET', body, headers = {}, raw = false, withKey = true, signal } = {}) {
  const h = { Accept: 'application/json', ...headers };
  const k = withKey ? key() : null;
  if (k) h['x-functions-key'] = k;
  const res = await fetch(apiBase + path, { method, body, headers: h, signal });
  if (raw && res.ok) return res;
  const type = res.headers.get('content-type') || '';
  const data = type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/** The items of a list response, whatever the envelope ({items}, {uploads}, a bare array, ...). */
export function items(data, ...names) {
  if (Array.isArray(data)) return data;
  for (const n of [...names, 'items', 'data', 'results']) if (Array.isArray(data?.[n])) return data[n];
  return [];
}

/** Resolves who a key belongs to: GET /whoami, falling back to the health check when the key is accepted. */
export async function resolve(k) {
  const h = { Accept: 'application/json', 'x-functions-key': k };
  const res = await fetch(apiBase + '/whoami', { headers: h });
  if (res.ok) return await res.json();
  const body = (res.headers.get('content-type') || '').includes('json') ? await res.json().catch(() => null) : await res.text();
  throw new ApiError(res.status, body);
}

export const sleep = ms => new Promise(r => setTimeout(r, ms));
