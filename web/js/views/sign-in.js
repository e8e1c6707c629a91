// Sign-in: the password step. Depending on the account, the API then opens a session, requests
// the company security code (first connection after a reset), or requests a new password.
import { ApiProblem, callApi } from '../api.js';
import { el, field, problemSummary, whileBusy } from '../dom.js';
import { homePath, navigate } from '../router.js';
import { startChallenge, startSession } from '../session.js';
import { flashMessage, page } from './layout.js';
import { followProblem } from './problem-routes.js';

export const titleKey = 'signIn.title';

export function render({ flash, problem }) {
  const summary = problemSummary();
  const login = field({ id: 'login', label: 'signIn.login', autocomplete: 'username', autocapitalize: 'none', spellcheck: false });
  const password = field({ id: 'password', label: 'signIn.password', type: 'password', autocomplete: 'current-password' });
  const fields = { login, password };

  const form = el('form', { class: 'form', novalidate: true }, [
    login.wrapper,
    password.wrapper,
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'signIn.submit' })),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    try {
      await whileBusy(form, () => signIn(login.input.value.trim(), password.input.value));
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (followProblem(failure)) {
        return;
      }

      password.input.value = '';
      summary.show(failure, fields);
    }
  });

  const element = page(titleKey, [
    flashMessage(flash),
    summary.element,
    form,
    el('p', { class: 'page__aside' }, el('a', { href: '/forgotten-password', 'data-link': true, i18n: 'signIn.forgotten' })),
  ]);

  if (problem) {
    summary.show(problem, fields);
  }

  return { element, focus: problem ? summary.element : undefined };
}

async function signIn(login, password) {
  const { body } = await callApi('POST', '/api/auth/login', { body: { login, password } });
  if (body.status === 'authenticated') {
    await openSession(body);
    navigate(homePath());
    return;
  }

  startChallenge({
    token: body.challengeToken,
    login,
    attemptsRemaining: body.attemptsRemaining ?? null,
    reason: body.reason ?? 'firstConnection',
    // Kept only while the sign-in lasts, to warn that a new password repeats it.
    temporaryPassword: body.status === 'securityCodeRequired' || body.reason === 'firstConnection' ? password : null,
  });
  navigate(body.status === 'securityCodeRequired' ? '/first-connection/security-code' : '/first-connection/new-password');
}

/**
 * Starts the session of a person who has just signed in. Their profile from GET /api/me gives
 * the pages their role, permissions and time zone.
 */
export async function openSession(body) {
  const { body: profile } = await callApi('GET', '/api/me', { accessToken: body.accessToken });
  startSession({ accessToken: body.accessToken, expiresAt: body.expiresAt, profile });
}
