// Calls the MerchantAccess API. Every request asks for the current language, so that problem
// titles and details come back in the language the person reads.
import { apiBaseUrl } from './config.js';
import { language, t } from './i18n.js';

/** A failed API call: the RFC 9457 problem the API returned, or one made here when it returned none. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = problem.code ?? null;
    this.title = problem.title;
    this.detail = problem.detail ?? '';
    this.problem = problem;
  }

  /** Field errors: field name → messages, as the API gives them in `errors`. */
  get errors() {
    return this.problem.errors ?? {};
  }
}

/**
 * Sends a request to the API and returns `{ status, body }` for a 2xx answer. Throws an
 * ApiProblem for any other answer and when the API cannot be reached.
 */
export async function callApi(method, path, { body, accessToken } = {}) {
  const headers = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language(),
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  if (accessToken) {
    headers.Authorization = `Bearer ${accessToken}`;
  }

  let response;
  try {
    response = await fetch(apiBaseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Tokens travel in the Authorization header only; no cookie is ever sent or stored.
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiProblem(0, { title: t('problem.network.title'), detail: t('problem.network.detail') });
  }

  const text = await response.text();
  let json = null;
  if (text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }

  if (response.ok) {
    return { status: response.status, body: json };
  }

  if (json && typeof json.title === 'string') {
    throw new ApiProblem(response.status, json);
  }

  // An answer without a problem body, such as a gateway error page.
  throw new ApiProblem(response.status, {
    title: t('problem.unexpected.title'),
    detail: t('problem.unexpected.detail', { status: response.status }),
  });
}
