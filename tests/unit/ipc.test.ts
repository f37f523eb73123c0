/**
 * bindContract against the real core on a temp data folder, through the fake IPC pair in
 * support/fakeIpc.ts (the one mock: Electron's ipcMain cannot run without the Electron binary).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannel, METHOD_NAMES, PROGRESS_CHANNEL, type ProgressEvent } from '../../shared/contract';
import { bindContract, senderOriginOf } from '../../electron/ipc';
import { createCore, type Core } from '../../electron/services/core';
import { FakeIpcMain, FakeWebContents, invokeEvent } from './support/fakeIpc';

const repo = path.resolve(__dirname, '..', '..');
const APP_PAGE = 'app://caseready/index.html';
const newCase = {
  property: { address: '12 Elm St', parcelId: 'P-100' },
  owner: { name: 'Pat Owner', kind: 'individual', mailingAddress: '12 Elm St, Springfield' },
  inspector: 'R. Inspector',
};

let dataDir: string;
let core: Core;
let ipc: FakeIpcMain;
let unbind: () => void;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'caseready-ipc-'));
  core = await createCore({ dataDir, resourcesDir: path.join(repo, 'resources'), templatesDir: path.join(repo, 'templates'), actor: 'tester' });
  ipc = new FakeIpcMain();
  unbind = bindContract(ipc, core, senderOriginOf, { actor: 'tester', progressIntervalMs: 100 });
});

afterEach(() => {
  unbind();
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bindContract', () => {
  it('registers exactly one handler per contract method, and removes them all', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    expect(() => bindContract(ipc, core)).toThrow(/second handler/);
    unbind();
    expect(ipc.handlers.size).toBe(0);
    unbind = bindContract(ipc, core); // afterEach unbinds again
  });

  it('runs a call from our own page through dispatch to the real core', async () => {
    const created = (await ipc.invoke(ipcChannel('createCase'), invokeEvent(APP_PAGE), newCase)) as { ok: true; value: { id: number } };
    expect(created.ok).toBe(true);
    const listed = (await ipc.invoke(ipcChannel('listCases'), invokeEvent(APP_PAGE), {})) as { ok: true; value: { total: number } };
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });
    const got = await ipc.invoke(ipcChannel('getCase'), invokeEvent('app://caseready/cases/1'), { caseId: created.value.id });
    expect(got).toMatchObject({ ok: true });
  });

  it.each([
    ['an http page', 'http://caseready/index.html'],
    ['a file:// page', 'file:///tmp/dist/renderer/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a lookalike host', 'app://caseready.evil/index.html'],
    ['a destroyed frame (null)', null],
  ])('answers FORBIDDEN to %s and never reaches the core', async (_why, frameUrl) => {
    const result = await ipc.invoke(ipcChannel('createCase'), invokeEvent(frameUrl), newCase);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const listed = await ipc.invoke(ipcChannel('listCases'), invokeEvent(APP_PAGE), {});
    expect(listed).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('treats a senderFrame getter that throws as no origin', async () => {
    const event = {
      sender: new FakeWebContents(),
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(senderOriginOf(event)).toBeNull();
    expect(await ipc.invoke(ipcChannel('appInfo'), event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('asks the injected origin function, so the check is not hard-wired to senderFrame', async () => {
    const local = new FakeIpcMain();
    const seen: unknown[] = [];
    bindContract(local, core, (event) => (seen.push(event), 'app://other'));
    const result = await local.invoke(ipcChannel('appInfo'), invokeEvent(APP_PAGE), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(seen).toHaveLength(1);
  });

  it('validates input with the contract schema (VALIDATION, not a thrown error)', async () => {
    const bad = await ipc.invoke(ipcChannel('createCase'), invokeEvent(APP_PAGE), { ...newCase, owner: { ...newCase.owner, kind: 'dragon' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/owner\.kind/);
    const notAnObject = await ipc.invoke(ipcChannel('getCase'), invokeEvent(APP_PAGE), 'DROP TABLE cases');
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('passes AppErrors through with their code (NOT_FOUND)', async () => {
    const missing = await ipc.invoke(ipcChannel('getCase'), invokeEvent(APP_PAGE), { caseId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses malformed call options before running the method', async () => {
    const result = await ipc.invoke(ipcChannel('createCase'), invokeEvent(APP_PAGE), newCase, { jobId: { evil: true } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ipc.invoke(ipcChannel('listCases'), invokeEvent(APP_PAGE), {})).toMatchObject({ value: { total: 0 } });
  });

  it('sends progress events to the calling window only when a jobId is given (real photo import)', async () => {
    const created = (await ipc.invoke(ipcChannel('createCase'), invokeEvent(APP_PAGE), newCase)) as { ok: true; value: { id: number } };
    const photo = (name: string) => ({
      caseId: created.value.id,
      violationId: null,
      fileName: name,
      dataBase64: readFileSync(path.join(repo, 'tests', 'fixtures', 'photos', name)).toString('base64'),
    });
    const contents = new FakeWebContents();
    const imported = await ipc.invoke(ipcChannel('importPhoto'), invokeEvent(APP_PAGE, contents), photo('DSCN0010.jpg'), { jobId: 'import-1' });
    expect(imported).toMatchObject({ ok: true });
    const events = contents.sent.filter((m) => m.channel === PROGRESS_CHANNEL).map((m) => m.payload as ProgressEvent);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]).toMatchObject({ jobId: 'import-1', method: 'importPhoto', done: 0, total: 4 });
    expect(events.at(-1)).toMatchObject({ jobId: 'import-1', method: 'importPhoto', done: 4, total: 4 });
    for (const e of events) expect(e.message).toMatch(/DSCN0010\.jpg/);

    const quiet = new FakeWebContents();
    expect(await ipc.invoke(ipcChannel('importPhoto'), invokeEvent(APP_PAGE, quiet), photo('Canon_40D.jpg'))).toMatchObject({ ok: true });
    expect(quiet.sent).toEqual([]);
  });

  it('throttles a flood of progress reports from a handler and never sends to a destroyed window', async () => {
    // A core whose verify reports 1000 times in a tight loop: the binding must forward only a
    // handful (first, ~10/s, final). Handlers come from the real core; only verify is replaced.
    const flooding = {
      handlers: {
        ...core.handlers,
        verify: async (_input: unknown, ctx: { progress: (d: number, t: number, m: string) => void }) => {
          for (let i = 1; i <= 1000; i++) ctx.progress(i, 1000, `step ${i}`);
          return core.handlers.verify({}, { actor: 'tester', progress: () => undefined });
        },
      },
    } as unknown as Pick<Core, 'handlers'>;
    const local = new FakeIpcMain();
    bindContract(local, flooding, senderOriginOf, { actor: 'tester', progressIntervalMs: 100 });
    const contents = new FakeWebContents();
    await local.invoke(ipcChannel('verify'), invokeEvent(APP_PAGE, contents), {}, { jobId: 'flood' });
    const events = contents.sent.map((m) => m.payload as ProgressEvent);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.length).toBeLessThanOrEqual(3);
    expect(events[0]).toMatchObject({ done: 1 });
    expect(events.at(-1)).toMatchObject({ done: 1000, total: 1000, jobId: 'flood', method: 'verify' });

    const gone = new FakeWebContents();
    gone.destroyed = true;
    const result = await local.invoke(ipcChannel('verify'), invokeEvent(APP_PAGE, gone), {}, { jobId: 'flood' });
    expect(result).toMatchObject({ ok: true });
    expect(gone.sent).toEqual([]);
  });
});
