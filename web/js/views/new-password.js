// First connection, last step (or a password past its maximum age): the new password. The
// policy is listed above the field, and the rules the browser can check are ticked as the person
// types. The API checks every rule again when the form is sent.
import { ApiProblem, callApi } from '../api.js';
import { el, problemSummary, whileBusy } from '../dom.js';
import { homePath, navigate } from '../router.js';
import { currentChallenge, endChallenge } from '../session.js';
import { page } from './layout.js';
import { newPasswordFields, passwordPolicy, revealPasswords } from './password-policy.js';
import { followProblem } from './problem-routes.js';
import { openSession } from './sign-in.js';

export const titleKey = 'newPassword.title';

export function render() {
  const challenge = currentChallenge();
  const firstConnection = challenge.reason !== 'passwordExpired';
  const summary = problemSummary();
  const policy = passwordPolicy({
    login: challenge.login,
    temporaryPassword: firstConnection ? challenge.temporaryPassword : null,
    firstConnection,
  });

  const { password, confirmation, confirmed } = newPasswordFields(policy);
  const reveal = revealPasswords([password.input, confirmation.input]);

  const form = el('form', { class: 'form', novalidate: true }, [
    password.wrapper,
    confirmation.wrapper,
    reveal,
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'newPassword.submit' })),
  ]);
  const fields = { newPassword: password, confirmation };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    if (!confirmed(summary, fields)) {
      return;
    }

    try {
      await whileBusy(form, () => setPassword(challenge, password.input.value));
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      handleFailure(failure, { summary, fields, policy });
    }
  });

  const element = page(titleKey, [
    el('p', { i18n: firstConnection ? 'newPassword.introFirstConnection' : 'newPassword.introExpired' }),
    policy.element,
    summary.element,
    form,
  ]);
  return { element };
}

async function setPassword(challenge, newPassword) {
  const { body } = await callApi('POST', '/api/auth/new-password', { body: { challengeToken: challenge.token, newPassword } });
  await openSession(body);
  endChallenge();
  navigate(homePath(), { flash: 'flash.passwordSet' });
}

function handleFailure(failure, { summary, fields, policy }) {
  if (followProblem(failure)) {
    return;
  }

  policy.markFailed(failure.problem.failedRules ?? []);
  fields.newPassword.input.value = '';
  fields.confirmation.input.value = '';
  summary.show(failure, fields);
}
