/**
 * The code library: the sections of the adopted codes a jurisdiction cites. Sections are edited
 * (every change audited with old and new values) and retired, never deleted, because old
 * violations and issued notices keep citing them.
 */
import type { CodeSectionRecord } from '../../../shared/inspectionsTypes';
import { AppError } from '../../../shared/errors';
import type { JurisdictionPack } from '../../../shared/jurisdictionPack';
import type { AddCodeSectionInput, ListCodeSectionsInput, UpdateCodeSectionInput } from '../../../shared/inspectionsSchemas';
import type { NewViolationInput } from '../../../shared/schemas';
import type { Db } from '../../db/open';
import * as codes from '../../db/queries/codeSections';
import { appendAudit } from '../audit';
import { localIsoDate, type Clock } from '../clock';

export interface CodeLibraryDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
  readonly jurisdictionId: string;
}

/** Severity the pack's sections get when seeded: packs do not carry one yet, and 'major' is the
 * middle class an inspector can raise or lower per section. */
export const SEED_SEVERITY = 'major' as const;

/** Copies the pack's code library into an empty table for its jurisdiction, once. */
export function seedCodeLibraryIfEmpty(deps: CodeLibraryDeps, pack: JurisdictionPack): number {
  const { db, clock, actor, jurisdictionId } = deps;
  return db
    .transaction(() => {
      if (codes.countCodeSections(db, jurisdictionId) > 0) return 0;
      const now = clock.now();
      const sections = pack.codeSections.map((s) => ({
        codeName: pack.codeShortName,
        section: s.section,
        title: s.title,
        text: s.summary,
        correctiveAction: s.suggestedCorrectiveAction,
        severity: SEED_SEVERITY,
        defaultComplianceDays: s.suggestedDays,
      }));
      for (const s of sections) codes.insertCodeSection(db, jurisdictionId, s, now.toISOString());
      appendAudit(
        db,
        { actor, action: 'codes.seed', entity: 'jurisdiction', entityId: jurisdictionId, details: { packId: pack.id, sections: sections.map((s) => s.section) } },
        now,
      );
      return sections.length;
    })
    .immediate();
}

export function listCodeLibrary(deps: CodeLibraryDeps, input: ListCodeSectionsInput): CodeSectionRecord[] {
  return codes.listCodeSections(deps.db, deps.jurisdictionId, input);
}

export function requireCodeSection(db: Db, id: number): CodeSectionRecord {
  const s = codes.getCodeSection(db, id);
  if (!s) throw new AppError('NOT_FOUND', `Code section ${id} does not exist. Pick a section from the code library.`);
  return s;
}

export function addCodeSection(deps: CodeLibraryDeps, input: AddCodeSectionInput): CodeSectionRecord {
  const { db, clock, actor, jurisdictionId } = deps;
  const now = clock.now();
  const id = db
    .transaction(() => {
      const existing = codes.findCodeSection(db, jurisdictionId, input.codeName, input.section);
      if (existing) {
        throw new AppError(
          'CONFLICT',
          `${input.codeName} ${input.section} is already in the code library ("${existing.title}"). Edit that section instead of adding it again.`,
        );
      }
      const newId = codes.insertCodeSection(db, jurisdictionId, input, now.toISOString());
      appendAudit(db, { actor, action: 'code_section.create', entity: 'code_section', entityId: newId, details: { jurisdictionId, ...input } }, now);
      return newId;
    })
    .immediate();
  return requireCodeSection(db, id);
}

export type FieldChanges = Record<string, { old: unknown; new: unknown }>;

/** The fields of `next` that differ from `current`, with old and new values (for the audit log). */
export function diffFields(current: CodeSectionRecord, next: Partial<Record<codes.EditableCodeField, unknown>>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const old = current[field as codes.EditableCodeField];
    if (old !== value) changes[field] = { old, new: value };
  }
  return changes;
}

/** Applies changes already diffed; caller holds the transaction. */
export function applyCodeSectionChanges(db: Db, current: CodeSectionRecord, changes: FieldChanges, actor: string, now: Date): void {
  if (Object.keys(changes).length === 0) return;
  const values = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.new])) as Partial<
    Record<codes.EditableCodeField, string | number | null>
  >;
  codes.updateCodeSectionFields(db, current.id, values, now.toISOString());
  appendAudit(
    db,
    { actor, action: 'code_section.update', entity: 'code_section', entityId: current.id, details: { section: current.section, codeName: current.codeName, changes } },
    now,
  );
}

export function updateCodeSection(deps: CodeLibraryDeps, input: UpdateCodeSectionInput): CodeSectionRecord {
  const { db, clock, actor } = deps;
  const now = clock.now();
  db.transaction(() => {
    const current = requireCodeSection(db, input.codeSectionId);
    const { codeSectionId: _id, ...fields } = input;
    void _id;
    applyCodeSectionChanges(db, current, diffFields(current, fields), actor, now);
  }).immediate();
  return requireCodeSection(db, input.codeSectionId);
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return dt.toISOString().slice(0, 10);
}

export interface ViolationDraft {
  readonly codeSectionId: number;
  readonly codeSection: string;
  readonly description: string;
  readonly correctiveAction: string;
  readonly complianceDate: string;
  readonly severity: CodeSectionRecord['severity'];
}

/**
 * What the library proposes for a new violation citing a section: the citation, its text as
 * the description, its corrective action, and a deadline `defaultComplianceDays` after `from`.
 * The inspector edits the draft; nothing is written here.
 */
export function draftViolationFromCode(db: Db, codeSectionId: number, from: string): ViolationDraft {
  const s = requireCodeSection(db, codeSectionId);
  if (s.retiredOn) {
    throw new AppError('VALIDATION', `${s.codeName} ${s.section} was retired on ${s.retiredOn}. Cite the section that replaced it.`);
  }
  return {
    codeSectionId: s.id,
    codeSection: `${s.codeName} ${s.section}`,
    description: s.text || s.title,
    correctiveAction: s.correctiveAction || `Correct the condition so that it complies with ${s.codeName} ${s.section} (${s.title}).`,
    // A deadline of 0 days would already have passed when the notice is served: give at least one day.
    complianceDate: addDays(from, Math.max(1, s.defaultComplianceDays)),
    severity: s.severity,
  };
}

/** Called by addViolation inside its transaction: checks the cited section and fills severity. */
export function resolveViolationCodeSection(db: Db, input: NewViolationInput): NewViolationInput {
  if (input.codeSectionId == null) return input;
  const s = requireCodeSection(db, input.codeSectionId);
  if (s.retiredOn) {
    throw new AppError('VALIDATION', `${s.codeName} ${s.section} was retired on ${s.retiredOn}. Cite the section that replaced it.`);
  }
  return { ...input, severity: input.severity ?? s.severity };
}

export function todayFor(clock: Clock): string {
  return localIsoDate(clock.now());
}
