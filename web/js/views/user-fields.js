// The profile fields of a user, shared by the creation and edit forms. Each field is named after
// the API's member, so that the field errors of a problem land on the right field.
import { checkbox, field } from '../dom.js';

/** The time zone of a new user when none is chosen, as the API defaults it. */
export const defaultTimeZone = 'Europe/Paris';

/**
 * Creates the profile fields, filled from `user` when it is given. `withLogin` adds the optional
 * login of a creation, which the API generates from the name when it is left empty.
 */
export function profileFields({ user = null, withLogin = false }) {
  const fields = {
    title: field({ id: 'user-title', name: 'title', label: 'userForm.title', hint: 'userForm.titleHint', value: user?.title, maxlength: 20, autocomplete: 'off' }),
    firstName: field({ id: 'user-first-name', name: 'firstName', label: 'userForm.firstName', value: user?.firstName, maxlength: 100, autocomplete: 'off' }),
    lastName: field({ id: 'user-last-name', name: 'lastName', label: 'userForm.lastName', value: user?.lastName, maxlength: 100, autocomplete: 'off' }),
    email: field({ id: 'user-email', name: 'email', label: 'userForm.email', hint: 'userForm.emailHint', type: 'email', value: user?.email, maxlength: 254, autocomplete: 'off', spellcheck: false }),
  };

  if (withLogin) {
    fields.login = field({ id: 'user-login', name: 'login', label: 'userForm.login', hint: 'userForm.loginHint', autocomplete: 'off', autocapitalize: 'none', spellcheck: false });
  }

  fields.phoneNumber = field({
    id: 'user-phone',
    name: 'phoneNumber',
    label: 'userForm.phone',
    hint: user?.phoneNumber ? 'userForm.phoneHintRecorded' : 'userForm.phoneHint',
    type: 'tel',
    inputmode: 'tel',
    value: user?.phoneNumber,
    autocomplete: 'off',
  });
  fields.language = field({
    id: 'user-language',
    name: 'language',
    label: 'userForm.language',
    hint: 'userForm.languageHint',
    control: 'select',
    options: [{ value: 'fr', i18n: 'userForm.language.fr' }, { value: 'en', i18n: 'userForm.language.en' }],
    value: user?.language ?? 'fr',
  });
  fields.timeZone = field({
    id: 'user-time-zone',
    name: 'timeZone',
    label: 'userForm.timeZone',
    hint: 'userForm.timeZoneHint',
    control: 'select',
    options: timeZones(user?.timeZone).map((zone) => ({ value: zone, text: zone })),
    value: user?.timeZone ?? defaultTimeZone,
  });
  fields.readOnly = checkbox({ id: 'user-read-only', name: 'readOnly', label: 'userForm.readOnly', hint: 'userForm.readOnlyHint', checked: user?.readOnly ?? false });

  return fields;
}

/**
 * Returns the values of the profile fields as the API names them: text trimmed, the read-only
 * flag as a boolean. An empty optional field gives an empty string.
 */
export function profileValues(fields) {
  const values = {};
  for (const [name, part] of Object.entries(fields)) {
    values[name] = part.input.type === 'checkbox' ? part.input.checked : part.input.value.trim();
  }

  return values;
}

/** Returns the IANA time zones the browser supports, sorted, with `current` included even when the browser does not list it. */
function timeZones(current) {
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add(defaultTimeZone);
  if (current) {
    zones.add(current);
  }

  return [...zones].sort();
}
