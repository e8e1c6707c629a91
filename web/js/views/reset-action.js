// The password reset of a user, behind its confirmation dialog, as the users list and the user
// page both offer it.
import { ApiProblem, callApi } from '../api.js';
import { el } from '../dom.js';
import { navigate } from '../router.js';
import { currentSession, recordIssuedCredentials } from '../session.js';
import { confirmationDialog } from './dialog.js';
import { followProblem } from './problem-routes.js';

/**
 * Creates the reset dialog. After confirmation it resets the password and opens the result page
 * with the company security code; a failure closes the dialog and goes to `summary`.
 */
export function resetAction(summary) {
  const dialog = confirmationDialog({ id: 'reset-dialog', titleKey: 'users.dialog.title', confirmKey: 'users.dialog.confirm' });

  dialog.onConfirm(async (user) => {
    try {
      const { body } = await callApi('POST', `/api/users/${encodeURIComponent(user.id)}/password-reset`, { accessToken: currentSession().accessToken });
      recordIssuedCredentials(user.id, 'reset', body);
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

  return {
    element: dialog.element,
    /** Opens the dialog about `user` (a search result or a user resource); `button` gets the focus back on cancel. */
    open(user, button) {
      const params = { name: `${user.firstName} ${user.lastName}`, login: user.login, email: user.email };
      dialog.open(user, el('span', { i18n: 'users.dialog.message', i18nParams: params }), button);
    },
  };
}
