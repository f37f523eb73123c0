/**
 * An in-process stand-in for Electron's IPC pair (ipcMain <-> ipcRenderer). This is the one mock
 * in the test suite, and only because the Electron binary cannot be downloaded on the build
 * machines, so the real ipcMain cannot run here. It keeps the behaviours the binding relies on:
 * one handler per channel (a second `handle` throws, as Electron's does), arguments and results
 * cross by structured clone (functions and class instances do not survive, as over real IPC),
 * and `sender.send` reaches the renderer's listeners.
 */
import type { InvokeEventLike, IpcMainLike } from '../../../electron/ipc';
import type { RendererIpcLike } from '../../../electron/preloadApi';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What ipcRenderer.invoke does: find the handler, clone the arguments in and the result out. */
  async invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await listener(event, ...structuredClone(args)));
  }
}

export class FakeWebContents {
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    const payload = structuredClone(args[0]);
    this.sent.push({ channel, payload });
    for (const listener of this.listeners.get(channel) ?? []) listener(payload);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** An invoke event from a frame at `frameUrl` (null: the frame is gone). */
export function invokeEvent(frameUrl: string | null, sender = new FakeWebContents()): InvokeEventLike {
  return { sender, senderFrame: frameUrl === null ? null : { url: frameUrl } };
}

/** The renderer side, as the preload sees ipcRenderer, wired to `ipcMain` from a page at `frameUrl`. */
export function rendererIpc(ipcMain: FakeIpcMain, frameUrl: string, contents = new FakeWebContents()): RendererIpcLike {
  return {
    invoke: (channel, ...args) => ipcMain.invoke(channel, invokeEvent(frameUrl, contents), ...args),
    subscribe(channel, listener) {
      const set = contents.listeners.get(channel) ?? new Set();
      contents.listeners.set(channel, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
