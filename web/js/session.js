// What the front end keeps about the person using it, in this page's memory only. Nothing here
// is written to localStorage, sessionStorage or a cookie. Reloading or closing the tab forgets
// it, so a token never outlives the page that received it.

let signedIn = null;
let challenge = null;
let lock = null;
let resetResult = null;

/** Returns the signed-in person, `{ accessToken, expiresAt, login, isAdministrator }`, or null once the token has expired. */
export function currentSession() {
  if (signedIn && signedIn.expiresAt && Date.parse(signedIn.expiresAt) <= Date.now()) {
    signedIn = null;
  }

  return signedIn;
}

export function startSession({ accessToken, expiresAt, login, isAdministrator }) {
  signedIn = { accessToken, expiresAt, login, isAdministrator };
  challenge = null;
  lock = null;
}

/** Forgets the session and everything shown during it, such as a company security code. */
export function endSession() {
  signedIn = null;
  resetResult = null;
}

/**
 * Returns the sign-in in progress after the password step: `{ token, login, attemptsRemaining,
 * reason, temporaryPassword }`. The temporary password is kept only to warn, as the person types,
 * that a new password repeats it. It is dropped when the sign-in ends.
 */
export function currentChallenge() {
  return challenge;
}

export function startChallenge(value) {
  challenge = { ...value };
  lock = null;
}

export function updateChallenge(changes) {
  if (challenge) {
    challenge = { ...challenge, ...changes };
  }
}

export function endChallenge() {
  challenge = null;
}

/** Returns the `account_locked` problem that sent the person to the locked-account page, or null. */
export function currentLock() {
  return lock;
}

export function recordLock(problem) {
  lock = problem;
  challenge = null;
}

/** Returns the response of the last reset of `userId`, with the company security code, or null. */
export function currentResetResult(userId) {
  return resetResult && resetResult.userId === userId ? resetResult : null;
}

export function recordResetResult(userId, body) {
  resetResult = { userId, ...body };
}

export function forgetResetResult() {
  resetResult = null;
}
