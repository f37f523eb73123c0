import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedSubframeNavigation, secureWebPreferences } from '../../electron/windowPolicy';

describe('secureWebPreferences', () => {
  it('pins the security settings of every window', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
    });
  });

  it('enables DevTools only when asked (development)', () => {
    expect(secureWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });
});

describe('navigation guards', () => {
  it('lets the main frame go only to our own pages', () => {
    expect(isAllowedNavigation('app://caseready/index.html#/cases/4')).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)', 'blob:app://caseready/1', 'about:blank']) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });

  it('lets iframes show our pages, an empty frame and our own Blob URLs (PDF preview) only', () => {
    expect(isAllowedSubframeNavigation('blob:app://caseready/5b1d3f0e-1111-2222-3333-444455556666')).toBe(true);
    expect(isAllowedSubframeNavigation('about:blank')).toBe(true);
    expect(isAllowedSubframeNavigation('app://caseready/index.html')).toBe(true);
    for (const url of ['blob:https://evil.example/123', 'blob:null/123', 'https://evil.example/', 'data:text/html,x', 'about:srcdoc2']) {
      expect(isAllowedSubframeNavigation(url)).toBe(false);
    }
  });
});
