// Parts shared by the views: the page frame with its heading and a message carried over from the
// previous screen.
import { announce, el } from '../dom.js';

/** Creates a view's frame: an `h1` that navigation focuses, then `children`. */
export function page(titleKey, children, { titleParams } = {}) {
  return el('div', { class: 'page' }, [
    el('h1', { class: 'page__title', tabindex: '-1', i18n: titleKey, i18nParams: titleParams }),
    ...children,
  ]);
}

/** Creates the notice of a message passed by the previous screen (such as "signed out"), and announces it. */
export function flashMessage(flash) {
  if (!flash) {
    return null;
  }

  announce(flash);
  return el('div', { class: 'notice notice--visible' }, el('p', { i18n: flash }));
}
