// Where the API is. Empty means the API is on the same origin as the pages, under /api: the local
// host serves both, and an Azure Static Web App with a linked function app proxies /api to it.
// When the function app is on another origin, set its address here at deployment, for example
// 'https://func-merchantaccess.azurewebsites.net', allow the Static Web App's origin in the
// function app's CORS settings, and add the address to connect-src in staticwebapp.config.json.
export const apiBaseUrl = '';
