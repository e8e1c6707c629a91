// User administration: search by part of login, name or e-mail and by state, page through the
// results with the API's continuation token, and reset a user's password after confirmation.
// Support agents search every company, so their results name each user's company.
import { ApiProblem, callApi } from '../api.js';
import { announce, el, field, problemSummary, whileBusy } from '../dom.js';
import { currentSession, rememberCompanyName } from '../session.js';
import { flashMessage, page } from './layout.js';
import { rememberNextPage, showPager } from './paging.js';
import { followProblem } from './problem-routes.js';
import { resetAction } from './reset-action.js';

export const titleKey = 'users.title';

const states = ['active', 'resetPending', 'passwordLocked', 'codeLocked', 'disabled'];

export function render({ flash }) {
  const summary = problemSummary();
  const query = field({ id: 'user-query', name: 'query', label: 'users.query', hint: 'users.queryHint', type: 'search', autocomplete: 'off', spellcheck: false });
  const state = el('select', { id: 'user-state', name: 'state' }, [
    el('option', { value: '', i18n: 'users.state.any' }),
    ...states.map((name) => el('option', { value: name, i18n: `users.state.${name}` })),
  ]);

  const form = el('form', { class: 'form form--search', role: 'search', novalidate: true }, [
    query.wrapper,
    el('div', { class: 'field' }, [el('label', { for: 'user-state', i18n: 'users.stateFilter' }), state]),
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'users.search' })),
  ]);

  const resultsTitle = el('h2', { id: 'results-title', tabindex: '-1', i18n: 'users.results' });
  const results = el('div', { class: 'results' });
  const pager = el('nav', { class: 'pager', i18nAttrs: { 'aria-label': 'users.paging' } });
  const reset = resetAction(summary);
  const session = currentSession();

  // Continuation tokens of the pages seen so far: tokens[i] fetches page i + 1.
  let search = { query: '', state: '', tokens: [null], index: 0 };

  const load = async ({ moveFocus }) => {
    summary.clear();
    const parameters = new URLSearchParams();
    if (search.query) {
      parameters.set('query', search.query);
    }

    if (search.state) {
      parameters.set('state', search.state);
    }

    const token = search.tokens[search.index];
    if (token) {
      parameters.set('continuationToken', token);
    }

    try {
      const { body } = await whileBusy(form, () => callApi('GET', `/api/users?${parameters}`, { accessToken: currentSession().accessToken }));
      rememberNextPage(search, body.continuationToken);

      for (const user of body.items) {
        rememberCompanyName(user.companyId, user.companyName);
      }

      showResults(results, body.items, { session, onReset: (user, button) => reset.open(user, button) });
      showPager(pager, search, (delta) => {
        search.index += delta;
        load({ moveFocus: true });
      });
      announce('users.found', { count: body.items.length, page: search.index + 1 });
      if (moveFocus) {
        resultsTitle.focus();
      }
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (followProblem(failure)) {
        return;
      }

      summary.show(failure, { query });
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search = { query: query.input.value.trim(), state: state.value, tokens: [null], index: 0 };
    load({ moveFocus: true });
  });

  load({ moveFocus: false });

  const element = page(titleKey, [
    flashMessage(flash),
    session.isSupport ? el('p', { i18n: 'users.supportIntro' }) : null,
    session.canManageUsers && !session.isSupport
      ? el('p', { class: 'page__actions' }, el('a', { href: '/users/new', 'data-link': true, class: 'button button--primary', i18n: 'users.create' }))
      : null,
    form,
    summary.element,
    el('section', { class: 'results-section', 'aria-labelledby': 'results-title' }, [resultsTitle, results, pager]),
    reset.element,
  ]);
  return { element };
}

/**
 * Shows a page of users as a table. For support, each row shows the user's company. People who
 * may change users get a reset button on each row.
 */
function showResults(container, users, { session, onReset }) {
  if (users.length === 0) {
    container.replaceChildren(el('p', { class: 'results__empty', i18n: 'users.none' }));
    return;
  }

  const columns = ['login', 'name', session.isSupport ? 'company' : null, 'email', 'state', 'lastSignIn', 'phone', session.canManageUsers ? 'actions' : null]
    .filter(Boolean);
  const header = el('tr', { role: 'row' }, columns.map((column) => el('th', { scope: 'col', role: 'columnheader', i18n: `users.column.${column}` })));
  const rows = users.map((user) => {
    const name = `${user.firstName} ${user.lastName}`;
    const button = el('button', { type: 'button', class: 'button button--secondary', 'data-user-id': user.id }, [
      el('span', { i18n: 'users.reset' }),
      el('span', { class: 'visually-hidden', text: ` (${name})` }),
    ]);
    button.addEventListener('click', () => onReset(user, button));
    const cells = {
      login: el('a', { class: 'user-login', href: `/users/${encodeURIComponent(user.id)}`, 'data-link': true, text: user.login }),
      name: el('span', { text: name }),
      company: el('span', { class: 'user-company', text: user.companyName }),
      email: el('span', { class: 'user-email', text: user.email }),
      state: el('span', { class: `state state--${user.state}`, i18n: `users.state.${user.state}` }),
      lastSignIn: user.lastSignInAt ? el('span', { i18nDate: user.lastSignInAt }) : el('span', { i18n: 'users.never' }),
      phone: el('span', { i18n: user.hasPhoneNumber ? 'users.yes' : 'users.no' }),
      actions: button,
    };
    return el('tr', { role: 'row', 'data-login': user.login }, columns.map((column) => el('td', { role: 'cell', 'data-column': column }, [
      // Shown as a label before the value when the table is laid out as cards on a phone.
      column === 'actions' ? null : el('span', { class: 'cell-label', 'aria-hidden': 'true', i18n: `users.column.${column}` }),
      cells[column],
    ])));
  });

  container.replaceChildren(el('table', { class: 'data-table', role: 'table', 'aria-labelledby': 'results-title' }, [
    el('thead', { role: 'rowgroup' }, header),
    el('tbody', { role: 'rowgroup' }, rows),
  ]));
}
