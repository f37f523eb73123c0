import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPackDir, formatProblem } from '../../electron/services/packs/checkPack';
import { JsonSyntaxError, parseJsonWithPositions } from '../../electron/services/packs/jsonPositions';
import { TEMPLATES_DIR } from './support/noticeFixture';

describe('parseJsonWithPositions', () => {
  it('parses like JSON.parse and knows where each key and value is', () => {
    const text = '{\n  "a": 1,\n  "b": [true, {"c": "x\\n"}]\n}';
    const parsed = parseJsonWithPositions(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.positionOf(['a'])).toEqual({ line: 2, column: 3 });
    expect(parsed.positionOf(['b', 1, 'c'])).toEqual({ line: 3, column: 16 });
    // A missing key is reported where the object that lacks it starts.
    expect(parsed.positionOf(['b', 1, 'zz'])).toEqual({ line: 3, column: 15 });
  });

  it('gives the line and column of a syntax error', () => {
    const attempt = (text: string) => {
      try {
        parseJsonWithPositions(text);
      } catch (err) {
        expect(err).toBeInstanceOf(JsonSyntaxError);
        return { ...(err as JsonSyntaxError).position, message: (err as Error).message };
      }
      throw new Error('parsed');
    };
    expect(attempt('{')).toMatchObject({ line: 1, column: 2, message: expect.stringContaining('the end of the file') });
    expect(attempt('{\n  "a": 1,\n}')).toMatchObject({ line: 3, column: 1, message: expect.stringContaining('comma') });
    expect(attempt('{"a": 1 "b": 2}')).toMatchObject({ line: 1, column: 9 });
    expect(attempt('{"a": 1, "a": 2}')).toMatchObject({ message: expect.stringContaining('twice') });
  });
});

describe('checkPackDir', () => {
  let tmp: string;
  let dir: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'caseready-packcheck-'));
    dir = path.join(tmp, 'model-ipmc');
    await cp(path.join(TEMPLATES_DIR, 'jurisdictions', 'model-ipmc'), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  const editPack = async (file: string, edit: (json: Record<string, unknown>) => void) => {
    const json = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    edit(json);
    await writeFile(path.join(dir, file), JSON.stringify(json, null, 2));
  };

  it('passes both shipped packs', async () => {
    for (const id of ['model-ipmc', 'model-strict']) {
      const result = await checkPackDir(path.join(TEMPLATES_DIR, 'jurisdictions', id));
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.id).toBe(id);
    }
  });

  it('reports a pack.json of just "{" with its line and column', async () => {
    await writeFile(path.join(dir, 'pack.json'), '{');
    const { problems } = await checkPackDir(dir);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/pack\.json:1:2: is not valid JSON: .*end of the file/);
  });

  it('lists every problem at once, across files, each at its line', async () => {
    await editPack('pack.json', (p) => {
      p.colour = 'blue';
      (p.department as Record<string, unknown>).phonee = 'x';
      (p.appeal as Record<string, unknown>).days = 'twenty';
    });
    await editPack('notice.en.json', (n) => {
      delete n.footer;
    });
    const { problems } = await checkPackDir(dir);
    const lines = problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/pack\.json:\d+:3: colour: unknown key "colour" \(allowed here: id, name, .*codeSections/),
        expect.stringMatching(/pack\.json:\d+:5: department\.phonee: unknown key "phonee" \(allowed here: name, addressLines, phone, email, hours\)/),
        expect.stringMatching(/pack\.json:\d+:5: appeal\.days: must be a number/),
        expect.stringMatching(/notice\.en\.json:1:1: footer: is missing/),
      ]),
    );
    // The line is the line of that key in the file as written.
    const text = (await readFile(path.join(dir, 'pack.json'), 'utf8')).split('\n');
    const days = problems.find((p) => p.field === 'appeal.days')!;
    expect(text[days.line - 1]).toContain('"days": "twenty"');
  });

  it('reports a missing required file and a wrong type in an optional one', async () => {
    await rm(path.join(dir, 'notice.en.json'));
    await editPack('checklists.json', (c) => {
      c.steps = 'all of them';
    });
    const lines = (await checkPackDir(dir)).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/notice\.en\.json:1:1: is missing \(pack\.json lists the language "en"\)/),
      expect.stringMatching(/checklists\.json:\d+:\d+: steps: /),
    ]);
  });

  it('reports a folder with no pack.json and an id that is not the folder name', async () => {
    const empty = path.join(tmp, 'empty');
    await cp(path.join(dir, 'notice.en.json'), path.join(empty, 'notice.en.json'));
    expect((await checkPackDir(empty)).problems.map(formatProblem)).toEqual([expect.stringMatching(/pack\.json:1:1: is missing/)]);
    await editPack('pack.json', (p) => {
      p.id = 'other-city';
    });
    expect((await checkPackDir(dir)).problems.map(formatProblem)).toEqual([expect.stringMatching(/pack\.json:2:3: id: is "other-city" but the pack's folder is "model-ipmc"/)]);
  });
});
