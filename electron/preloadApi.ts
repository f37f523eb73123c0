/**
 * Builds the object the preload exposes as `window.api`, by walking METHOD_NAMES. Pure: the
 * preload passes thin wrappers around ipcRenderer, the unit tests pass recording fakes.
 *
 * Imports only shared/methodNames.ts (zod-free) and types: this file is bundled into the
 * sandboxed preload, which must stay small and may require nothing but 'electron'.
 */
import type { Api, ProgressEvent } from '../shared/contract';
import { isMenuCommand, MENU_CHANNEL, METHOD_NAMES, ipcChannel, PROGRESS_CHANNEL, type MenuCommand } from '../shared/methodNames';

export interface RendererIpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Subscribe to `channel`; the listener gets the payload only. Returns the unsubscribe. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

export function buildApi(ipc: RendererIpcLike): Api {
  const methods: Record<string, (input: unknown, options?: unknown) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    const channel = ipcChannel(name);
    // Exactly two arguments cross the bridge: extra arguments from the page are not forwarded.
    methods[name] = (input, options) => ipc.invoke(channel, input, options);
  }
  const onProgress = (listener: (event: ProgressEvent) => void): (() => void) =>
    ipc.subscribe(PROGRESS_CHANNEL, (payload) => listener(payload as ProgressEvent));
  const onMenu = (listener: (command: MenuCommand) => void): (() => void) =>
    ipc.subscribe(MENU_CHANNEL, (payload) => {
      if (isMenuCommand(payload)) listener(payload);
    });
  // The mapped method type cannot be built key by key in a loop, so the assembled object is
  // asserted once here; tests/unit/preloadApi.test.ts checks every method is present and wired.
  return Object.freeze({ ...methods, onProgress, onMenu, transport: 'ipc' as const }) as unknown as Api;
}
