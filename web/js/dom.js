// Small helpers that build accessible markup: elements with translated texts, labelled form
// fields with hints and errors, and the error summary shown after a failed action.
import { t, translateElement } from './i18n.js';

/**
 * Creates an element. Options: `i18n` (text key), `i18nParams`, `i18nAttrs` ({ attribute: key }),
 * `i18nDate` (ISO time), `i18nDateSeconds` (show the time's seconds too), `text` (literal text),
 * `on<event>` listeners, and plain attributes
 * (`true` sets an empty attribute; `false`, `null` and `undefined` leave it out).
 */
export function el(tag, options = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }

    if (name === 'i18n') {
      element.dataset.i18n = value;
    } else if (name === 'i18nParams') {
      element.dataset.i18nParams = JSON.stringify(value);
    } else if (name === 'i18nAttrs') {
      element.dataset.i18nAttrs = Object.entries(value).map(([attribute, key]) => `${attribute}:${key}`).join(';');
    } else if (name === 'i18nDate') {
      element.dataset.i18nDate = value;
    } else if (name === 'i18nDateSeconds') {
      element.dataset.i18nDateSeconds = '';
    } else if (name === 'text') {
      element.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }

  element.append(...[children].flat().filter((child) => child !== null && child !== undefined && child !== false));
  translateElement(element);
  return element;
}

/** Announces `key`'s text to screen readers through the page's polite live region. */
export function announce(key, params) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  // A short delay makes screen readers notice a repeated message.
  window.setTimeout(() => {
    announcer.textContent = t(key, params);
  }, 50);
}

/**
 * Creates a labelled input with an optional hint and a place for its errors. `control` makes it
 * a 'select' (with `options`: `{ value, i18n }` or `{ value, text }`) or a 'textarea'. Returns
 * the wrapper, the control, and functions that show or clear the field's errors.
 */
export function field({
  id,
  name = id,
  label,
  labelParams,
  hint,
  hintParams,
  type = 'text',
  control = 'input',
  options = [],
  value,
  maxlength,
  autocomplete,
  inputmode,
  autocapitalize,
  spellcheck,
  describedBy = [],
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const attributes = {
    id,
    name,
    maxlength,
    autocomplete,
    inputmode,
    autocapitalize,
    spellcheck: spellcheck === undefined ? undefined : String(spellcheck),
  };
  let input;
  if (control === 'select') {
    input = el('select', attributes, options.map((option) => el('option', { value: option.value, i18n: option.i18n, text: option.text })));
  } else if (control === 'textarea') {
    input = el('textarea', { ...attributes, rows: 3 });
  } else {
    input = el('input', { ...attributes, type });
  }

  if (value !== undefined && value !== null) {
    input.value = value;
  }

  const error = el('p', { id: errorId, class: 'field__error', hidden: true });
  const wrapper = el('div', { class: 'field' }, [
    el('label', { for: id, i18n: label, i18nParams: labelParams }),
    hint ? el('p', { id: hintId, class: 'field__hint', i18n: hint, i18nParams: hintParams }) : null,
    error,
    input,
  ]);

  return fieldParts({ wrapper, input, label, error, descriptions: [hintId, ...describedBy] });
}

/** Creates a labelled checkbox with an optional hint; it returns the same parts as `field`. */
export function checkbox({ id, name = id, label, hint, checked = false }) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const input = el('input', { id, name, type: 'checkbox' });
  input.checked = checked;
  const error = el('p', { id: errorId, class: 'field__error', hidden: true });
  const wrapper = el('div', { class: 'field field--checkbox' }, [
    error,
    el('div', { class: 'checkbox' }, [input, el('label', { for: id, i18n: label })]),
    hint ? el('p', { id: hintId, class: 'field__hint', i18n: hint }) : null,
  ]);

  return fieldParts({ wrapper, input, label, error, descriptions: [hintId] });
}

/**
 * Returns the parts of a field, and ties its `descriptions` (ids of hints) and, while it shows
 * one, its error to the control with `aria-describedby`.
 */
function fieldParts({ wrapper, input, label, error, descriptions }) {
  const describe = (withError) => {
    const ids = [...descriptions, withError ? error.id : null].filter(Boolean);
    if (ids.length > 0) {
      input.setAttribute('aria-describedby', ids.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  };
  describe(false);

  return {
    wrapper,
    input,
    label,
    showErrors(messages) {
      error.replaceChildren(...messages.map((message) => el('span', { text: message })));
      error.hidden = false;
      wrapper.classList.add('field--invalid');
      input.setAttribute('aria-invalid', 'true');
      describe(true);
    },
    clearErrors() {
      error.replaceChildren();
      error.hidden = true;
      wrapper.classList.remove('field--invalid');
      input.removeAttribute('aria-invalid');
      describe(false);
    },
  };
}

/**
 * Creates the error summary of a view. `show(problem, fields)` fills it with the problem's title
 * and detail, lists field errors as links to their fields, marks those fields invalid, and moves
 * the focus to the summary so that screen readers read it at once.
 */
let summaryCount = 0;

export function problemSummary() {
  const container = el('div', { class: 'problem', tabindex: '-1', hidden: true });
  let marked = [];

  const clear = () => {
    container.hidden = true;
    container.replaceChildren();
    for (const markedField of marked) {
      markedField.clearErrors();
    }
    marked = [];
  };

  const show = (problem, fields = {}, extra = []) => {
    clear();
    summaryCount += 1;
    const titleId = `problem-title-${summaryCount}`;
    container.setAttribute('aria-labelledby', titleId);
    const items = [];
    for (const [name, messages] of Object.entries(problem.errors ?? {})) {
      const target = fields[name];
      if (target) {
        target.showErrors(messages);
        marked.push(target);
        const text = t('problem.fieldError', { label: t(target.label), message: messages.join(' ') });
        items.push(el('li', {}, el('a', { href: `#${target.input.id}`, text, onclick: (event) => focusField(event, target.input) })));
      } else {
        items.push(el('li', { text: messages.join(' ') }));
      }
    }

    const parts = [
      el('h2', { id: titleId, class: 'problem__title', text: problem.title }),
      problem.detail ? el('p', { class: 'problem__detail', text: problem.detail }) : null,
      ...extra,
      items.length > 0 ? el('ul', { class: 'problem__list' }, items) : null,
    ];
    container.append(...parts.filter(Boolean));
    container.hidden = false;
    container.focus();
  };

  return { element: container, show, clear };
}

function focusField(event, input) {
  event.preventDefault();
  input.focus();
}

/**
 * Creates a visible message area that screen readers announce when it changes. It exists empty
 * from the start, because a live region added together with its text is often not announced.
 */
export function notice() {
  const element = el('div', { class: 'notice', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  return {
    element,
    show(key, params) {
      element.replaceChildren(el('p', { i18n: key, i18nParams: params }));
      element.classList.add('notice--visible');
    },
    clear() {
      element.replaceChildren();
      element.classList.remove('notice--visible');
    },
  };
}

/** Disables a form's controls while its request runs, and marks it busy for assistive technology. */
export async function whileBusy(form, action) {
  const controls = [...form.querySelectorAll('button, input, select, textarea')];
  const wasDisabled = controls.map((control) => control.disabled);
  form.setAttribute('aria-busy', 'true');
  controls.forEach((control) => { control.disabled = true; });
  try {
    return await action();
  } finally {
    controls.forEach((control, index) => { control.disabled = wasDisabled[index]; });
    form.removeAttribute('aria-busy');
  }
}
