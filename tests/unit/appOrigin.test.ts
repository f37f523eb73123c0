import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppOrigin, originOf } from '../../electron/appOrigin';

describe('isAppOrigin', () => {
  it.each(['app://caseready/index.html', 'app://caseready/', 'app://caseready', 'app://caseready/cases/3?x=1#top'])(
    'accepts our own page %s',
    (url) => expect(isAppOrigin(url)).toBe(true),
  );

  it.each([
    ['http on the same host name', 'http://caseready/index.html'],
    ['https', 'https://caseready/'],
    ['file:', 'file:///C:/app/dist/renderer/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a host that only starts with ours', 'app://caseready.evil.example/'],
    ['a port', 'app://caseready:8080/'],
    ['credentials before the host', 'app://user@caseready/'],
    ['user:password credentials', 'app://a:b@caseready/'],
    ['a blob created elsewhere', 'blob:https://evil.example/1234'],
    ['about:blank', 'about:blank'],
    ['data:', 'data:text/html,<script>1</script>'],
    ['a different scheme name', 'apps://caseready/'],
    ['the empty string', ''],
    ['garbage', 'not a url'],
  ])('rejects %s', (_why, url) => expect(isAppOrigin(url)).toBe(false));

  it('rejects a null or missing frame URL', () => {
    expect(isAppOrigin(null)).toBe(false);
    expect(isAppOrigin(undefined)).toBe(false);
  });

  it('rebuilds the origin that WHATWG URL reports as "null" for non-special schemes', () => {
    expect(new URL('app://caseready/x').origin).toBe('null');
    expect(originOf('app://caseready/x')).toBe(APP_ORIGIN);
    expect(originOf('file:///etc/passwd')).toBeNull();
  });
});
