/** Handlers of the "search" area: case notes, list filter choices, CSV case import, timeline. */
import type { searchMethods } from '../../../shared/contracts/search';
import { listFilterChoices } from '../../db/queries/search';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { addCaseNote, getTimeline, listCaseNotes } from '../search/caseNotes';

/**
 * Over IPC and HTTP the CSV arrives as text. Paths are refused there: a page (or anything that
 * got hold of the bridge token) must not make the core read or write arbitrary files. The CLI,
 * which runs as the person at the keyboard, calls the import service with paths directly.
 */
function pageSourced<T extends { filePath?: string; errorsFile?: string }>(input: T): T {
  if (input.filePath !== undefined || input.errorsFile !== undefined) {
    throw new AppError('FORBIDDEN', 'The app imports CSV text it was given; file paths are accepted only by the caseready command line.');
  }
  return input;
}

// The CSV import (reader, staging, papaparse for the errors file) loads on first use, not at start-up (issue 9).
const caseImport = () => import('../search/csvImport/importService');

export function searchHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof searchMethods> {
  const { db, clock, actor } = deps;
  return {
    addCaseNote: (input) => addCaseNote(db, input, actor, clock),
    listCaseNotes: ({ caseId }) => listCaseNotes(db, caseId),
    listCaseFilterChoices: () => listFilterChoices(db),
    previewCaseImport: async (input) => (await caseImport()).previewCaseImport({ db, clock, actor }, pageSourced(input)),
    runCaseImport: async (input, ctx) => (await caseImport()).importCases({ db, clock, actor: actor }, pageSourced(input), ctx.progress),
    getTimeline: (input) => getTimeline(db, input),
  };
}
