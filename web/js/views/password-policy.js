// The parts of a form that sets a new password, shared by the first connection and the change of
// one's own password. They are the list of rules, ticked as the person types where the browser
// can check them, the new password and its confirmation, and the "show passwords" checkbox. The
// API checks every rule again when the form is sent.
import { el, field } from '../dom.js';
import { t, translateElement } from '../i18n.js';
import { checkPassword } from '../password-rules.js';

const rules = [
  { name: 'minimumLength', key: 'newPassword.rule.minimumLength' },
  { name: 'lettersAndDigits', key: 'newPassword.rule.lettersAndDigits' },
  { name: 'notLogin', key: 'newPassword.rule.notLogin' },
  { name: 'notRecent', key: 'newPassword.rule.notRecent' },
  { name: 'notTemporary', key: 'newPassword.rule.notTemporary', firstConnectionOnly: true },
];

/**
 * Creates the rule list, with the id `password-rules` for the field's `aria-describedby`.
 * `temporaryPassword` is given during a first connection only, which adds its rule. Returns the
 * list, `update(password)` to call as the person types, and `markFailed(names)` for the rules
 * the API rejected.
 */
export function passwordPolicy({ login, temporaryPassword = null, firstConnection = false }) {
  const ruleItems = new Map();
  const list = el('ul', { id: 'password-rules', class: 'rules' }, rules
    .filter((rule) => firstConnection || !rule.firstConnectionOnly)
    .map((rule) => {
      const state = el('span', { class: 'visually-hidden rules__state' });
      const item = el('li', { class: 'rules__item', 'data-rule': rule.name }, [el('span', { i18n: rule.key }), state]);
      ruleItems.set(rule.name, { item, state });
      return item;
    }));

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

  const update = (value) => {
    const checks = checkPassword(value, { login, temporaryPassword });
    for (const rule of rules) {
      setState(rule.name, value.length === 0 ? null : checks[rule.name]);
    }
  };
  update('');

  return {
    element: el('div', { class: 'policy' }, [el('h2', { class: 'rules__title', i18n: 'newPassword.rulesTitle' }), list]),
    update,
    markFailed(names) {
      for (const name of names) {
        setState(name, false);
      }
    },
  };
}

/**
 * Creates the new password field, described by the rule list of `policy` and updating it as the
 * person types, the field that confirms it, and `confirmed(summary, fields)`, which checks that
 * both match.
 */
export function newPasswordFields(policy) {
  const password = field({
    id: 'new-password',
    name: 'newPassword',
    label: 'newPassword.password',
    type: 'password',
    autocomplete: 'new-password',
    describedBy: ['password-rules'],
  });
  const confirmation = field({ id: 'confirm-password', label: 'newPassword.confirmation', type: 'password', autocomplete: 'new-password' });
  password.input.addEventListener('input', () => policy.update(password.input.value));

  /** Returns whether both fields hold the same password; when not, shows it in `summary` before any request. */
  const confirmed = (summary, fields) => {
    if (password.input.value === confirmation.input.value) {
      return true;
    }

    summary.show({ title: t('newPassword.mismatchTitle'), errors: { confirmation: [t('newPassword.mismatch')] } }, fields);
    return false;
  };

  return { password, confirmation, confirmed };
}

/** Creates the "show passwords" checkbox, which switches `inputs` between hidden and plain text. */
export function revealPasswords(inputs) {
  const reveal = el('input', { id: 'show-passwords', type: 'checkbox' });
  reveal.addEventListener('change', () => {
    for (const input of inputs) {
      input.type = reveal.checked ? 'text' : 'password';
    }
  });
  return el('div', { class: 'checkbox' }, [reveal, el('label', { for: 'show-passwords', i18n: 'newPassword.show' })]);
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
