// Starts the front end: the language, the header (navigation and language switch) and the routes.
import { ApiProblem, callApi } from './api.js';
import { announce, el } from './dom.js';
import { language, onLanguageChange, setLanguage, translate } from './i18n.js';
import { addRoute, navigate, startRouter } from './router.js';
import { currentSession, endSession, onSessionChange } from './session.js';
import * as account from './views/account.js';
import * as auditReport from './views/audit-report.js';
import * as changePassword from './views/change-password.js';
import * as createUser from './views/create-user.js';
import { credentialsView } from './views/credentials-result.js';
import * as editUser from './views/edit-user.js';
import * as forgottenPassword from './views/forgotten-password.js';
import * as locked from './views/locked.js';
import * as newPassword from './views/new-password.js';
import * as securityCode from './views/security-code.js';
import * as signIn from './views/sign-in.js';
import * as userDetail from './views/user-detail.js';
import * as userEvents from './views/user-events.js';
import * as users from './views/users.js';

addRoute('/sign-in', signIn);
addRoute('/forgotten-password', forgottenPassword);
addRoute('/first-connection/security-code', securityCode, 'challenge');
addRoute('/first-connection/new-password', newPassword, 'challenge');
addRoute('/locked', locked);
addRoute('/account', account, 'session');
addRoute('/account/password', changePassword, 'session');
addRoute('/users', users, 'administrator');
// Before /users/:userId, which would take "new" for a user id.
addRoute('/users/new', createUser, 'manager');
addRoute('/users/:userId', userDetail, 'administrator');
addRoute('/users/:userId/edit', editUser, 'manager');
addRoute('/users/:userId/events', userEvents, 'administrator');
addRoute('/users/:userId/reset', credentialsView('reset'), 'administrator');
addRoute('/users/:userId/created', credentialsView('created'), 'administrator');
addRoute('/users/:userId/unlocked', credentialsView('unlocked'), 'support');
addRoute('/users/:userId/enabled', credentialsView('enabled'), 'support');
addRoute('/audit', auditReport, 'support');

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

let currentPath = window.location.pathname;

function renderNavigation(path) {
  currentPath = path;
  const session = currentSession();
  if (!session) {
    nav.replaceChildren();
    return;
  }

  const link = (href, key) => el('a', { href, 'data-link': true, i18n: key, 'aria-current': path === href ? 'page' : null });
  nav.replaceChildren(el('ul', { class: 'app-nav__list' }, [
    session.isAdministrator ? el('li', {}, link('/users', 'nav.users')) : null,
    session.isSupport ? el('li', {}, link('/audit', 'nav.audit')) : null,
    el('li', {}, link('/account', 'nav.account')),
    el('li', {}, el('button', { type: 'button', class: 'button button--link', i18n: 'nav.signOut', onclick: signOut })),
  ]));
}

// A new profile can add or remove the users link, for example after support granted a permission.
onSessionChange(() => renderNavigation(currentPath));

/**
 * Ends the session on the server with POST /api/auth/logout, discards it in this page whatever
 * the response, and shows the sign-in page. A 401 means the session had already ended. Any other
 * failure is shown there, because the session may then still be open on the server until it expires.
 */
async function signOut() {
  const session = currentSession();
  endSession();
  let problem;
  if (session) {
    try {
      await callApi('POST', '/api/auth/logout', { accessToken: session.accessToken });
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      problem = failure.status === 401 ? undefined : failure;
    }
  }

  navigate('/sign-in', { flash: 'flash.signedOut', problem });
}

document.documentElement.lang = language();
translate(document);
showLanguageSwitch();
startRouter(document.getElementById('main'), { navigated: renderNavigation });
