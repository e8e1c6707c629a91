// The signed-in person's own account: their profile and rights, read again from GET /api/me on
// each visit, so that a permission granted or revoked by support shows without signing in again.
import { ApiProblem, callApi } from '../api.js';
import { el, problemSummary } from '../dom.js';
import { currentSession, updateProfile } from '../session.js';
import { flashMessage, page } from './layout.js';
import { followProblem } from './problem-routes.js';

export const titleKey = 'account.title';

export function render({ flash }) {
  const session = currentSession();
  const summary = problemSummary();
  const profile = el('div', { class: 'page__content' });
  showProfile(profile, session);

  callApi('GET', '/api/me', { accessToken: session.accessToken })
    .then(({ body }) => {
      updateProfile(body);
      showProfile(profile, currentSession());
    })
    .catch((failure) => {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (!followProblem(failure)) {
        summary.show(failure);
      }
    });

  const element = page(titleKey, [
    flashMessage(flash),
    summary.element,
    el('p', { i18n: 'account.signedInAs', i18nParams: { login: session.login } }),
    profile,
    el('ul', { class: 'actions' }, [
      el('li', {}, el('a', { href: '/account/password', 'data-link': true, class: 'button button--primary', i18n: 'account.changePassword' })),
    ]),
  ]);
  return { element };
}

function showProfile(container, session) {
  if (!session) {
    return;
  }

  const { profile } = session;
  const name = [profile.title, profile.firstName, profile.lastName].filter(Boolean).join(' ');
  container.replaceChildren(el('dl', { id: 'account-profile', class: 'details' }, [
    el('dt', { i18n: 'account.name' }),
    el('dd', { text: name }),
    el('dt', { i18n: 'userDetail.email' }),
    el('dd', { class: 'user-email', text: profile.email }),
    el('dt', { i18n: 'userDetail.company' }),
    el('dd', { text: profile.companyName ?? '' }),
    el('dt', { i18n: 'userDetail.timeZone' }),
    el('dd', { text: profile.timeZone }),
    el('dt', { i18n: 'account.rights' }),
    el('dd', { id: 'account-rights', i18n: rightsKey(session) }),
    el('dt', { i18n: 'userDetail.lastSignIn' }),
    el('dd', {}, profile.lastSignInAt ? el('time', { datetime: profile.lastSignInAt, i18nDate: profile.lastSignInAt }) : el('span', { i18n: 'users.never' })),
  ]));
}

function rightsKey(session) {
  if (session.isSupport) {
    return 'account.rights.support';
  }

  if (session.isAdministrator) {
    return session.canManageUsers ? 'account.rights.manageUsers' : 'account.rights.readOnly';
  }

  return 'account.rights.none';
}
