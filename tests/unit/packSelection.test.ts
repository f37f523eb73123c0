import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import { listPacks, usePack, withPackStore } from '../../electron/services/packs/packSelection';
import { readSetting } from '../../electron/services/settings';
import { PACK_SETTING } from '../../shared/packs';
import { TEMPLATES_DIR } from './support/noticeFixture';

const RESOURCES = path.join(TEMPLATES_DIR, '..', 'resources');
const clock = { now: () => new Date('2026-11-02T15:00:00Z') };

describe('choosing the jurisdiction pack', () => {
  let dataDir: string;
  let core: Core | undefined;
  const open = async (jurisdiction?: string) => {
    core?.close();
    core = await createCore({ dataDir, resourcesDir: RESOURCES, templatesDir: TEMPLATES_DIR, actor: 'clerk', clock, ...(jurisdiction ? { jurisdiction } : {}) });
    return core;
  };
  const ownPack = async (id: string, edit: (p: Record<string, unknown>) => void, from = 'model-ipmc') => {
    const dir = path.join(dataDir, 'packs', id);
    await cp(path.join(TEMPLATES_DIR, 'jurisdictions', from), dir, { recursive: true });
    const json = JSON.parse(await readFile(path.join(dir, 'pack.json'), 'utf8')) as Record<string, unknown>;
    edit(json);
    await writeFile(path.join(dir, 'pack.json'), JSON.stringify(json, null, 2));
    return dir;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'caseready-packsel-'));
  });
  afterEach(async () => {
    core?.close();
    core = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads model-ipmc when nothing is chosen, the setting when one is, and an explicit option over both', async () => {
    expect((await open()).pack.pack.id).toBe('model-ipmc');
    const list = await usePack(core!.db, TEMPLATES_DIR, dataDir, 'model-strict', 'clerk', clock);
    expect(list.setting).toBe('model-strict');
    expect(readSetting(core!.db, PACK_SETTING)).toMatchObject({ value: 'model-strict', source: 'stored', updatedBy: 'clerk' });
    const audit = core!.db.prepare(`SELECT action, entity_id AS entityId FROM audit_log ORDER BY seq DESC LIMIT 1`).get();
    expect(audit).toEqual({ action: 'settings.update', entityId: 'jurisdiction.pack' });
    expect((await open()).pack.pack.id).toBe('model-strict');
    expect((await open('model-ipmc')).pack.pack.id).toBe('model-ipmc');
  });

  it('loads a pack from the data folder, and the data folder copy wins over a shipped pack of the same id', async () => {
    await ownPack('model-ipmc', (p) => {
      p.name = 'Our edited Model City';
    });
    await ownPack('river-city', (p) => {
      p.id = 'river-city';
      p.name = 'River City';
      p.version = '2.1.0';
    });
    expect((await open()).pack.pack.name).toBe('Our edited Model City');
    expect((await open('river-city')).pack.pack).toMatchObject({ id: 'river-city', version: '2.1.0' });
    const list = await listPacks(core!.db, TEMPLATES_DIR, dataDir, core!.pack.pack.id);
    expect(list.packs.map((p) => [p.id, p.source, p.valid, p.shadowed])).toEqual([
      ['model-ipmc', 'data-folder', true, false],
      ['river-city', 'data-folder', true, false],
      ['model-ipmc', 'app', true, true],
      ['model-strict', 'app', true, false],
    ]);
    expect(list.inUse).toBe('river-city');
  });

  it('refuses to choose a broken pack and lists it as invalid without stopping anything', async () => {
    await open();
    const dir = path.join(dataDir, 'packs', 'broken-city');
    await ownPack('broken-city', (p) => {
      p.id = 'broken-city';
    });
    await writeFile(path.join(dir, 'pack.json'), '{');
    await expect(usePack(core!.db, TEMPLATES_DIR, dataDir, 'broken-city', 'clerk', clock)).rejects.toThrow(/"broken-city" .* 1 problem\(s\) and was not chosen:\n {2}.*pack\.json:1:2: is not valid JSON/s);
    expect(readSetting(core!.db, PACK_SETTING).source).toBe('default');
    await expect(usePack(core!.db, TEMPLATES_DIR, dataDir, 'no-such-city', 'clerk', clock)).rejects.toThrow(/no jurisdiction pack "no-such-city"/);
    const broken = (await listPacks(core!.db, TEMPLATES_DIR, dataDir, 'model-ipmc')).packs.find((p) => p.id === 'broken-city');
    expect(broken).toMatchObject({ valid: false, problems: [expect.stringMatching(/pack\.json:1:2/)] });
    // Other commands still open the store: the broken pack is not the one in use.
    expect((await open()).pack.pack.id).toBe('model-ipmc');
  });

  it('a broken pack in use stops the core with its problem, but the pack verbs still run', async () => {
    await ownPack('model-ipmc', () => undefined);
    await open();
    core!.close();
    core = undefined;
    await writeFile(path.join(dataDir, 'packs', 'model-ipmc', 'pack.json'), '{');
    await expect(open()).rejects.toThrow(/pack\.json is not valid JSON/);
    core = undefined;
    const list = await withPackStore(dataDir, 'read', 'test', (db) => listPacks(db, TEMPLATES_DIR, dataDir));
    expect(list.inUse).toBe('model-ipmc');
    await withPackStore(dataDir, 'write', 'test', (db) => usePack(db!, TEMPLATES_DIR, dataDir, 'model-strict', 'clerk', clock));
    expect((await open()).pack.pack.id).toBe('model-strict');
  });

  it('listPacks and usePack through the contract: the running core keeps its pack until restarted', async () => {
    await open();
    const ctx = { actor: 'clerk', progress: () => undefined };
    const listed = await dispatch(core!.handlers, 'listPacks', {}, ctx);
    expect(listed).toMatchObject({ ok: true, value: { inUse: 'model-ipmc', setting: 'model-ipmc' } });
    const used = await dispatch(core!.handlers, 'usePack', { packId: 'model-strict' }, ctx);
    expect(used).toMatchObject({ ok: true, value: { inUse: 'model-ipmc', setting: 'model-strict' } });
    const bad = await dispatch(core!.handlers, 'usePack', { packId: '../etc' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await open()).pack.pack.id).toBe('model-strict');
  });
});
