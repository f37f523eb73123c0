import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/src/lib/route';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['', { page: 'cases' }],
    ['#', { page: 'cases' }],
    ['#/', { page: 'cases' }],
    ['#/cases', { page: 'cases' }],
    ['#/cases/', { page: 'cases' }],
    ['#/cases/12', { page: 'case', caseId: 12 }],
    ['#/cases/12/', { page: 'case', caseId: 12 }],
    ['#/cases/0', { page: 'notFound' }],
    ['#/cases/012', { page: 'notFound' }],
    ['#/cases/-3', { page: 'notFound' }],
    ['#/cases/1e3', { page: 'notFound' }],
    ['#/cases/12abc', { page: 'notFound' }],
    ['#/cases/99999999999999999999', { page: 'notFound' }],
    ['#/settings', { page: 'settings' }],
    ['#/codes', { page: 'codes' }],
    ['#/codes/1', { page: 'notFound' }],
    ['#/dashboard', { page: 'dashboard' }],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route through its href', () => {
    for (const route of [{ page: 'cases' }, { page: 'case', caseId: 42 }, { page: 'codes' }, { page: 'dashboard' }] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
