// The home of a signed-in person who does not manage users.
import { el } from '../dom.js';
import { currentSession } from '../session.js';
import { flashMessage, page } from './layout.js';

export const titleKey = 'account.title';

export function render({ flash }) {
  const session = currentSession();
  return {
    element: page(titleKey, [
      flashMessage(flash),
      el('p', { i18n: 'account.signedInAs', i18nParams: { login: session.login } }),
    ]),
  };
}
