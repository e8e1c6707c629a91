// First connection, second step: the company security code that the administrator passed on.
// The page shows the attempts remaining; the third wrong code locks the account.
import { ApiProblem, callApi } from '../api.js';
import { el, field, problemSummary, whileBusy } from '../dom.js';
import { navigate } from '../router.js';
import { currentChallenge, endChallenge, updateChallenge } from '../session.js';
import { page } from './layout.js';
import { followProblem } from './problem-routes.js';

export const titleKey = 'securityCode.title';

export function render() {
  const summary = problemSummary();
  const attempts = el('p', { id: 'attempts-remaining', class: 'attempts' });
  const showAttempts = () => {
    const remaining = currentChallenge()?.attemptsRemaining;
    attempts.hidden = typeof remaining !== 'number';
    attempts.replaceChildren(el('strong', { i18n: 'securityCode.attemptsRemaining', i18nParams: { count: remaining ?? 0 } }));
  };
  showAttempts();

  const code = field({
    id: 'security-code',
    name: 'securityCode',
    label: 'securityCode.code',
    hint: 'securityCode.hint',
    autocomplete: 'one-time-code',
    autocapitalize: 'characters',
    spellcheck: false,
    describedBy: ['attempts-remaining'],
  });

  const form = el('form', { class: 'form', novalidate: true }, [
    code.wrapper,
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'securityCode.submit' })),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    try {
      const { body } = await whileBusy(form, () => callApi('POST', '/api/auth/security-code', {
        body: { challengeToken: currentChallenge().token, securityCode: code.input.value.trim() },
      }));
      updateChallenge({ token: body.challengeToken, attemptsRemaining: null, reason: body.reason ?? 'firstConnection' });
      navigate('/first-connection/new-password');
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      handleFailure(failure, { summary, code, showAttempts });
    }
  });

  const element = page(titleKey, [
    el('p', { i18n: 'securityCode.intro' }),
    attempts,
    summary.element,
    form,
    el('p', { class: 'page__aside' }, el('a', { href: '/sign-in', 'data-link': true, i18n: 'securityCode.cancel', onclick: endChallenge })),
  ]);
  return { element };
}

function handleFailure(failure, { summary, code, showAttempts }) {
  if (followProblem(failure)) {
    return;
  }

  if (failure.code === 'invalid_security_code' && typeof failure.problem.attemptsRemaining === 'number') {
    updateChallenge({ attemptsRemaining: failure.problem.attemptsRemaining });
    showAttempts();
  }

  code.input.value = '';
  summary.show(failure, { securityCode: code });
}
