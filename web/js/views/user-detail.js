// The page of one user: profile, state, delivery status of the last identifiers, last sign-in,
// permissions, and the actions the signed-in person may take. Administrators edit, reset and
// disable; support also unlocks with a reason, enables and sets permissions.
import { ApiProblem, callApi } from '../api.js';
import { checkbox, el, field, notice, problemSummary, whileBusy } from '../dom.js';
import { navigate } from '../router.js';
import { currentSession, recordIssuedCredentials, rememberCompanyName } from '../session.js';
import { confirmationDialog } from './dialog.js';
import { flashMessage, page } from './layout.js';
import { followProblem } from './problem-routes.js';
import { resetAction } from './reset-action.js';

export const titleKey = 'userDetail.title';

const lockedStates = ['passwordLocked', 'codeLocked'];

/**
 * Fetches a user the signed-in person may view. Returns the user, or null after showing the
 * problem in `summary` (or moving to the sign-in page when the session is over).
 */
export async function loadUser(userId, summary) {
  try {
    const { body } = await callApi('GET', `/api/users/${encodeURIComponent(userId)}`, { accessToken: currentSession().accessToken });
    rememberCompanyName(body.companyId, body.companyName);
    return body;
  } catch (failure) {
    if (!(failure instanceof ApiProblem)) {
      throw failure;
    }

    if (!followProblem(failure)) {
      summary.show(failure);
    }

    return null;
  }
}

export function render({ params, flash }) {
  const session = currentSession();
  const summary = problemSummary();
  const status = notice();
  const content = el('div', { class: 'page__content' }, el('p', { class: 'loading', i18n: 'userDetail.loading' }));
  const reset = resetAction(summary);
  const actions = userActions(summary, status, (user) => show(user));

  const show = (user) => {
    content.replaceChildren(...userSections(user), actionSection(user, session, { reset, actions }));
    if (session.isSupport && user.role !== 'support') {
      content.append(permissionsSection(user, { summary, status, show }));
    }
  };

  loadUser(params.userId, summary).then((user) => {
    if (user) {
      show(user);
    } else {
      content.replaceChildren(el('p', { class: 'page__aside' }, el('a', { href: '/users', 'data-link': true, i18n: 'reset.back' })));
    }
  });

  const element = page(titleKey, [
    flashMessage(flash),
    summary.element,
    status.element,
    content,
    reset.element,
    ...actions.elements,
  ]);
  return { element };
}

/** Creates the sections that describe `user`: identity, access and the last delivery of identifiers. */
function userSections(user) {
  const name = [user.title, user.firstName, user.lastName].filter(Boolean).join(' ');
  const delivery = user.deliveryStatus;
  return [
    el('h2', { id: 'user-name', class: 'user-name', text: name }),
    details('user-identity', [
      ['userDetail.login', el('span', { class: 'user-login', text: user.login })],
      ['userDetail.email', el('span', { class: 'user-email', text: user.email })],
      ['userDetail.phone', user.phoneNumber ? el('span', { text: user.phoneNumber }) : el('span', { i18n: 'userDetail.noPhone' })],
      ['userDetail.company', el('span', { text: user.companyName ?? '' })],
      ['userDetail.language', el('span', { i18n: `userForm.language.${user.language}` })],
      ['userDetail.timeZone', el('span', { text: user.timeZone })],
      ['userDetail.createdAt', dateTime(user.createdAt)],
    ]),
    el('h2', { i18n: 'userDetail.accessTitle' }),
    details('user-access', [
      ['userDetail.state', el('span', {}, [
        el('span', { class: `state state--${user.state}`, i18n: `users.state.${user.state}` }),
        ' ',
        el('span', { i18n: 'userDetail.since' }),
        ' ',
        dateTime(user.stateChangedAt),
      ])],
      ['userDetail.permissions', el('span', { i18n: permissionsKey(user) })],
      ['userDetail.readOnly', el('span', { i18n: user.readOnly ? 'users.yes' : 'users.no' })],
      ['userDetail.lastSignIn', user.lastSignInAt ? dateTime(user.lastSignInAt) : el('span', { i18n: 'users.never' })],
    ]),
    el('h2', { i18n: 'userDetail.deliveryTitle' }),
    delivery
      ? details('user-delivery', [
        ['userDetail.deliveryStatus', el('span', { class: `delivery delivery--${delivery.status}`, i18n: `userDetail.delivery.${delivery.status}` })],
        ['userDetail.deliveryChannel', el('span', { i18n: `userDetail.channel.${delivery.channel}` })],
        ['userDetail.deliveryAt', dateTime(delivery.at)],
      ])
      : el('p', { id: 'user-delivery', i18n: 'userDetail.noDelivery' }),
    delivery?.status === 'failed' ? el('p', { class: 'field__hint', i18n: 'userDetail.deliveryFailedHint' }) : null,
  ].filter(Boolean);
}

function permissionsKey(user) {
  if (user.role === 'support') {
    return 'userDetail.permission.support';
  }

  return user.permissions.includes('manageUsers') ? 'userDetail.permission.manageUsers' : 'userDetail.permission.none';
}

/** Creates a description list from [label key, value element] pairs. */
function details(id, rows) {
  return el('dl', { id, class: 'details' }, rows.flatMap(([label, value]) => [el('dt', { i18n: label }), el('dd', {}, value)]));
}

function dateTime(iso) {
  return el('time', { datetime: iso, i18nDate: iso });
}

/** Creates the buttons and links of the actions that the signed-in person may take on `user` in its state. */
function actionSection(user, session, { reset, actions }) {
  const userPath = `/users/${encodeURIComponent(user.id)}`;
  const name = `${user.firstName} ${user.lastName}`;
  const self = user.id === session.profile.id;
  const button = (key, style, onClick) => {
    const element = el('button', { type: 'button', class: `button ${style}`, i18n: key });
    element.addEventListener('click', () => onClick(element));
    return element;
  };

  const items = [
    session.canManageUsers ? el('a', { href: `${userPath}/edit`, 'data-link': true, class: 'button button--secondary', i18n: 'userDetail.edit' }) : null,
    session.canManageUsers && user.state !== 'disabled' && user.state !== 'codeLocked'
      ? button('users.reset', 'button--secondary', (opener) => reset.open(user, opener))
      : null,
    session.isSupport && lockedStates.includes(user.state)
      ? button('userDetail.unlock', 'button--primary', (opener) => actions.unlock(user, name, opener))
      : null,
    session.isSupport && user.state === 'disabled'
      ? button('userDetail.enable', 'button--primary', (opener) => actions.enable(user, name, opener))
      : null,
    session.canManageUsers && user.state !== 'disabled' && !self
      ? button('userDetail.disable', 'button--danger', (opener) => actions.disable(user, name, opener))
      : null,
    el('a', { href: `${userPath}/events`, 'data-link': true, class: 'button button--secondary', i18n: 'userDetail.events' }),
    session.isSupport && user.role !== 'support'
      ? el('a', { href: `/users/new?companyId=${encodeURIComponent(user.companyId)}`, 'data-link': true, class: 'button button--secondary', i18n: 'userDetail.createInCompany' })
      : null,
  ].filter(Boolean);

  return el('section', { class: 'actions-section', 'aria-labelledby': 'actions-title' }, [
    el('h2', { id: 'actions-title', i18n: 'userDetail.actionsTitle' }),
    user.state === 'codeLocked' && !session.isSupport ? el('p', { class: 'field__hint', i18n: 'userDetail.codeLockedHint' }) : null,
    session.isAdministrator && !session.canManageUsers ? el('p', { class: 'field__hint', i18n: 'userDetail.readOnlyHint' }) : null,
    el('ul', { class: 'actions' }, items.map((item) => el('li', {}, item))),
  ]);
}

/**
 * Creates the dialogs of disabling, enabling and unlocking, and the functions that open them.
 * Disabling shows the user again with a message; enabling and unlocking issue new identifiers
 * and open the result page with the company security code.
 */
function userActions(summary, status, show) {
  const disableDialog = confirmationDialog({ id: 'disable-dialog', titleKey: 'userDetail.disableDialog.title', confirmKey: 'userDetail.disableDialog.confirm' });
  const enableDialog = confirmationDialog({ id: 'enable-dialog', titleKey: 'userDetail.enableDialog.title', confirmKey: 'userDetail.enableDialog.confirm', confirmClass: 'button--primary' });
  const unlockSummary = problemSummary();
  const reason = field({ id: 'unlock-reason', name: 'reason', label: 'userDetail.unlockDialog.reason', hint: 'userDetail.unlockDialog.reasonHint', control: 'textarea', maxlength: 500 });
  const unlockDialog = confirmationDialog({
    id: 'unlock-dialog',
    titleKey: 'userDetail.unlockDialog.title',
    confirmKey: 'userDetail.unlockDialog.confirm',
    confirmClass: 'button--primary',
    content: [unlockSummary.element, reason.wrapper],
    initialFocus: reason.input,
  });

  const failed = (dialog, failure) => {
    if (!(failure instanceof ApiProblem)) {
      throw failure;
    }

    dialog.close({ restoreFocus: false });
    if (!followProblem(failure)) {
      summary.show(failure);
    }
  };

  disableDialog.onConfirm(async (user) => {
    try {
      const { body } = await callApi('POST', `/api/users/${encodeURIComponent(user.id)}/disable`, { accessToken: currentSession().accessToken });
      disableDialog.close({ restoreFocus: false });
      summary.clear();
      show(body);
      status.show('userDetail.disabled');
      status.element.focus();
    } catch (failure) {
      failed(disableDialog, failure);
    }
  });

  const issue = (dialog, action, kind, body) => async (user) => {
    try {
      const { body: issued } = await callApi('POST', `/api/users/${encodeURIComponent(user.id)}/${action}`, { body, accessToken: currentSession().accessToken });
      recordIssuedCredentials(user.id, kind, issued);
      dialog.close({ restoreFocus: false });
      navigate(`/users/${encodeURIComponent(user.id)}/${kind}`);
    } catch (failure) {
      // A missing or too long reason is corrected in the dialog, which stays open.
      if (failure instanceof ApiProblem && failure.code === 'validation_failed' && dialog === unlockDialog) {
        unlockSummary.show(failure, { reason });
        return;
      }

      failed(dialog, failure);
    }
  };
  enableDialog.onConfirm(issue(enableDialog, 'enable', 'enabled'));
  unlockDialog.onConfirm((user) => issue(unlockDialog, 'unlock', 'unlocked', { reason: reason.input.value.trim() })(user));

  const messageOf = (key, user, name) => el('span', { i18n: key, i18nParams: { name, login: user.login, email: user.email } });
  return {
    elements: [disableDialog.element, enableDialog.element, unlockDialog.element],
    disable: (user, name, opener) => disableDialog.open(user, messageOf('userDetail.disableDialog.message', user, name), opener),
    enable: (user, name, opener) => enableDialog.open(user, messageOf('userDetail.enableDialog.message', user, name), opener),
    unlock: (user, name, opener) => {
      unlockSummary.clear();
      reason.input.value = '';
      unlockDialog.open(user, messageOf('userDetail.unlockDialog.message', user, name), opener);
    },
  };
}

/** Creates the form where support grants or revokes the manageUsers permission. */
function permissionsSection(user, { summary, status, show }) {
  const manageUsers = checkbox({
    id: 'permission-manage-users',
    name: 'permissions',
    label: 'userForm.manageUsers',
    hint: 'userForm.manageUsersHint',
    checked: user.permissions.includes('manageUsers'),
  });
  const form = el('form', { class: 'form', novalidate: true }, [
    manageUsers.wrapper,
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--primary', i18n: 'userDetail.permissionsSave' })),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    status.clear();
    const permissions = manageUsers.input.checked ? ['manageUsers'] : [];
    try {
      const { body } = await whileBusy(form, () => callApi('PUT', `/api/users/${encodeURIComponent(user.id)}/permissions`, {
        body: { permissions },
        accessToken: currentSession().accessToken,
      }));
      show(body);
      status.show(permissions.length > 0 ? 'userDetail.permissionGranted' : 'userDetail.permissionRevoked');
      status.element.focus();
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (!followProblem(failure)) {
        summary.show(failure, { permissions: manageUsers });
      }
    }
  });

  return el('section', { class: 'permissions-section', 'aria-labelledby': 'permissions-title' }, [
    el('h2', { id: 'permissions-title', i18n: 'userDetail.permissionsTitle' }),
    form,
  ]);
}
