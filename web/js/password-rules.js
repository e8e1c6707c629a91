// The rules of a new password that the browser can check while the person types. The API checks
// all of them again, and also the one it alone can check: not one of the last 4 passwords.

/** Minimum length of a password, in UTF-16 code units as the API counts them. */
export const minimumLength = 12;

/** Normalises a login as the API does: NFKC, lower case, NFKC again. */
function normalizeLogin(value) {
  return value.trim().normalize('NFKC').toLowerCase().normalize('NFKC');
}

/**
 * Returns, for each rule, whether `password` meets it: true, false, or null when the browser
 * cannot tell (the rule does not apply, or only the API can check it).
 */
export function checkPassword(password, { login, temporaryPassword }) {
  return {
    minimumLength: password.length >= minimumLength,
    lettersAndDigits: /\p{L}/u.test(password) && /\p{Nd}/u.test(password),
    notLogin: login ? normalizeLogin(password) !== normalizeLogin(login) : null,
    notTemporary: temporaryPassword ? password !== temporaryPassword : null,
    notRecent: null,
  };
}
