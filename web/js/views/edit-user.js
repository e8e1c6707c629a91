// Editing a user's profile. Only the fields that changed are sent; an empty mobile number removes
// the one recorded. When the e-mail address changes, the API notifies the former address.
import { ApiProblem, callApi } from '../api.js';
import { el, problemSummary, whileBusy } from '../dom.js';
import { navigate } from '../router.js';
import { currentSession } from '../session.js';
import { page } from './layout.js';
import { followProblem } from './problem-routes.js';
import { profileFields, profileValues } from './user-fields.js';
import { loadUser } from './user-detail.js';

export const titleKey = 'editUser.title';

export function render({ params }) {
  const summary = problemSummary();
  const userPath = `/users/${encodeURIComponent(params.userId)}`;
  const content = el('div', { class: 'page__content' }, el('p', { class: 'loading', i18n: 'userDetail.loading' }));

  loadUser(params.userId, summary).then((user) => {
    if (user) {
      content.replaceChildren(editForm(user, userPath, summary));
    } else {
      content.replaceChildren(el('p', { class: 'page__aside' }, el('a', { href: '/users', 'data-link': true, i18n: 'reset.back' })));
    }
  });

  return { element: page(titleKey, [summary.element, content]) };
}

function editForm(user, userPath, summary) {
  const fields = profileFields({ user });
  const original = profileValues(fields);
  const form = el('form', { class: 'form', novalidate: true }, [
    el('p', {}, [el('span', { i18n: 'editUser.intro' }), ' ', el('strong', { class: 'user-login', text: user.login })]),
    el('p', { class: 'form__note', i18n: 'userForm.requiredNote' }),
    ...Object.values(fields).map((part) => part.wrapper),
    el('div', { class: 'form__actions' }, [
      el('button', { type: 'submit', class: 'button button--primary', i18n: 'editUser.submit' }),
      el('a', { href: userPath, 'data-link': true, class: 'button button--secondary', i18n: 'userForm.cancel' }),
    ]),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    const values = profileValues(fields);
    const changes = Object.fromEntries(Object.entries(values).filter(([name, value]) => value !== original[name]));
    if (Object.keys(changes).length === 0) {
      navigate(userPath, { flash: 'flash.userUnchanged' });
      return;
    }

    try {
      await whileBusy(form, () => callApi('PATCH', `/api/users/${encodeURIComponent(user.id)}`, { body: changes, accessToken: currentSession().accessToken }));
      navigate(userPath, { flash: 'email' in changes ? 'flash.userEditedEmail' : 'flash.userEdited' });
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (!followProblem(failure)) {
        summary.show(failure, fields);
      }
    }
  });

  return form;
}
