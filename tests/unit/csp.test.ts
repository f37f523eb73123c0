import { describe, expect, it } from 'vitest';
import { APP_CSP, buildCsp } from '../../electron/csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('CSP', () => {
  const policy = parse(APP_CSP);

  it('allows scripts only from our own origin: no inline, no eval, no remote', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it("allows inline styles (MUI/emotion) but nothing else 'unsafe'", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const unsafe = [...policy].filter(([, sources]) => sources.some((s) => s.startsWith("'unsafe")));
    expect(unsafe.map(([name]) => name)).toEqual(['style-src']);
  });

  it('locks down plugins, <base>, forms, frames, images and connections', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(['blob:']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('lets the HTTP bridge widen connect-src only', () => {
    const widened = parse(buildCsp({ connectSrc: ['http://127.0.0.1:41234'] }));
    expect(widened.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:41234']);
    expect(widened.get('script-src')).toEqual(["'self'"]);
  });

  it.each(["http://x; script-src 'unsafe-inline'", 'http://a http://b', '', 'http://host/path', "'self"])(
    'refuses a connect-src entry that could inject a directive: %j',
    (source) => expect(() => buildCsp({ connectSrc: [source] })).toThrow(/Not a valid CSP source/),
  );
});
