/**
 * The renderer's routes live in the URL hash (`#/cases`, `#/cases/12`) so the same build works
 * from Electron's app:// files and from the HTTP bridge without server-side routing.
 */
export type Route =
  | { readonly page: 'cases' }
  | { readonly page: 'case'; readonly caseId: number }
  | { readonly page: 'codes' }
  | { readonly page: 'dashboard' }
  | { readonly page: 'settings' }
  | { readonly page: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/cases') return { page: 'cases' };
  if (path === '/codes') return { page: 'codes' };
  if (path === '/dashboard') return { page: 'dashboard' };
  if (path === '/settings') return { page: 'settings' };
  const match = /^\/cases\/([1-9]\d{0,14})$/.exec(path);
  if (match) return { page: 'case', caseId: Number(match[1]) };
  return { page: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'cases':
      return '#/cases';
    case 'case':
      return `#/cases/${route.caseId}`;
    case 'codes':
      return '#/codes';
    case 'dashboard':
      return '#/dashboard';
    case 'settings':
      return '#/settings';
    case 'notFound':
      return '#/not-found';
  }
}
