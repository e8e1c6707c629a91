// The result of an action that issued new identifiers to a user: a password reset, a creation,
// an unlock or enabling. It shows the confirmation, the company security code to pass on, a
// button that copies it, and a form that sends it by SMS. The code stays in memory only while
// this page is shown.
import { ApiProblem, callApi } from '../api.js';
import { el, field, notice, problemSummary, whileBusy } from '../dom.js';
import { formatTime } from '../i18n.js';
import { currentIssuedCredentials, currentSession, forgetIssuedCredentials } from '../session.js';
import { page } from './layout.js';
import { followProblem } from './problem-routes.js';

const titleKeys = {
  reset: 'reset.title',
  created: 'created.title',
  unlocked: 'unlocked.title',
  enabled: 'enabled.title',
};

/** Returns the view of the result of `kind`: 'reset', 'created', 'unlocked' or 'enabled'. */
export function credentialsView(kind) {
  return {
    titleKey: titleKeys[kind],
    render: (context) => render(kind, context),
  };
}

function render(kind, { params }) {
  const result = currentIssuedCredentials(params.userId, kind);
  const userPath = `/users/${encodeURIComponent(params.userId)}`;
  const back = el('ul', { class: 'page__aside links' }, [
    el('li', {}, el('a', { href: userPath, 'data-link': true, i18n: 'reset.backToUser' })),
    el('li', {}, el('a', { href: '/users', 'data-link': true, i18n: 'reset.back' })),
  ]);
  if (!result) {
    return { element: page(titleKeys[kind], [el('p', { i18n: 'reset.nothing' }), back]) };
  }

  const copied = notice();
  const copy = el('button', { type: 'button', id: 'copy-code', class: 'button button--secondary', i18n: 'reset.copy' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(result.companySecurityCode);
      copied.show('reset.copied');
    } catch {
      copied.show('reset.copyFailed');
    }
  });

  // The response to a creation contains the user only. The other actions return a confirmation in the requested language.
  const user = kind === 'created' ? result : result.user;
  const confirmation = kind === 'created'
    ? [
      el('p', { class: 'reset__message', i18n: 'created.message', i18nParams: { name: `${user.firstName} ${user.lastName}`, email: user.email } }),
      el('dl', { class: 'details' }, [
        el('dt', { i18n: 'created.login' }),
        el('dd', {}, el('strong', { id: 'created-login', class: 'login-value', text: user.login })),
      ]),
    ]
    : [el('p', { class: 'reset__message', text: result.message })];

  const element = page(titleKeys[kind], [
    ...confirmation,
    el('section', { class: 'code-panel', 'aria-labelledby': 'code-title' }, [
      el('h2', { id: 'code-title', i18n: 'reset.codeTitle' }),
      el('p', { id: 'security-code', class: 'code-panel__code', text: result.companySecurityCode }),
      el('p', { class: 'field__hint', i18n: 'reset.codeHint' }),
      copy,
      copied.element,
    ]),
    smsSection(params.userId, user),
    back,
  ]);
  return { element, dispose: forgetIssuedCredentials };
}

/** Creates the form that sends the company security code by SMS, to a typed number or the number on record. */
function smsSection(userId, user) {
  const summary = problemSummary();
  const sent = notice();
  const phone = field({
    id: 'sms-phone',
    name: 'phoneNumber',
    label: 'reset.sms.phone',
    hint: user?.phoneNumber ? 'reset.sms.phoneHintRecorded' : 'reset.sms.phoneHint',
    hintParams: user?.phoneNumber ? { phone: user.phoneNumber } : undefined,
    type: 'tel',
    autocomplete: 'off',
    inputmode: 'tel',
  });
  const save = el('input', { id: 'sms-save', name: 'savePhoneNumber', type: 'checkbox' });

  const form = el('form', { class: 'form', novalidate: true }, [
    phone.wrapper,
    el('div', { class: 'checkbox' }, [save, el('label', { for: 'sms-save', i18n: 'reset.sms.save' })]),
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'reset.sms.submit' })),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    sent.clear();
    const phoneNumber = phone.input.value.trim();
    const body = { savePhoneNumber: save.checked };
    if (phoneNumber) {
      body.phoneNumber = phoneNumber;
    }

    try {
      await whileBusy(form, () => callApi('POST', `/api/users/${encodeURIComponent(userId)}/security-code-sms`, {
        body,
        accessToken: currentSession().accessToken,
      }));
      sent.show('reset.sms.sent');
      sent.element.focus();
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (followProblem(failure)) {
        return;
      }

      // A rate_limited problem gives retryAfter, shown as a time in the person's language.
      const retryAfter = failure.problem.retryAfter;
      const extra = failure.code === 'rate_limited' && typeof retryAfter === 'string'
        ? [el('p', { class: 'problem__retry', i18n: 'reset.sms.retryAt', i18nParams: { time: formatTime(retryAfter) } })]
        : [];
      summary.show(failure, { phoneNumber: phone }, extra);
    }
  });

  return el('section', { class: 'sms-panel', 'aria-labelledby': 'sms-title' }, [
    el('h2', { id: 'sms-title', i18n: 'reset.sms.title' }),
    summary.element,
    sent.element,
    form,
  ]);
}
