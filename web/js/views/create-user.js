// Creation of a user. The API generates the login from the name when it is left empty, sends the
// new user identifiers by e-mail as after a reset, and returns the company security code, which
// the result page shows. An administrator creates users in their own company. Support creates
// them in the company named by the `companyId` query parameter, which the user page links to.
import { ApiProblem, callApi } from '../api.js';
import { checkbox, el, problemSummary, whileBusy } from '../dom.js';
import { navigate } from '../router.js';
import { currentSession, knownCompanyName, recordIssuedCredentials } from '../session.js';
import { page } from './layout.js';
import { followProblem } from './problem-routes.js';
import { profileFields, profileValues } from './user-fields.js';

export const titleKey = 'createUser.title';

export function render({ query }) {
  const session = currentSession();
  const companyId = session.isSupport ? query.get('companyId') : session.profile.companyId;
  if (!companyId) {
    return {
      element: page(titleKey, [
        el('p', { i18n: 'createUser.chooseCompany' }),
        el('p', { class: 'page__aside' }, el('a', { href: '/users', 'data-link': true, i18n: 'createUser.backToUsers' })),
      ]),
    };
  }

  const companyName = session.isSupport ? knownCompanyName(companyId) : session.profile.companyName;
  const summary = problemSummary();
  const fields = profileFields({ withLogin: true });
  const manageUsers = checkbox({ id: 'user-manage-users', name: 'permissions', label: 'userForm.manageUsers', hint: 'userForm.manageUsersHint' });
  const allFields = { ...fields, permissions: manageUsers };

  const form = el('form', { class: 'form', novalidate: true }, [
    el('p', { class: 'form__note', i18n: 'userForm.requiredNote' }),
    ...Object.values(fields).map((part) => part.wrapper),
    manageUsers.wrapper,
    el('div', { class: 'form__actions' }, [
      el('button', { type: 'submit', class: 'button button--primary', i18n: 'createUser.submit' }),
      el('a', { href: '/users', 'data-link': true, class: 'button button--secondary', i18n: 'userForm.cancel' }),
    ]),
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    const body = newUserBody(profileValues(fields), manageUsers.input.checked, session.isSupport ? companyId : null);
    try {
      const { body: created } = await whileBusy(form, () => callApi('POST', '/api/users', { body, accessToken: currentSession().accessToken }));
      recordIssuedCredentials(created.id, 'created', created);
      navigate(`/users/${encodeURIComponent(created.id)}/created`);
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (!followProblem(failure)) {
        summary.show(failure, allFields);
      }
    }
  });

  const element = page(titleKey, [
    el('p', { i18n: 'createUser.intro' }),
    el('dl', { class: 'details' }, [
      el('dt', { i18n: 'userDetail.company' }),
      el('dd', { class: 'company-name', text: companyName ?? companyId }),
    ]),
    summary.element,
    form,
  ]);
  return { element };
}

/** Returns the body of POST /api/users: empty optional fields are left out, so the API applies its defaults. */
function newUserBody(values, manageUsers, companyId) {
  const body = {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    language: values.language,
    timeZone: values.timeZone,
    readOnly: values.readOnly,
    permissions: manageUsers ? ['manageUsers'] : [],
  };
  for (const optional of ['title', 'login', 'phoneNumber']) {
    if (values[optional]) {
      body[optional] = values[optional];
    }
  }

  if (companyId) {
    body.companyId = companyId;
  }

  return body;
}
