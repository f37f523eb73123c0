/** The layering rules must actually fire: lint code that crosses each boundary and expect an error. */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '..', '..') });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { core } from '../electron/services/core';\nexport const a = core;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import { createCore } from '../../electron/services/core';\nexport const a = createCore;\n"],
    ['renderer/src/x.ts', "import path from 'node:path';\nexport const a = path;\n"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/db/x.ts', "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;\n"],
    ['electron/preloadApi.ts', "import { contract } from '../shared/contract';\nexport const a = contract;\n"],
  ])('%s may not: %s', async (file, code) => {
    expect(await errorsFor(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;\n"],
    ['electron/services/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/preloadApi.ts', "import type { Api } from '../shared/contract';\nexport type A = Api;\n"],
  ])('%s may: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
