// User administration: search by part of login, name or e-mail and by state, page through the
// results with the API's continuation token, and reset a user's password after confirmation.
import { ApiProblem, callApi } from '../api.js';
import { announce, el, field, problemSummary, whileBusy } from '../dom.js';
import { navigate } from '../router.js';
import { currentSession, recordResetResult } from '../session.js';
import { flashMessage, page } from './layout.js';
import { followProblem } from './problem-routes.js';

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
  const dialog = confirmationDialog();

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
      search.tokens = search.tokens.slice(0, search.index + 1);
      if (body.continuationToken) {
        search.tokens.push(body.continuationToken);
      }

      showResults(results, body.items, (user, button) => dialog.open(user, button));
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

  dialog.onConfirm(async (user) => {
    try {
      const { body } = await callApi('POST', `/api/users/${encodeURIComponent(user.id)}/password-reset`, { accessToken: currentSession().accessToken });
      recordResetResult(user.id, body);
      dialog.close({ restoreFocus: false });
      navigate(`/users/${encodeURIComponent(user.id)}/reset`);
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      dialog.close({ restoreFocus: false });
      if (!followProblem(failure)) {
        summary.show(failure);
      }
    }
  });

  load({ moveFocus: false });

  const element = page(titleKey, [
    flashMessage(flash),
    form,
    summary.element,
    el('section', { class: 'results-section', 'aria-labelledby': 'results-title' }, [resultsTitle, results, pager]),
    dialog.element,
  ]);
  return { element };
}

function showResults(container, users, onReset) {
  if (users.length === 0) {
    container.replaceChildren(el('p', { class: 'results__empty', i18n: 'users.none' }));
    return;
  }

  const columns = ['login', 'name', 'email', 'state', 'lastSignIn', 'phone', 'actions'];
  const header = el('tr', { role: 'row' }, columns.map((column) => el('th', { scope: 'col', role: 'columnheader', i18n: `users.column.${column}` })));
  const rows = users.map((user) => {
    const name = `${user.firstName} ${user.lastName}`;
    const button = el('button', { type: 'button', class: 'button button--secondary', 'data-user-id': user.id }, [
      el('span', { i18n: 'users.reset' }),
      el('span', { class: 'visually-hidden', text: ` (${name})` }),
    ]);
    button.addEventListener('click', () => onReset(user, button));
    const cells = {
      login: el('span', { class: 'user-login', text: user.login }),
      name: el('span', { text: name }),
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

  container.replaceChildren(el('table', { class: 'users-table', role: 'table', 'aria-labelledby': 'results-title' }, [
    el('thead', { role: 'rowgroup' }, header),
    el('tbody', { role: 'rowgroup' }, rows),
  ]));
}

function showPager(pager, search, move) {
  const hasPrevious = search.index > 0;
  const hasNext = search.tokens.length > search.index + 1;
  if (!hasPrevious && !hasNext) {
    pager.replaceChildren();
    return;
  }

  pager.replaceChildren(
    el('button', { type: 'button', class: 'button button--secondary', disabled: !hasPrevious, i18n: 'users.previous', onclick: () => move(-1) }),
    el('span', { class: 'pager__page', i18n: 'users.page', i18nParams: { page: search.index + 1 } }),
    el('button', { type: 'button', class: 'button button--secondary', disabled: !hasNext, i18n: 'users.next', onclick: () => move(1) }),
  );
}

/** Creates the modal dialog that confirms a reset. Cancelling it returns the focus to the row's button. */
function confirmationDialog() {
  const message = el('p', { id: 'reset-dialog-message' });
  const cancel = el('button', { type: 'button', class: 'button button--secondary', i18n: 'users.dialog.cancel' });
  const confirm = el('button', { type: 'button', class: 'button button--danger', i18n: 'users.dialog.confirm' });
  const element = el('dialog', { class: 'dialog', 'aria-labelledby': 'reset-dialog-title', 'aria-describedby': 'reset-dialog-message' }, [
    el('h2', { id: 'reset-dialog-title', i18n: 'users.dialog.title' }),
    message,
    el('div', { class: 'dialog__actions' }, [cancel, confirm]),
  ]);

  let user = null;
  let opener = null;
  let confirmed = async () => {};
  const close = ({ restoreFocus }) => {
    element.close();
    if (restoreFocus && opener?.isConnected) {
      opener.focus();
    }
  };

  cancel.addEventListener('click', () => close({ restoreFocus: true }));
  // Escape closes the dialog through its cancel event.
  element.addEventListener('cancel', (event) => {
    event.preventDefault();
    close({ restoreFocus: true });
  });
  confirm.addEventListener('click', async () => {
    cancel.disabled = true;
    confirm.disabled = true;
    element.setAttribute('aria-busy', 'true');
    try {
      await confirmed(user);
    } finally {
      cancel.disabled = false;
      confirm.disabled = false;
      element.removeAttribute('aria-busy');
    }
  });

  return {
    element,
    open(target, button) {
      user = target;
      opener = button;
      message.replaceChildren(el('span', { i18n: 'users.dialog.message', i18nParams: { name: `${target.firstName} ${target.lastName}`, login: target.login, email: target.email } }));
      element.showModal();
      // The safe choice has the focus first, so that Enter does not reset by accident.
      cancel.focus();
    },
    close,
    onConfirm(handler) {
      confirmed = handler;
    },
  };
}
