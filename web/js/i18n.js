// Texts of the pages in French (the default) and English, and the switch between them.
// The chosen language is remembered in localStorage: it is a preference, not a secret.
import fr from './messages/fr.js';
import en from './messages/en.js';

const catalogs = { fr, en };
const storageKey = 'merchantaccess.language';
const listeners = new Set();

let current = storedLanguage() ?? 'fr';

// The IANA time zone of the signed-in person's profile; null uses the browser's own.
let timeZone = null;

function storedLanguage() {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value in catalogs ? value : null;
  } catch {
    // Storage may be disabled by the browser's privacy settings; French is then used.
    return null;
  }
}

/** Returns the current language: 'fr' or 'en'. */
export function language() {
  return current;
}

/** Switches the pages to `next`, remembers the choice and translates what is on screen. */
export function setLanguage(next) {
  if (!(next in catalogs)) {
    throw new Error(`Unknown language '${next}'; expected one of ${Object.keys(catalogs).join(', ')}.`);
  }

  current = next;
  try {
    window.localStorage.setItem(storageKey, next);
  } catch {
    // The choice then lasts until the page is reloaded.
  }

  document.documentElement.lang = next;
  translate(document);
  for (const listener of listeners) {
    listener(next);
  }
}

/** Calls `listener` after each language switch; returns a function that removes it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns whether `key` has a text, so that a value the pages do not know yet can be shown as it is. */
export function hasText(key) {
  return key in catalogs[current] || key in catalogs.fr;
}

/** Returns the text of `key` in the current language, with `{name}` placeholders replaced from `params`. */
export function t(key, params = {}) {
  const template = catalogs[current][key] ?? catalogs.fr[key];
  if (template === undefined) {
    console.error(`Missing text '${key}'`);
    return key;
  }

  return template.replace(/\{(\w+)\}/g, (placeholder, name) => (name in params ? String(params[name]) : placeholder));
}

/**
 * Sets the time zone that times are shown in: the IANA id of the signed-in person's profile, or
 * null for the browser's own. An id the browser does not know is ignored.
 */
export function setTimeZone(zone) {
  timeZone = null;
  if (!zone) {
    return;
  }

  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    timeZone = zone;
  } catch {
    console.warn(`Unknown time zone '${zone}'; times are shown in the browser's time zone.`);
  }
}

/** Returns the IANA id of the time zone that times are shown in. */
export function currentTimeZone() {
  return timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function formatter(options) {
  const locale = current === 'en' ? 'en-GB' : 'fr-FR';
  return new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
}

/**
 * Formats an ISO 8601 time for people, in the current language and the signed-in person's time
 * zone. `seconds` adds the seconds, which tell apart events of the same minute.
 */
export function formatDateTime(iso, { seconds = false } = {}) {
  return formatter({ dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' }).format(new Date(iso));
}

/** Formats an ISO 8601 time as hours and minutes, in the current language and the signed-in person's time zone. */
export function formatTime(iso) {
  return formatter({ timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Fills the texts of `element` from its data attributes: `data-i18n` (text content, with
 * parameters in `data-i18n-params`), `data-i18n-attrs` ('attribute:key;…') and `data-i18n-date`
 * (with `data-i18n-date-seconds` for the seconds).
 */
export function translateElement(element) {
  const { i18n, i18nParams, i18nAttrs, i18nDate, i18nDateSeconds } = element.dataset;
  if (i18n) {
    element.textContent = t(i18n, i18nParams ? JSON.parse(i18nParams) : {});
  }

  if (i18nDate) {
    element.textContent = formatDateTime(i18nDate, { seconds: i18nDateSeconds !== undefined });
  }

  if (i18nAttrs) {
    for (const pair of i18nAttrs.split(';')) {
      const [attribute, key] = pair.split(':');
      element.setAttribute(attribute, t(key));
    }
  }
}

/** Translates every element under `root` that carries texts to translate. */
export function translate(root) {
  for (const element of root.querySelectorAll('[data-i18n], [data-i18n-attrs], [data-i18n-date]')) {
    translateElement(element);
  }
}
