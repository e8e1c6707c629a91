// Paging through the API's continuation tokens, with Previous and Next buttons. The API gives
// only the token of the next page, so the tokens of the pages seen so far are kept to go back:
// `tokens[i]` fetches page i + 1, and `index` is the page shown.
import { el } from '../dom.js';

/** Records the token of the page after the one shown, dropping the tokens of pages that no longer follow. */
export function rememberNextPage(paging, continuationToken) {
  paging.tokens = paging.tokens.slice(0, paging.index + 1);
  if (continuationToken) {
    paging.tokens.push(continuationToken);
  }
}

/** Fills `pager` with Previous, the page number and Next; `move(delta)` shows another page. Empty when there is one page. */
export function showPager(pager, paging, move) {
  const hasPrevious = paging.index > 0;
  const hasNext = paging.tokens.length > paging.index + 1;
  if (!hasPrevious && !hasNext) {
    pager.replaceChildren();
    return;
  }

  pager.replaceChildren(
    el('button', { type: 'button', class: 'button button--secondary', disabled: !hasPrevious, i18n: 'users.previous', onclick: () => move(-1) }),
    el('span', { class: 'pager__page', i18n: 'users.page', i18nParams: { page: paging.index + 1 } }),
    el('button', { type: 'button', class: 'button button--secondary', disabled: !hasNext, i18n: 'users.next', onclick: () => move(1) }),
  );
}
