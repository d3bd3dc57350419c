// / : sign in with a key (sessionStorage only), show role and scope, then link to the caller's home page.
import { resolve, remember, who, page } from './api.js';
import { t } from './i18n.js';
import { $, chrome, message, errorText } from './ui.js';

const HOME = { statistician: 'desk', association: 'upload', park: 'upload', enterprise: 'upload', planner: 'dashboard' };

function show() {
  const caller = who();
  $('#home').classList.toggle('hidden', !caller);
  if (!caller) return;
  $('#role').textContent = t('role_' + caller.role);
  $('#scope').textContent = caller.scope || t('scope_all');
  $('#home-link').href = page(HOME[caller.role] || 'dashboard');
}

chrome(show);
show();
$('#signin').addEventListener('submit', async e => {
  e.preventDefault();
  const k = $('#key').value.trim();
  $('#signin-button').disabled = true;
  try {
    const caller = await resolve(k);
    remember(k, { role: String(caller.role).toLowerCase(), scope: caller.scope ?? null });
    $('#key').value = '';
    message($('#signin-msg'), 'ok', `${t('signed_in_as')}: ${t('role_' + String(caller.role).toLowerCase())}${caller.scope ? ' · ' + caller.scope : ''}`);
    chrome(show);
    show();
    $('#home-link').focus();
  } catch (err) {
    message($('#signin-msg'), 'error', errorText(err));
  } finally {
    $('#signin-button').disabled = false;
  }
});
