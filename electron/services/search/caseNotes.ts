/** Case notes: free text on a case, append-only (a correction is a new note), searchable. */
import type { CaseNote, TimelineEntry } from '../../../shared/searchTypes';
import type { AddCaseNoteInput, GetTimelineInput } from '../../../shared/searchSchemas';
import type { Db } from '../../db/open';
import * as notes from '../../db/queries/caseNotes';
import { caseTimeline } from '../../db/queries/timeline';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import type { Clock } from '../clock';

export function addCaseNote(db: Db, input: AddCaseNoteInput, actor: string, clock: Clock): CaseNote {
  const now = clock.now();
  const id = db
    .transaction(() => {
      requireCase(db, input.caseId);
      const noteId = notes.insertCaseNote(db, { caseId: input.caseId, body: input.body, createdBy: actor }, now.toISOString());
      appendAudit(db, { actor, action: 'case_note.add', entity: 'case_note', entityId: noteId, details: { ...input } }, now);
      return noteId;
    })
    .immediate();
  return notes.getCaseNote(db, id)!;
}

export function listCaseNotes(db: Db, caseId: number): CaseNote[] {
  requireCase(db, caseId);
  return notes.listCaseNotes(db, caseId);
}

export function getTimeline(db: Db, input: GetTimelineInput): TimelineEntry[] {
  requireCase(db, input.caseId);
  return caseTimeline(db, input.caseId, input.kinds);
}
