// What the front end keeps about the person using it, in this page's memory only. Nothing here
// is written to localStorage, sessionStorage or a cookie. Reloading or closing the tab forgets
// it, so a token never outlives the page that received it.
import { setTimeZone } from './i18n.js';

let signedIn = null;
let challenge = null;
let lock = null;
let issued = null;
let destination = null;
const companyNames = new Map();
const listeners = new Set();

/**
 * Returns the signed-in person, or null once the token has expired: `{ accessToken, expiresAt,
 * login, profile, isAdministrator, isSupport, canManageUsers }`. The profile is the response of
 * GET /api/me.
 */
export function currentSession() {
  if (signedIn && signedIn.expiresAt && Date.parse(signedIn.expiresAt) <= Date.now()) {
    endSession();
  }

  return signedIn;
}

/** Starts the session of a person who has just signed in, with their profile from GET /api/me. */
export function startSession({ accessToken, expiresAt, profile }) {
  signedIn = withRoles({ accessToken, expiresAt }, profile);
  challenge = null;
  lock = null;
  setTimeZone(profile.timeZone);
  notify();
}

/** Replaces the profile of the signed-in person, for example after support changed their permissions. */
export function updateProfile(profile) {
  if (!signedIn) {
    return;
  }

  signedIn = withRoles(signedIn, profile);
  setTimeZone(profile.timeZone);
  notify();
}

/** Forgets the session and everything shown during it, such as a company security code. */
export function endSession() {
  const wasSignedIn = signedIn !== null;
  signedIn = null;
  issued = null;
  companyNames.clear();
  setTimeZone(null);
  if (wasSignedIn) {
    notify();
  }
}

/** Calls `listener` after the session starts, ends or gets a new profile; returns a function that removes it. */
export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) {
    listener(signedIn);
  }
}

/**
 * Adds what the pages need to know about the person's rights. Support agents manage users of
 * every company; a merchant user needs the manageUsers permission, and a read-only one may view
 * but not change.
 */
function withRoles({ accessToken, expiresAt }, profile) {
  const isSupport = profile.role === 'support';
  const isAdministrator = isSupport || (profile.permissions ?? []).includes('manageUsers');
  return {
    accessToken,
    expiresAt,
    login: profile.login,
    profile,
    isSupport,
    isAdministrator,
    canManageUsers: isAdministrator && !profile.readOnly,
  };
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

/**
 * Returns the response that issued new identifiers to `userId` (`kind`: 'reset', 'created',
 * 'unlocked' or 'enabled'), with the company security code, or null.
 */
export function currentIssuedCredentials(userId, kind) {
  return issued && issued.userId === userId && issued.kind === kind ? issued : null;
}

/** Keeps the response of a reset, creation, unlock or enabling until its result page is left. */
export function recordIssuedCredentials(userId, kind, body) {
  issued = { userId, kind, ...body };
}

export function forgetIssuedCredentials() {
  issued = null;
}

/** Remembers the name of a company seen in an API response, so that later pages can show it. */
export function rememberCompanyName(companyId, name) {
  if (companyId && name) {
    companyNames.set(companyId, name);
  }
}

/** Returns the name of a company seen earlier in this session, or null. */
export function knownCompanyName(companyId) {
  return companyNames.get(companyId) ?? null;
}

/** Remembers the address that needed a session, to open it once the person has signed in. */
export function rememberDestination(address) {
  destination = address;
}

/** Returns the address stored by `rememberDestination`, or null, and clears it. */
export function takeDestination() {
  const address = destination;
  destination = null;
  return address;
}
