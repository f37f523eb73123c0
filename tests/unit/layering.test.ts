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
    // Inside the renderer: ui/ and lib/ know no feature, nothing but main.tsx knows the app shell.
    ['renderer/src/ui/X.tsx', "import { CasePage } from '../features/cases/CasePage';\nexport const a = CasePage;\n"],
    ['renderer/src/ui/X.tsx', "import { TopBar } from '../app/TopBar';\nexport const a = TopBar;\n"],
    ['renderer/src/lib/x.ts', "import { useDocumentLock } from '../features/documents/useDocumentLock';\nexport const a = useDocumentLock;\n"],
    ['renderer/src/lib/x.ts', "import { ErrorAlert } from '../ui/ErrorAlert';\nexport const a = ErrorAlert;\n"],
    ['renderer/src/api/x.ts', "import { PhotoGrid } from '../features/evidence/PhotoGrid';\nexport const a = PhotoGrid;\n"],
    ['renderer/src/features/cases/X.tsx', "import { TopBar } from '../../app/TopBar';\nexport const a = TopBar;\n"],
    ['renderer/src/features/cases/X.tsx', "import { theme } from '../../app/theme';\nexport const a = theme;\n"],
    ['renderer/src/features/cases/X.tsx', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['renderer/src/ui/X.tsx', "import { createCore } from '../../../electron/services/core';\nexport const a = createCore;\n"],
  ])('%s may not: %s', async (file, code) => {
    expect(await errorsFor(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;\n"],
    ['electron/services/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/preloadApi.ts', "import type { Api } from '../shared/contract';\nexport type A = Api;\n"],
    ['renderer/src/main.tsx', "import { App } from './app/App';\nexport const a = App;\n"],
    ['renderer/src/app/App.tsx', "import { CasePage } from '../features/cases/CasePage';\nexport const a = CasePage;\n"],
    ['renderer/src/features/cases/X.tsx', "import { FormDialog } from '../../ui/FormDialog';\nexport const a = FormDialog;\n"],
    ['renderer/src/features/cases/X.tsx', "import { PhotoGrid } from '../evidence/PhotoGrid';\nexport const a = PhotoGrid;\n"],
    ['renderer/src/features/cases/X.tsx', "import { useApiQuery } from '../../lib/useApiQuery';\nexport const a = useApiQuery;\n"],
    ['renderer/src/ui/X.tsx', "import { t } from '../i18n/t';\nexport const a = t;\n"],
    ['renderer/src/ui/X.tsx', "import { contract } from '../../../shared/contract';\nexport const a = contract;\n"],
  ])('%s may: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
