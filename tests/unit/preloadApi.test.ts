/**
 * window.api as the preload builds it, wired through the fake IPC pair (support/fakeIpc.ts, the
 * one mock: Electron's IPC cannot run without the Electron binary) to bindContract and the real
 * core on a temp data folder: the renderer-to-core path without Electron.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel, MENU_CHANNEL, METHOD_NAMES, PROGRESS_CHANNEL, type Api, type ProgressEvent } from '../../shared/contract';
import { bindContract } from '../../electron/ipc';
import { buildApi, type RendererIpcLike } from '../../electron/preloadApi';
import { createCore, type Core } from '../../electron/services/core';
import { FakeIpcMain, FakeWebContents, rendererIpc } from './support/fakeIpc';

const repo = path.resolve(__dirname, '..', '..');
let dataDir: string;
let core: Core;
let ipcMain: FakeIpcMain;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'caseready-preload-'));
  core = await createCore({ dataDir, resourcesDir: path.join(repo, 'resources'), templatesDir: path.join(repo, 'templates') });
  ipcMain = new FakeIpcMain();
  bindContract(ipcMain, core);
});

afterAll(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('buildApi', () => {
  it('has one function per contract method plus onProgress, onMenu and transport — nothing else', () => {
    const api = buildApi(rendererIpc(ipcMain, 'app://caseready/index.html'));
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onMenu', 'onProgress', 'transport'].sort());
    for (const name of METHOD_NAMES) expect(typeof api[name]).toBe('function');
    expect(api.transport).toBe('ipc');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards exactly (channel, input, options) — extra page arguments do not cross', () => {
    const calls: unknown[][] = [];
    const recording: RendererIpcLike = {
      invoke: async (...args) => (calls.push(args), { ok: true, value: null }),
      subscribe: () => () => undefined,
    };
    const api = buildApi(recording);
    const call = api.getCase as unknown as (...args: unknown[]) => Promise<unknown>;
    void call({ caseId: 1 }, { jobId: 'j' }, 'extra', () => 'fn');
    expect(calls).toEqual([[ipcChannel('getCase'), { caseId: 1 }, { jobId: 'j' }]]);
  });

  it('reaches the real core from our page', async () => {
    const api: Api = buildApi(rendererIpc(ipcMain, 'app://caseready/index.html'));
    const info = await api.appInfo({});
    expect(info.ok && info.value.dataDir).toBe(path.resolve(dataDir));
    const created = await api.createCase({
      property: { address: '1 Main St', parcelId: 'P-1' },
      owner: { name: 'A Owner', kind: 'organization', mailingAddress: 'PO Box 1' },
      inspector: 'Insp',
    });
    expect(created.ok).toBe(true);
    const listed = await api.listCases({});
    expect(listed.ok && listed.value.total).toBe(1);
  });

  it('is refused (FORBIDDEN) when the same preload runs in a page from elsewhere', async () => {
    const api = buildApi(rendererIpc(ipcMain, 'https://evil.example/'));
    expect(await api.listCases({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('delivers progress payloads (not IPC events) to listeners until they unsubscribe', () => {
    const contents = new FakeWebContents();
    const api = buildApi(rendererIpc(ipcMain, 'app://caseready/index.html', contents));
    const seen: ProgressEvent[] = [];
    const unsubscribe = api.onProgress((e) => seen.push(e));
    const event: ProgressEvent = { jobId: 'j1', method: 'verify', done: 1, total: 2, message: 'half' };
    contents.send(PROGRESS_CHANNEL, event);
    unsubscribe();
    contents.send(PROGRESS_CHANNEL, { ...event, done: 2 });
    expect(seen).toEqual([event]);
  });

  it('passes only known menu commands to onMenu listeners', () => {
    const contents = new FakeWebContents();
    const api = buildApi(rendererIpc(ipcMain, 'app://caseready/index.html', contents));
    const seen: string[] = [];
    const unsubscribe = api.onMenu!((command) => seen.push(command));
    contents.send(MENU_CHANNEL, 'newCase');
    contents.send(MENU_CHANNEL, 'formatDisk');
    contents.send(MENU_CHANNEL, { command: 'newCase' });
    unsubscribe();
    contents.send(MENU_CHANNEL, 'newCase');
    expect(seen).toEqual(['newCase']);
  });
});
