import type { Api } from '../../shared/contract';

declare global {
  interface Window {
    /** Set by Electron's preload; absent when the page is served by the HTTP bridge. */
    api?: Api;
  }
}

export {};
