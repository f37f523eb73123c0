import type { Api } from '../../../shared/contract';
import { takeBridgeToken } from './bridgeToken';
import { createHttpApiWith } from './httpApi';

/** The browser harness: token from the URL (or this tab's storage), same-origin bridge. */
export function createHttpApi(): Api {
  const token = takeBridgeToken({ location: window.location, storage: window.sessionStorage, history: window.history });
  return createHttpApiWith({
    baseUrl: '',
    token,
    fetch: window.fetch.bind(window),
    openEventStream: (url, onData) => {
      // EventSource reconnects by itself after the core restarts; it lives as long as the page.
      const source = new EventSource(url);
      source.onmessage = (message: MessageEvent<unknown>) => onData(message.data);
      return source;
    },
  });
}

/** Electron's preload provides `window.api` (IPC); anywhere else the HTTP bridge serves the page. */
export const api: Api = window.api ?? createHttpApi();
