// The locked-account page: the API's own title and detail, and the merchant support contact from
// the account_locked problem as links to call or write.
import { el } from '../dom.js';
import { currentLock } from '../session.js';
import { page } from './layout.js';

export const titleKey = 'locked.title';

export function render() {
  const lock = currentLock();
  if (!lock) {
    return {
      element: page(titleKey, [
        el('p', { i18n: 'locked.unknown' }),
        el('p', {}, el('a', { href: '/sign-in', 'data-link': true, i18n: 'locked.backToSignIn' })),
      ]),
    };
  }

  const contact = lock.supportContact ?? {};
  const element = page(titleKey, [
    el('div', { class: 'problem problem--locked' }, [
      el('h2', { class: 'problem__title', text: lock.title }),
      el('p', { class: 'problem__detail', text: lock.detail }),
    ]),
    el('h2', { i18n: 'locked.supportTitle' }),
    el('p', { i18n: lock.lockReason === 'password' ? 'locked.supportPassword' : 'locked.supportCode' }),
    el('dl', { class: 'contact' }, [
      contact.phone ? el('dt', { i18n: 'locked.phone' }) : null,
      contact.phone ? el('dd', {}, el('a', { id: 'support-phone', href: `tel:${contact.phone.replace(/[^+\d]/g, '')}`, text: contact.phone })) : null,
      contact.email ? el('dt', { i18n: 'locked.email' }) : null,
      contact.email ? el('dd', {}, el('a', { id: 'support-email', href: `mailto:${contact.email}`, text: contact.email })) : null,
    ]),
    lock.lockReason === 'password'
      ? el('p', {}, el('a', { href: '/forgotten-password', 'data-link': true, i18n: 'locked.forgotten' }))
      : null,
    el('p', { class: 'page__aside' }, el('a', { href: '/sign-in', 'data-link': true, i18n: 'locked.backToSignIn' })),
  ]);
  return { element };
}
