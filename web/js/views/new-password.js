// First connection, last step (or a password past its maximum age): the new password. The
// policy is listed above the field, and the rules the browser can check are ticked as the person
// types. The API checks every rule again when the form is sent.
import { ApiProblem, callApi } from '../api.js';
import { el, field, problemSummary, whileBusy } from '../dom.js';
import { t, translateElement } from '../i18n.js';
import { checkPassword } from '../password-rules.js';
import { homePath, navigate } from '../router.js';
import { currentChallenge, endChallenge } from '../session.js';
import { page } from './layout.js';
import { followProblem } from './problem-routes.js';
import { openSession } from './sign-in.js';

export const titleKey = 'newPassword.title';

const rules = [
  { name: 'minimumLength', key: 'newPassword.rule.minimumLength' },
  { name: 'lettersAndDigits', key: 'newPassword.rule.lettersAndDigits' },
  { name: 'notLogin', key: 'newPassword.rule.notLogin' },
  { name: 'notRecent', key: 'newPassword.rule.notRecent' },
  { name: 'notTemporary', key: 'newPassword.rule.notTemporary', firstConnectionOnly: true },
];

export function render() {
  const challenge = currentChallenge();
  const firstConnection = challenge.reason !== 'passwordExpired';
  const summary = problemSummary();

  const ruleItems = new Map();
  const list = el('ul', { id: 'password-rules', class: 'rules' }, rules
    .filter((rule) => firstConnection || !rule.firstConnectionOnly)
    .map((rule) => {
      const state = el('span', { class: 'visually-hidden rules__state' });
      const item = el('li', { class: 'rules__item', 'data-rule': rule.name }, [el('span', { i18n: rule.key }), state]);
      ruleItems.set(rule.name, { item, state });
      return item;
    }));

  const password = field({
    id: 'new-password',
    name: 'newPassword',
    label: 'newPassword.password',
    type: 'password',
    autocomplete: 'new-password',
    describedBy: ['password-rules'],
  });
  const confirmation = field({ id: 'confirm-password', label: 'newPassword.confirmation', type: 'password', autocomplete: 'new-password' });
  const reveal = el('input', { id: 'show-passwords', type: 'checkbox' });
  reveal.addEventListener('change', () => {
    const type = reveal.checked ? 'text' : 'password';
    password.input.type = type;
    confirmation.input.type = type;
  });

  const setState = (name, met) => {
    const entry = ruleItems.get(name);
    if (!entry) {
      return;
    }

    const state = ruleState(name, met);
    entry.item.dataset.state = state;
    entry.state.dataset.i18n = `newPassword.ruleState.${state}`;
    translateElement(entry.state);
  };
  const update = () => {
    const value = password.input.value;
    const checks = checkPassword(value, { login: challenge.login, temporaryPassword: firstConnection ? challenge.temporaryPassword : null });
    for (const rule of rules) {
      setState(rule.name, value.length === 0 ? null : checks[rule.name]);
    }
  };
  password.input.addEventListener('input', update);
  update();

  const form = el('form', { class: 'form', novalidate: true }, [
    password.wrapper,
    confirmation.wrapper,
    el('div', { class: 'checkbox' }, [reveal, el('label', { for: 'show-passwords', i18n: 'newPassword.show' })]),
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'newPassword.submit' })),
  ]);
  const fields = { newPassword: password, confirmation };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    if (password.input.value !== confirmation.input.value) {
      summary.show({ title: t('newPassword.mismatchTitle'), errors: { confirmation: [t('newPassword.mismatch')] } }, fields);
      return;
    }

    try {
      await whileBusy(form, () => setPassword(challenge, password.input.value));
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      handleFailure(failure, { summary, fields, setState });
    }
  });

  const element = page(titleKey, [
    el('p', { i18n: firstConnection ? 'newPassword.introFirstConnection' : 'newPassword.introExpired' }),
    el('h2', { class: 'rules__title', i18n: 'newPassword.rulesTitle' }),
    list,
    summary.element,
    form,
  ]);
  return { element };
}

/** Returns how a rule is shown: met, unmet, checked by the API on submit, or pending while the field is empty. */
function ruleState(name, met) {
  if (met === true) {
    return 'met';
  }

  if (met === false) {
    return 'unmet';
  }

  return name === 'notRecent' ? 'server' : 'pending';
}

async function setPassword(challenge, newPassword) {
  const { body } = await callApi('POST', '/api/auth/new-password', { body: { challengeToken: challenge.token, newPassword } });
  await openSession(challenge.login, body);
  endChallenge();
  navigate(homePath(), { flash: 'flash.passwordSet' });
}

function handleFailure(failure, { summary, fields, setState }) {
  if (followProblem(failure)) {
    return;
  }

  for (const rule of failure.problem.failedRules ?? []) {
    setState(rule, false);
  }

  fields.newPassword.input.value = '';
  fields.confirmation.input.value = '';
  summary.show(failure, fields);
}
