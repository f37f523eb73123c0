import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { fillTemplate, placeholdersIn } from '../../shared/jurisdictionPack';
import { loadPack } from '../../electron/services/packs/loadPack';
import { requireDemandWording } from '../../electron/services/documents/kinds/demand/demandModel';
import { TEMPLATES_DIR } from './support/noticeFixture';

describe('fillTemplate', () => {
  it('replaces placeholders and leaves the ones to keep', () => {
    expect(fillTemplate('Case {caseNumber}, page {page} of {pages}', { caseNumber: 'CE-1' }, ['page', 'pages'])).toBe(
      'Case CE-1, page {page} of {pages}',
    );
    expect(fillTemplate('{appealDays} days', { appealDays: 20 })).toBe('20 days');
  });

  it('throws when a placeholder has no value (a bug in the caller)', () => {
    expect(() => fillTemplate('Dear {ownerName}:', {})).toThrow(/ownerName/);
  });

  it('lists placeholders in order', () => {
    expect(placeholdersIn('{a} and {b} but not { c }')).toEqual(['a', 'b']);
  });
});

describe('loadPack with the shipped Model City pack', () => {
  it('loads and validates pack.json and notice.en.json', async () => {
    const { pack, notice } = await loadPack(TEMPLATES_DIR, 'model-ipmc');
    expect(pack.name).toBe('Model City (IPMC 2021)');
    expect(pack.appeal.days).toBeGreaterThan(0);
    expect(pack.codeSections.map((s) => s.section)).toEqual(expect.arrayContaining(['304.13', '302.4', '308.1', '602.2']));
    expect(notice.language).toBe('en');
    expect(notice.footer).toContain('{page}');
    expect(notice.footer).toContain('{auditHead}');
  });

  it('loads the Demand for Payment wording of both shipped packs, each in its own words', async () => {
    const ipmc = await loadPack(TEMPLATES_DIR, 'model-ipmc');
    const strict = await loadPack(TEMPLATES_DIR, 'model-strict');
    expect(ipmc.demand?.language).toBe('en');
    expect(ipmc.demand?.title).toBe('Demand for Payment');
    expect(strict.demand?.consequences.paragraph).toMatch(/without further notice/);
    expect(strict.demand?.consequences.paragraph).not.toBe(ipmc.demand?.consequences.paragraph);
  });
});

describe('loadPack refuses bad pack data with the file and field named', () => {
  let dir: string;
  const packFolder = () => path.join(dir, 'jurisdictions', 'model-ipmc');
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'caseready-pack-'));
    await cp(path.join(TEMPLATES_DIR, 'jurisdictions', 'model-ipmc'), packFolder(), { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of arbitrary pack JSON
  async function edit(file: string, change: (json: any) => void): Promise<void> {
    const full = path.join(packFolder(), file);
    const json = JSON.parse(await readFile(full, 'utf8'));
    change(json);
    await writeFile(full, JSON.stringify(json, null, 2));
  }

  async function failure(packId = 'model-ipmc', language: 'en' | 'es' = 'en'): Promise<AppError> {
    const err = await loadPack(dir, packId, language).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }

  it('a missing required field', async () => {
    await edit('pack.json', (j) => delete j.department.phone);
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain(path.join('model-ipmc', 'pack.json'));
    expect(err.message).toContain('department.phone');
  });

  it('a missing group and a number written as text, in words a person editing JSON understands', async () => {
    await edit('pack.json', (j) => {
      delete j.department;
      j.appeal.days = '20';
    });
    const err = await failure();
    expect(err.message).toContain('department: is missing');
    expect(err.message).toContain('appeal.days: must be a number');
  });

  it('an appeal period stated twice with different values', async () => {
    await edit('pack.json', (j) => {
      j.appeal.days = 14;
      j.deadlines.rules.appeal.days = 20;
    });
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('appeal.days: is 14 but deadlines.rules.appeal.days is 20; the appeal period is counted from deadlines.rules.appeal');
  });

  it('an unknown placeholder in the wording', async () => {
    await edit('notice.en.json', (j) => (j.appeal.paragraph = 'Appeal by {appealDeadline}.'));
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('notice.en.json');
    expect(err.message).toContain('appeal.paragraph');
    expect(err.message).toContain('{appealDeadline}');
  });

  it("a flagged photo's caption that would drop the recorded explanation, and a pack without the new captions", async () => {
    await edit('notice.en.json', (j) => {
      j.photoCaptionDateExplained = 'Photo {photo} — camera date {takenAt} questioned';
      delete j.photoCaptionDateFlagged;
    });
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('photoCaptionDateExplained: must use {explanation}');
    expect(err.message).toContain('photoCaptionDateFlagged: is missing');
  });

  it('a misspelled key (packs are strict so a typo is not silently ignored)', async () => {
    await edit('notice.en.json', (j) => {
      j.sallutation = j.salutation;
    });
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/sallutation/);
  });

  it('an empty wording string and a wrong type', async () => {
    await edit('notice.en.json', (j) => {
      j.intro = '   ';
      j.signature.lines = 'Inspector';
    });
    const err = await failure();
    expect(err.message).toContain('intro: is required');
    expect(err.message).toContain('signature.lines');
  });

  it('a code section listed twice', async () => {
    await edit('pack.json', (j) => j.codeSections.push({ ...j.codeSections[0] }));
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/codeSections\.\d+\.section: 302\.4 is listed twice/);
  });

  it('a file that is not JSON', async () => {
    await writeFile(path.join(packFolder(), 'pack.json'), '{ "id": "model-ipmc", ');
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/pack\.json is not valid JSON/);
  });

  it('an id that does not match the folder', async () => {
    await edit('pack.json', (j) => (j.id = 'other-city'));
    const err = await failure();
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/id is "other-city" but the pack's folder is "model-ipmc"/);
  });

  it('a pack that does not exist, a language it lacks, and a name that would escape the folder', async () => {
    expect((await failure('no-such-city')).code).toBe('NOT_FOUND');
    await edit('pack.json', (j) => {
      j.languages = ['en'];
      delete j.localized;
    });
    const noSpanish = await failure('model-ipmc', 'es');
    expect(noSpanish.code).toBe('NOT_FOUND');
    expect(noSpanish.message).toMatch(/no wording in "es"/);
    const escape = await failure('../model-ipmc');
    expect(escape.code).toBe('VALIDATION');
  });

  it('a language listed in pack.json whose file is missing', async () => {
    await rm(path.join(packFolder(), 'notice.es.json'));
    const err = await failure('model-ipmc', 'es');
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toContain('notice.es.json');
  });

  describe('demand.en.json', () => {
    it('an unknown placeholder, named with the file and the field', async () => {
      await edit('demand.en.json', (j) => (j.contest.paragraph = 'Contest by {contestDeadline}.'));
      const err = await failure();
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toContain(path.join('model-ipmc', 'demand.en.json'));
      expect(err.message).toContain('contest.paragraph: uses unknown placeholder {contestDeadline}');
    });

    it("a placeholder outside the sentence that has a value for it, and one in a label printed as written", async () => {
      await edit('demand.en.json', (j) => {
        j.salutation = 'Dear {ownerName}, about line {line}:';
        j.labels.payBy = 'Pay by {payBy}';
      });
      const err = await failure();
      expect(err.message).toContain('salutation: uses unknown placeholder {line}');
      expect(err.message).toContain('labels.payBy: uses unknown placeholder {payBy} (this text is printed as written and takes no placeholders)');
    });

    it('a sentence missing the placeholder it exists for', async () => {
      await edit('demand.en.json', (j) => {
        j.payBySentence = 'Please pay the balance soon.';
        j.footer = 'Demand {documentNumber} · Page {page}';
        j.intro.oneNotice = 'Notice of Violation';
      });
      const err = await failure();
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toContain('payBySentence: must use {balance} and {payBy}');
      expect(err.message).toContain('footer: must use {pages}');
      expect(err.message).toContain('intro.oneNotice: must use {notices}');
    });

    it('a missing field, a misspelled key and a wrong type', async () => {
      await edit('demand.en.json', (j) => {
        delete j.statement.heading;
        j.consequences.paragrpah = j.consequences.paragraph;
        j.signature.lines = 'City Clerk';
      });
      const err = await failure();
      expect(err.message).toContain('demand.en.json has problems');
      expect(err.message).toContain('statement.heading: is missing');
      expect(err.message).toMatch(/consequences: Unrecognized key: "paragrpah"/);
      expect(err.message).toContain('signature.lines: must be a list');
    });

    it('a file that is not JSON, and a language that does not match the file name', async () => {
      await writeFile(path.join(packFolder(), 'demand.en.json'), '{ "language": "en", ');
      expect((await failure()).message).toMatch(/demand\.en\.json is not valid JSON/);
      await cp(path.join(TEMPLATES_DIR, 'jurisdictions', 'model-ipmc', 'demand.en.json'), path.join(packFolder(), 'demand.en.json'));
      await edit('demand.en.json', (j) => (j.language = 'es'));
      expect((await failure()).message).toMatch(/demand\.en\.json: language is "es" but the file name says "en"/);
    });

    it('is optional: a pack without it loads, and its demands are refused naming the file to add', async () => {
      await rm(path.join(packFolder(), 'demand.en.json'));
      await rm(path.join(packFolder(), 'demand.es.json'));
      const loaded = await loadPack(dir, 'model-ipmc');
      expect(loaded.demand).toBeUndefined();
      expect(loaded.notice.title).toBe('Notice of Violation');
      expect(() => requireDemandWording(loaded)).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Add templates/jurisdictions/model-ipmc/demand.en.json (copy the one in') }),
      );
    });
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const file = path.join(packFolder(), 'pack.json');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    await expect(loadPack(dir, 'model-ipmc')).resolves.toBeTruthy();
  });
});
