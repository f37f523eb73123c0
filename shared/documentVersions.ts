import type { DocumentKind, IssuedDocument } from './domain';

/**
 * The kind's current version on the case (about one record, for a per-record kind: its citation,
 * service attempt, hearing or lien): the latest issued. Generating the kind again names it as the
 * version replaced, so two tabs cannot both issue one (the second gets a CONFLICT).
 */
export function currentVersion(documents: readonly IssuedDocument[], kind: DocumentKind, subjectId: number | null = null): IssuedDocument | null {
  return documents
    .filter((d) => d.kind === kind && (d.subject?.id ?? null) === subjectId)
    .reduce<IssuedDocument | null>((latest, d) => (latest === null || d.id > latest.id ? d : latest), null);
}
