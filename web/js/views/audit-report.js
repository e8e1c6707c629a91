// The latest unlock audit report, for merchant support: the period it covers, its counts, the
// accounts locked when it was built, the anomalies, and every lock and unlock of the period, each
// with a link to the user's page. Support can also run the audit now, which replaces the report
// of the current UTC day, and open the report of an earlier UTC day.
import { ApiProblem, callApi } from '../api.js';
import { el, field, notice, problemSummary, whileBusy } from '../dom.js';
import { currentTimeZone, t } from '../i18n.js';
import { currentSession } from '../session.js';
import { page } from './layout.js';
import { followProblem } from './problem-routes.js';
import { actorKey, known } from './user-events.js';

export const titleKey = 'audit.title';

/** Counts shown under the period, in this order. Counts that a newer API adds are left out. */
const countNames = ['companies', 'codeLocks', 'passwordLocks', 'locks', 'unlocks', 'anomalies', 'timedLocksEnded', 'temporaryPasswordsExpired', 'accountsDisabled', 'errors'];

export function render() {
  const summary = problemSummary();
  const status = notice();
  const content = el('div', { class: 'page__content' }, el('p', { class: 'loading', i18n: 'audit.loading' }));
  const runForm = el('form', { class: 'form', novalidate: true }, [
    el('p', { class: 'field__hint', i18n: 'audit.runHint' }),
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--secondary', i18n: 'audit.run' })),
  ]);

  const day = field({ id: 'audit-day', label: 'audit.dayLabel', hint: 'audit.dayHint', type: 'date' });
  const dayForm = el('form', { id: 'audit-day-form', class: 'form', novalidate: true }, [
    day.wrapper,
    el('div', { class: 'form__actions' }, el('button', { type: 'submit', class: 'button button--secondary', i18n: 'audit.showDay' })),
  ]);

  // Loads the latest report, or the report of `reportDay` (yyyy-MM-dd) when one is given.
  const load = async (reportDay) => {
    const path = reportDay ? `/api/audit/unlock-reports/${encodeURIComponent(reportDay)}` : '/api/audit/unlock-reports/latest';
    try {
      const { body } = await callApi('GET', path, { accessToken: currentSession().accessToken });
      content.replaceChildren(...reportSections(body));
      return true;
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      // A missing report is a state the page describes, not an error: none yet, or none that day.
      if (failure.code === 'not_found') {
        content.replaceChildren(reportDay
          ? el('p', { id: 'audit-none', i18n: 'audit.noneForDay', i18nParams: { day: reportDay } })
          : el('p', { id: 'audit-none', i18n: 'audit.none' }));
        return true;
      }

      content.replaceChildren();
      if (!followProblem(failure)) {
        summary.show(failure, { day });
      }

      return false;
    }
  };

  dayForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    status.clear();
    if (!day.input.value) {
      day.showErrors([t('audit.dayRequired')]);
      day.input.focus();
      return;
    }

    day.clearErrors();
    await whileBusy(dayForm, () => load(day.input.value));
  });

  runForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    summary.clear();
    status.clear();
    try {
      await whileBusy(runForm, () => callApi('POST', '/api/audit/unlock-reports', { accessToken: currentSession().accessToken }));
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) {
        throw failure;
      }

      if (!followProblem(failure)) {
        summary.show(failure);
      }

      return;
    }

    if (await load()) {
      status.show('audit.ran');
      status.element.focus();
    }
  });

  load();

  const element = page(titleKey, [
    el('p', { class: 'field__hint', i18n: 'audit.timeZone', i18nParams: { zone: currentTimeZone() } }),
    summary.element,
    status.element,
    runForm,
    dayForm,
    content,
  ]);
  return { element };
}

/** Creates the sections of `report`: period and counts, current locks, anomalies and lock activity. */
function reportSections(report) {
  // Current locks give the login, but the other lists give only the user id.
  const logins = new Map(report.currentLocks.map((lock) => [lock.userId, lock.login]));
  return [
    el('h2', { id: 'audit-period-title', i18n: 'audit.periodTitle' }),
    periodDetails(report),
    el('h2', { id: 'audit-counts-title', i18n: 'audit.countsTitle' }),
    el('dl', { id: 'audit-counts', class: 'details' }, countNames
      .filter((name) => typeof report.counts?.[name] === 'number')
      .flatMap((name) => [el('dt', { i18n: `audit.count.${name}` }), el('dd', { 'data-count': name, text: String(report.counts[name]) })])),
    listSection('audit-locks', 'audit.locksTitle', 'audit.locksNone', ['company', 'user', 'kind', 'since', 'until'], report.currentLocks, (lock) => ({
      company: el('span', { text: lock.companyName }),
      user: userLink(lock.userId, lock.login, lock.companyName),
      kind: el('span', { class: `state state--${lock.kind === 'password' ? 'passwordLocked' : 'codeLocked'}`, i18n: `audit.lockKind.${lock.kind}` }),
      since: time(lock.lockedAt),
      until: lock.lockedUntil ? time(lock.lockedUntil) : el('span', { i18n: `audit.untilLifted.${lock.kind}` }),
    })),
    listSection('audit-anomalies', 'audit.anomaliesTitle', 'audit.anomaliesNone', ['kind', 'company', 'user', 'time', 'details'], report.anomalies, (anomaly) => ({
      kind: known(`audit.anomaly.${anomaly.kind}`, anomaly.kind, { class: 'anomaly-kind' }),
      company: el('span', { text: anomaly.companyName }),
      user: anomaly.userId ? userLink(anomaly.userId, logins.get(anomaly.userId), anomaly.companyName) : el('span', { i18n: 'audit.notGiven' }),
      time: anomaly.occurredAt ? time(anomaly.occurredAt) : el('span', { i18n: 'audit.notGiven' }),
      details: anomalyDetails(anomaly),
    })),
    listSection('audit-activity', 'audit.activityTitle', 'audit.activityNone', ['time', 'event', 'company', 'user', 'actor', 'reason'], report.lockActivity, (activity) => ({
      time: time(activity.occurredAt),
      event: el('span', {}, [
        el('span', { i18n: `audit.activity.${activity.kind}` }),
        activity.lockKind ? el('span', { text: ' ' }) : null,
        activity.lockKind ? el('span', { i18n: `audit.activityKind.${activity.lockKind}` }) : null,
      ]),
      company: el('span', { text: activity.companyName }),
      user: userLink(activity.userId, logins.get(activity.userId), activity.companyName),
      actor: el('span', { i18n: actorKey(activity, activity.userId) }),
      reason: activity.reason ? known(`events.value.${activity.reason}`, activity.reason) : el('span', { i18n: 'events.noReason' }),
    })),
  ];
}

function periodDetails(report) {
  const period = report.period;
  const trigger = report.trigger === 'onDemand' ? 'audit.trigger.onDemand' : 'audit.trigger.schedule';
  return el('dl', { id: 'audit-period', class: 'details' }, [
    el('dt', { i18n: 'audit.period' }),
    el('dd', {}, [
      el('span', { i18n: 'audit.from' }), ' ', time(period.from), ' ',
      el('span', { i18n: 'audit.to' }), ' ', time(period.to), ' ',
      el('span', { i18n: period.complete ? 'audit.complete' : 'audit.inProgress' }),
    ]),
    el('dt', { i18n: 'audit.trigger' }),
    el('dd', { i18n: trigger }),
    el('dt', { i18n: 'audit.generatedAt' }),
    el('dd', {}, time(report.generatedAt)),
    el('dt', { i18n: 'audit.revision' }),
    el('dd', { id: 'audit-revision', text: String(report.revision) }),
  ]);
}

/**
 * Creates a titled section with a table of `items` (one row each, cells from `cells(item)`), or
 * the `emptyKey` text when there are none. On phones each row becomes a card, as elsewhere.
 */
function listSection(id, titleKeyOfList, emptyKey, columns, items, cells) {
  const titleId = `${id}-title`;
  const body = items.length === 0
    ? el('p', { class: 'results__empty', i18n: emptyKey })
    : el('table', { class: 'data-table', role: 'table', 'aria-labelledby': titleId }, [
      el('thead', { role: 'rowgroup' }, el('tr', { role: 'row' }, columns.map((column) => el('th', { scope: 'col', role: 'columnheader', i18n: `audit.column.${column}` })))),
      el('tbody', { role: 'rowgroup' }, items.map((item) => {
        const values = cells(item);
        return el('tr', { role: 'row' }, columns.map((column) => el('td', { role: 'cell', 'data-column': column }, [
          el('span', { class: 'cell-label', 'aria-hidden': 'true', i18n: `audit.column.${column}` }),
          values[column],
        ])));
      })),
    ]);
  return el('section', { id, class: 'results-section', 'aria-labelledby': titleId }, [
    el('h2', { id: titleId, i18n: titleKeyOfList, i18nParams: { count: items.length } }),
    body,
  ]);
}

/** Creates a link to a user's page, named by the login when the report gives it. */
function userLink(userId, login, companyName) {
  const href = `/users/${encodeURIComponent(userId)}`;
  if (login) {
    return el('a', { href, 'data-link': true, class: 'user-login', text: login });
  }

  return el('a', { href, 'data-link': true }, [
    el('span', { i18n: 'audit.userPage' }),
    el('span', { class: 'visually-hidden', text: ` (${companyName})` }),
  ]);
}

function anomalyDetails(anomaly) {
  const items = [];
  if (typeof anomaly.lockCount === 'number') {
    items.push(el('li', { i18n: 'audit.detail.lockCount', i18nParams: { count: anomaly.lockCount } }));
  }

  if (anomaly.previousUnlockAt) {
    items.push(el('li', {}, [el('span', { i18n: 'audit.detail.previousUnlockAt' }), ' ', time(anomaly.previousUnlockAt)]));
  }

  if (anomaly.actorRole) {
    items.push(el('li', {}, [el('span', { i18n: 'audit.detail.actor' }), ' ', el('span', { i18n: actorKey(anomaly, anomaly.userId) })]));
  }

  return items.length > 0 ? el('ul', { class: 'event-details' }, items) : el('span', { i18n: 'events.noReason' });
}

function time(iso) {
  return el('time', { datetime: iso, i18nDate: iso });
}
