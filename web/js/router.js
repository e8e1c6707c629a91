// Routes addresses to views inside this one page, so that tokens kept in memory survive moving
// between screens. Each navigation sets the page title and moves the focus to the new heading
// (or to the error the view shows), so that screen-reader users notice that the screen changed.
import { onLanguageChange, t } from './i18n.js';
import { currentChallenge, currentSession } from './session.js';

const routes = [];
let active = null;
let main = null;
let onNavigated = () => {};

/**
 * Declares a route. `pattern` may hold `:name` segments. `access` is 'anyone', 'challenge' (a
 * sign-in in progress), 'session' (signed in), 'administrator' (may view users), 'manager' (may
 * change users, so an administrator who is not read-only, or support) or 'support'.
 */
export function addRoute(pattern, view, access = 'anyone') {
  const names = [];
  const source = pattern.replace(/:(\w+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  routes.push({ pattern, view, access, names, expression: new RegExp(`^${source}$`) });
}

/** Starts routing: renders the current address and follows links marked `data-link` and the back button. */
export function startRouter(container, { navigated } = {}) {
  main = container;
  onNavigated = navigated ?? onNavigated;

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-link]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }

    event.preventDefault();
    navigate(link.getAttribute('href'));
  });

  window.addEventListener('popstate', () => {
    // The skip link changes only the fragment; the view stays.
    if (active && active.path === currentAddress()) {
      return;
    }

    render(currentAddress(), {}, true);
  });

  onLanguageChange(setTitle);
  render(currentAddress(), {}, false);
}

function currentAddress() {
  return window.location.pathname + window.location.search;
}

/**
 * Shows the view of `path`, which may end with a query string. Options: `replace` (replace the
 * history entry), `flash` (key of a message to show), `problem` (an ApiProblem to show).
 */
export function navigate(path, options = {}) {
  go(path, options, true);
}

function go(path, options, moveFocus) {
  if (options.replace) {
    window.history.replaceState(null, '', path);
  } else {
    window.history.pushState(null, '', path);
  }

  render(path, options, moveFocus);
}

/** Returns the address of the home view for the current visitor. */
export function homePath() {
  const session = currentSession();
  if (!session) {
    return '/sign-in';
  }

  return session.isAdministrator ? '/users' : '/account';
}

function match(path) {
  for (const route of routes) {
    const found = route.expression.exec(path);
    if (found) {
      const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(found[index + 1])]));
      return { route, params };
    }
  }

  return null;
}

/** Returns where to send the visitor instead, when `access` is not met, with the message to show. */
function redirectFor(access) {
  const session = currentSession();
  if (access === 'challenge' && !currentChallenge()) {
    return { path: '/sign-in', flash: 'flash.startSignIn' };
  }

  if (access === 'anyone' || access === 'challenge') {
    return null;
  }

  if (!session) {
    return { path: '/sign-in', flash: 'flash.signInRequired' };
  }

  if (access !== 'session' && !session.isAdministrator) {
    return { path: '/account', flash: 'flash.administratorsOnly' };
  }

  if (access === 'manager' && !session.canManageUsers) {
    return { path: '/users', flash: 'flash.readOnly' };
  }

  if (access === 'support' && !session.isSupport) {
    return { path: '/users', flash: 'flash.supportOnly' };
  }

  return null;
}

function render(address, options, moveFocus) {
  const [path, search = ''] = address.split('?');

  // Redirects keep the focus behaviour of the navigation that caused them.
  if (path === '/' || path === '') {
    go(homePath(), { replace: true }, moveFocus);
    return;
  }

  const found = match(path);
  if (!found) {
    go(homePath(), { replace: true, flash: 'flash.pageNotFound' }, moveFocus);
    return;
  }

  const redirect = redirectFor(found.route.access);
  if (redirect) {
    go(redirect.path, { replace: true, flash: redirect.flash }, moveFocus);
    return;
  }

  active?.dispose?.();
  const view = found.route.view;
  const query = new URLSearchParams(search);
  const rendered = view.render({ params: found.params, query, flash: options.flash, problem: options.problem });
  active = { path: address, view, dispose: rendered.dispose };
  main.replaceChildren(rendered.element);
  setTitle();
  onNavigated(path);
  window.scrollTo(0, 0);

  if (moveFocus) {
    (rendered.focus ?? main.querySelector('h1') ?? main).focus();
  }
}

function setTitle() {
  if (active) {
    document.title = `${t(active.view.titleKey)} – ${t('app.name')}`;
  }
}
