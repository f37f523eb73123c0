/**
 * The preload: runs sandboxed (sandbox: true) in an isolated world (contextIsolation: true), so it
 * may require only 'electron' — scripts/build.mjs bundles preloadApi.ts and
 * shared/methodNames.ts into it. The page gets `window.api` and nothing else: no ipcRenderer, no
 * event objects (an IpcRendererEvent carries `sender`, which would hand the page ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from './preloadApi';

const api = buildApi({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  subscribe(channel, listener) {
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('api', api);
