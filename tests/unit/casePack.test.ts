import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import type { CaseDetail } from '../../shared/domain';
import { TEMPLATES_DIR } from './support/noticeFixture';

const RESOURCES = path.join(TEMPLATES_DIR, '..', 'resources');
const clock = { now: () => new Date('2026-11-02T15:00:00Z') };
const ctx = { actor: 'clerk', progress: () => undefined };

describe('each case keeps the pack it was opened under', () => {
  let dataDir: string;
  let core: Core | undefined;
  const open = async (jurisdiction?: string) => {
    core?.close();
    core = await createCore({ dataDir, resourcesDir: RESOURCES, templatesDir: TEMPLATES_DIR, actor: 'clerk', clock, ...(jurisdiction ? { jurisdiction } : {}) });
    return core;
  };
  const newCase = async (): Promise<CaseDetail> => {
    const r = await dispatch(core!.handlers, 'createCase', {
      property: { address: '1 Main St', parcelId: 'P-1' },
      owner: { name: 'A. Owner', kind: 'individual', mailingAddress: '1 Main St' },
      inspector: 'R. Inspector',
      openedOn: '2026-10-01',
    }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as CaseDetail;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'caseready-casepack-'));
  });
  afterEach(async () => {
    core?.close();
    core = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('records the loaded pack on a new case and returns it with the pack name', async () => {
    await open('model-strict');
    const c = await newCase();
    expect(c.pack).toEqual({ id: 'model-strict', version: '1.0.0', name: 'Model Strict City (IPMC 2021, strict checklists)' });
    const shown = await dispatch(core!.handlers, 'getCase', { caseId: c.id }, ctx);
    expect(shown).toMatchObject({ ok: true, value: { pack: { id: 'model-strict', version: '1.0.0' } } });
  });

  it('refuses documents under another pack with CONFLICT naming both and the move, until the case is moved (audited)', async () => {
    await open();
    const c = await newCase();
    await open('model-strict');
    const refused = await dispatch(core!.handlers, 'generateDocument', { caseId: c.id, kind: 'notice_of_violation' }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toContain(`Case ${c.caseNumber} was opened under the jurisdiction pack "model-ipmc" 1.0.0, but CaseReady has loaded "model-strict" 1.0.0`);
    expect(message).toContain(`caseready case move-pack --case ${c.caseNumber}`);
    expect(await dispatch(core!.handlers, 'generateDocument', { caseId: c.id, kind: 'demand_for_payment' }, ctx)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch(core!.handlers, 'previewDemandForPayment', { caseId: c.id }, ctx)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('move-pack') } });

    const moved = await dispatch(core!.handlers, 'moveCaseToPack', { caseId: c.id }, ctx);
    expect(moved).toMatchObject({ ok: true, value: { pack: { id: 'model-strict', version: '1.0.0' } } });
    const audit = core!.db.prepare(`SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as { action: string; details: string };
    expect(audit.action).toBe('case.move_pack');
    expect(JSON.parse(audit.details)).toEqual({ before: { id: 'model-ipmc', version: '1.0.0' }, after: { id: 'model-strict', version: '1.0.0' } });
    // No longer refused for the pack (the notice may still fail for its own reasons, never CONFLICT about the pack).
    const after = await dispatch(core!.handlers, 'previewDemandForPayment', { caseId: c.id }, ctx);
    if (!after.ok) expect(after.error.message).not.toContain('move-pack');
    expect(await dispatch(core!.handlers, 'moveCaseToPack', { caseId: c.id }, ctx)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('nothing to move') } });
  });

  it('a new version of the same pack also stops the case until it is moved', async () => {
    await open();
    const c = await newCase();
    const dir = path.join(dataDir, 'packs', 'model-ipmc');
    await cp(path.join(TEMPLATES_DIR, 'jurisdictions', 'model-ipmc'), dir, { recursive: true });
    const json = JSON.parse(await readFile(path.join(dir, 'pack.json'), 'utf8')) as Record<string, unknown>;
    json.version = '1.1.0';
    await writeFile(path.join(dir, 'pack.json'), JSON.stringify(json, null, 2));
    await open();
    const refused = await dispatch(core!.handlers, 'generateDocument', { caseId: c.id, kind: 'notice_of_violation' }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('"model-ipmc" 1.0.0, but CaseReady has loaded "model-ipmc" 1.1.0') } });
    expect(await dispatch(core!.handlers, 'moveCaseToPack', { caseId: c.id }, ctx)).toMatchObject({ ok: true, value: { pack: { version: '1.1.0' } } });
  });
});
