// Changing one's own password: the current password, then the new one twice, with the policy
// ticked as the person types. The API ends every session of the person, the current one
// included, so the page discards its session and requests a sign-in with the new password.
import { ApiProblem, callApi } from '../api.js';
import { el, field, problemSummary, whileBusy } from '../dom.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { currentSession, endSession } from '../session.js';
import { page } from './layout.js';
import { newPasswordFields, passwordPolicy, revealPasswords } from './password-policy.js';
import { followProblem } from './problem-routes.js';

export const titleKey = 'changePassword.title';

export function render() {
  const session = currentSession();
  const summary = problemSummary();
  const policy = passwordPolicy({ login: session.login });
  const current = field({ id: 'current-password', name: 'currentPassword', label: 'changePassword.current', type: 'password', autocomplete: 'current-password' });
  const { password, confirmation, confirmed } = newPasswordFields(policy);
  const fields = { currentPassword: current, newPassword: password, confirmation };

  const form = el('form', { class: 'form', novalidate: true }, [
    current.wrapper,
    password.wrapper,
    confirmation.wrapper,
    revealPasswords([current.input, password.input, confirmation.input]),
    el('div', { class: 'form__actions' }, [
      el('button', { type: 'submit', class: 'button button--primary', i18n: 'changePassword.submit' }),
      el('a', { href: '/account', 'data-link': true, class: 'button button--secondary', i18n: 'userForm.cancel' }),
    ]),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    if (!confirmed(summary, fields)) {
      return;
    }

    try {
      await whileBusy(form, () => callApi('POST', '/api/me/password', {
        body: { currentPassword: current.input.value, newPassword: password.input.value },
        accessToken: currentSession().accessToken,
      }));
      endSession();
      navigate('/sign-in', { flash: 'flash.passwordChanged' });
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      handleFailure(failure, { summary, fields, policy });
    }
  });

  const element = page(titleKey, [
    el('p', { i18n: 'changePassword.intro' }),
    policy.element,
    summary.element,
    form,
  ]);
  return { element };
}

function handleFailure(failure, { summary, fields, policy }) {
  if (followProblem(failure)) {
    return;
  }

  if (failure.code === 'invalid_credentials') {
    // The API names no field, but only the current password can be wrong here. The new password
    // was not checked, so it stays for the next attempt.
    fields.currentPassword.input.value = '';
    summary.show({ ...failure.problem, errors: { currentPassword: [t('changePassword.currentWrong')] } }, fields);
    return;
  }

  fields.newPassword.input.value = '';
  fields.confirmation.input.value = '';
  policy.markFailed(failure.problem.failedRules ?? []);
  summary.show(failure, fields);
}
