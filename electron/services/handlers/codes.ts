/** Handlers of the code-library area ("codes"), spread into core.ts. Seeds the library from the pack on first open. */
import type { codesMethods } from '../../../shared/contracts/codes';
import { localIsoDate } from '../clock';
import {
  addCodeSection,
  draftViolationFromCode,
  listCodeLibrary,
  seedCodeLibraryIfEmpty,
  updateCodeSection,
  type CodeLibraryDeps,
} from '../codes/codeLibrary';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';

export function codesHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof codesMethods> {
  const pack = deps.pack.pack;
  const lib: CodeLibraryDeps = { db: deps.db, clock: deps.clock, actor: deps.actor, jurisdictionId: pack.id };
  // First open of a store (or first use of this jurisdiction): the pack's sections become the library.
  if (!deps.db.readonly) seedCodeLibraryIfEmpty(lib, pack);
  return {
    listCodeSections: (input) => listCodeLibrary(lib, input),
    addCodeSection: (input) => addCodeSection(lib, input),
    updateCodeSection: (input) => updateCodeSection(lib, input),
    // The CSV parser (papaparse) loads on first use, not at every start-up (issue 9).
    importCodeSections: async (input) => (await import('../codes/codeImport')).importCodeSections({ ...lib, defaultCodeName: pack.codeShortName }, input),
    draftViolationFromCode: ({ codeSectionId, from }) => draftViolationFromCode(deps.db, codeSectionId, from ?? localIsoDate(deps.clock.now())),
  };
}
