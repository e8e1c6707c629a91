// The modal dialog that confirms an action on a user: a reset, disabling, enabling or an unlock.
import { el } from '../dom.js';

/**
 * Creates a modal `<dialog>` with a title, a message, optional `content` (such as a field) and
 * Cancel and confirm buttons. The focus starts on `initialFocus`, or on Cancel so that Enter does
 * not confirm by accident. Cancel and Escape close it and return the focus to the button that
 * opened it.
 */
export function confirmationDialog({ id, titleKey, confirmKey, cancelKey = 'users.dialog.cancel', confirmClass = 'button--danger', content = [], initialFocus }) {
  const message = el('p', { id: `${id}-message` });
  const cancel = el('button', { type: 'button', class: 'button button--secondary', i18n: cancelKey });
  const confirm = el('button', { type: 'button', class: `button ${confirmClass}`, i18n: confirmKey });
  const element = el('dialog', { id, class: 'dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-message` }, [
    el('h2', { id: `${id}-title`, i18n: titleKey }),
    message,
    ...content,
    el('div', { class: 'dialog__actions' }, [cancel, confirm]),
  ]);

  let target = null;
  let opener = null;
  let confirmed = async () => {};
  const close = ({ restoreFocus }) => {
    element.close();
    if (restoreFocus && opener?.isConnected) {
      opener.focus();
    }
  };

  cancel.addEventListener('click', () => close({ restoreFocus: true }));
  // Escape closes the dialog through its cancel event.
  element.addEventListener('cancel', (event) => {
    event.preventDefault();
    close({ restoreFocus: true });
  });
  confirm.addEventListener('click', async () => {
    const controls = [...element.querySelectorAll('button, input, textarea')];
    controls.forEach((control) => { control.disabled = true; });
    element.setAttribute('aria-busy', 'true');
    try {
      await confirmed(target);
    } finally {
      controls.forEach((control) => { control.disabled = false; });
      element.removeAttribute('aria-busy');
    }
  });

  return {
    element,
    /** Opens the dialog about `value`, with `text` (an element) as its message; `button` gets the focus back on cancel. */
    open(value, text, button) {
      target = value;
      opener = button;
      message.replaceChildren(text);
      element.showModal();
      (initialFocus ?? cancel).focus();
    },
    close,
    onConfirm(handler) {
      confirmed = handler;
    },
  };
}
