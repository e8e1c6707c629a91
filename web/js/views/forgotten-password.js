// Forgotten password or locked account: the person gives their login and the e-mail address on
// record. The API returns 202 with the same body whether or not they match, so the page describes
// only what happens when they do.
import { ApiProblem, callApi } from '../api.js';
import { el, field, problemSummary, whileBusy } from '../dom.js';
import { page } from './layout.js';

export const titleKey = 'forgotten.title';

export function render() {
  const summary = problemSummary();
  const login = field({ id: 'login', label: 'forgotten.login', autocomplete: 'username', autocapitalize: 'none', spellcheck: false });
  const email = field({ id: 'email', label: 'forgotten.email', type: 'email', autocomplete: 'email', spellcheck: false });
  const fields = { login, email };

  const form = el('form', { class: 'form', novalidate: true }, [
    login.wrapper,
    email.wrapper,
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'forgotten.submit' })),
  ]);

  const element = page(titleKey, [
    el('p', { i18n: 'forgotten.intro' }),
    summary.element,
    form,
    el('p', { class: 'page__aside' }, el('a', { href: '/sign-in', 'data-link': true, i18n: 'forgotten.back' })),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    try {
      const { body } = await whileBusy(form, () => callApi('POST', '/api/auth/forgotten-password', {
        body: { login: login.input.value.trim(), email: email.input.value.trim() },
      }));
      const confirmation = el('div', { class: 'notice notice--visible', tabindex: '-1' }, [
        el('h2', { i18n: 'forgotten.sentTitle' }),
        // The API's own message, when it sends one, is in the language asked for.
        typeof body?.message === 'string' ? el('p', { text: body.message }) : el('p', { i18n: 'forgotten.sent' }),
      ]);
      form.replaceWith(confirmation);
      confirmation.focus();
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      summary.show(failure, fields);
    }
  });

  return { element };
}
