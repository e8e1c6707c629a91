// The account events of a user, newest first, a page at a time: what happened, how it ended, who
// acted, the stated reason and the time in the signed-in person's time zone. A type, reason or
// detail that the pages have no text for is shown as the API gives it.
import { ApiProblem, callApi } from '../api.js';
import { announce, el, problemSummary } from '../dom.js';
import { currentTimeZone, hasText } from '../i18n.js';
import { currentSession } from '../session.js';
import { page } from './layout.js';
import { rememberNextPage, showPager } from './paging.js';
import { followProblem } from './problem-routes.js';
import { loadUser } from './user-detail.js';

export const titleKey = 'events.title';

/** Events per page: a day's sign-ins and resets of one user fit on one. */
const pageSize = 20;

/** Details that only link records together; a person reading the events gains nothing from them. */
const hiddenDetails = new Set(['deliveryId']);

export function render({ params }) {
  const summary = problemSummary();
  const userPath = `/users/${encodeURIComponent(params.userId)}`;
  const heading = el('p', { class: 'events__user' });
  const zone = el('p', { class: 'field__hint', i18n: 'events.timeZone', i18nParams: { zone: currentTimeZone() } });
  const listTitle = el('h2', { id: 'events-title', tabindex: '-1', i18n: 'events.listTitle' });
  const list = el('div', { class: 'results' }, el('p', { class: 'loading', i18n: 'userDetail.loading' }));
  const pager = el('nav', { class: 'pager', i18nAttrs: { 'aria-label': 'events.paging' } });
  const paging = { tokens: [null], index: 0 };

  const load = async ({ moveFocus }) => {
    summary.clear();
    const parameters = new URLSearchParams({ pageSize: String(pageSize) });
    const token = paging.tokens[paging.index];
    if (token) {
      parameters.set('continuationToken', token);
    }

    try {
      const { body } = await callApi('GET', `/api/users/${encodeURIComponent(params.userId)}/events?${parameters}`, { accessToken: currentSession().accessToken });
      rememberNextPage(paging, body.continuationToken);
      showEvents(list, body.items, params.userId);
      showPager(pager, paging, (delta) => {
        paging.index += delta;
        load({ moveFocus: true });
      });
      announce('events.found', { count: body.items.length, page: paging.index + 1 });
      if (moveFocus) {
        listTitle.focus();
      }
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (!followProblem(failure)) {
        list.replaceChildren();
        summary.show(failure);
      }
    }
  };

  loadUser(params.userId, summary).then((user) => {
    if (user) {
      heading.replaceChildren(el('span', { i18n: 'events.of' }), ' ', el('strong', { text: `${user.firstName} ${user.lastName}` }), ` (${user.login})`);
      load({ moveFocus: false });
    } else {
      list.replaceChildren();
    }
  });

  const element = page(titleKey, [
    heading,
    zone,
    summary.element,
    el('section', { class: 'results-section', 'aria-labelledby': 'events-title' }, [listTitle, list, pager]),
    el('p', { class: 'page__aside' }, el('a', { href: userPath, 'data-link': true, i18n: 'reset.backToUser' })),
  ]);
  return { element };
}

function showEvents(container, events, userId) {
  if (events.length === 0) {
    container.replaceChildren(el('p', { class: 'results__empty', i18n: 'events.none' }));
    return;
  }

  const columns = ['time', 'type', 'outcome', 'actor', 'reason', 'details'];
  const header = el('tr', { role: 'row' }, columns.map((column) => el('th', { scope: 'col', role: 'columnheader', i18n: `events.column.${column}` })));
  const rows = events.map((event) => {
    const cells = {
      time: el('time', { datetime: event.occurredAt, i18nDate: event.occurredAt, i18nDateSeconds: true }),
      type: known(`events.type.${event.type}`, event.type, { class: 'event-type' }),
      outcome: el('span', { class: `outcome outcome--${event.outcome}`, i18n: `events.outcome.${event.outcome}` }),
      actor: el('span', { i18n: actorKey(event, userId) }),
      reason: event.reason ? known(`events.value.${event.reason}`, event.reason, { class: 'event-reason' }) : el('span', { i18n: 'events.noReason' }),
      details: detailList(event),
    };
    return el('tr', { role: 'row', 'data-type': event.type }, columns.map((column) => el('td', { role: 'cell', 'data-column': column }, [
      el('span', { class: 'cell-label', 'aria-hidden': 'true', i18n: `events.column.${column}` }),
      cells[column],
    ])));
  });

  container.replaceChildren(el('table', { class: 'data-table events-table', role: 'table', 'aria-labelledby': 'events-title' }, [
    el('thead', { role: 'rowgroup' }, header),
    el('tbody', { role: 'rowgroup' }, rows),
  ]));
}

/** Returns who acted, as a text key: the user themselves, an administrator, merchant support or the platform. */
function actorKey(event, userId) {
  if (event.actorRole === 'system' || !event.actorRole) {
    return 'events.actor.system';
  }

  if (event.actorId === userId) {
    return 'events.actor.self';
  }

  return event.actorRole === 'support' ? 'events.actor.support' : 'events.actor.administrator';
}

/** Creates a span with the text of `key`, or with `raw` as it is when the pages have no text for it. */
function known(key, raw, attributes = {}) {
  return hasText(key) ? el('span', { ...attributes, i18n: key }) : el('span', { ...attributes, text: raw });
}

/** Creates the list of an event's details and client address, each with a label in the current language. */
function detailList(event) {
  const items = Object.entries(event.details ?? {})
    .filter(([name]) => !hiddenDetails.has(name))
    .map(([name, value]) => el('li', {}, detail(name, value)));
  if (event.clientAddress) {
    items.push(el('li', {}, [el('span', { i18n: 'events.detail.clientAddress' }), ' ', el('span', { text: event.clientAddress })]));
  }

  return items.length > 0 ? el('ul', { class: 'event-details' }, items) : el('span', { i18n: 'events.noReason' });
}

function detail(name, value) {
  const label = known(`events.detail.${name}`, `${name}:`);
  if (name === 'fields') {
    const names = value.split(',').filter(Boolean);
    return [label, ' ', ...names.flatMap((changed, index) => [index > 0 ? ', ' : null, known(`events.field.${changed}`, changed)])];
  }

  return [label, ' ', known(`events.value.${value}`, value)];
}
