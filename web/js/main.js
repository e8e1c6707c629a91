// Starts the front end: the language, the header (navigation and language switch) and the routes.
import { callApi } from './api.js';
import { announce, el } from './dom.js';
import { language, onLanguageChange, setLanguage, translate } from './i18n.js';
import { addRoute, navigate, startRouter } from './router.js';
import { currentSession, endSession } from './session.js';
import * as account from './views/account.js';
import * as forgottenPassword from './views/forgotten-password.js';
import * as locked from './views/locked.js';
import * as newPassword from './views/new-password.js';
import * as resetResult from './views/reset-result.js';
import * as securityCode from './views/security-code.js';
import * as signIn from './views/sign-in.js';
import * as users from './views/users.js';

addRoute('/sign-in', signIn);
addRoute('/forgotten-password', forgottenPassword);
addRoute('/first-connection/security-code', securityCode, 'challenge');
addRoute('/first-connection/new-password', newPassword, 'challenge');
addRoute('/locked', locked);
addRoute('/account', account, 'session');
addRoute('/users', users, 'administrator');
addRoute('/users/:userId/reset', resetResult, 'administrator');

const switchButton = document.getElementById('language-switch');
const nav = document.getElementById('app-nav');

/** Shows the name of the other language on the switch, written in that language. */
function showLanguageSwitch() {
  const other = language() === 'fr' ? 'en' : 'fr';
  switchButton.lang = other;
  switchButton.textContent = other === 'en' ? 'English' : 'Français';
  switchButton.dataset.language = other;
}

switchButton.addEventListener('click', () => {
  setLanguage(switchButton.dataset.language);
  announce('app.languageChanged');
});
onLanguageChange(showLanguageSwitch);

function renderNavigation(path) {
  const session = currentSession();
  if (!session) {
    nav.replaceChildren();
    return;
  }

  const link = (href, key) => el('a', { href, 'data-link': true, i18n: key, 'aria-current': path === href ? 'page' : null });
  nav.replaceChildren(el('ul', { class: 'app-nav__list' }, [
    session.isAdministrator ? el('li', {}, link('/users', 'nav.users')) : null,
    el('li', {}, link('/account', 'nav.account')),
    el('li', {}, el('button', { type: 'button', class: 'button button--link', i18n: 'nav.signOut', onclick: signOut })),
  ]));
}

/**
 * Ends the session in this page at once, then requests the API to end it on the server too.
 * NOTE: POST /api/auth/logout is not served yet; until it is, its 404 is ignored and only the
 * token held by this page is forgotten.
 */
function signOut() {
  const session = currentSession();
  endSession();
  navigate('/sign-in', { flash: 'flash.signedOut' });
  if (session) {
    callApi('POST', '/api/auth/logout', { accessToken: session.accessToken }).catch(() => {});
  }
}

document.documentElement.lang = language();
translate(document);
showLanguageSwitch();
startRouter(document.getElementById('main'), { navigated: renderNavigation });
