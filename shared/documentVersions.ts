import type { DocumentKind, IssuedDocument } from './domain';

/**
 * The kind's current version on the case: the latest issued. Generating the kind again names it
 * as the version replaced, so two tabs cannot both issue one (the second gets a CONFLICT).
 */
export function currentVersion(documents: readonly IssuedDocument[], kind: DocumentKind): IssuedDocument | null {
  return documents.filter((d) => d.kind === kind).reduce<IssuedDocument | null>((latest, d) => (latest === null || d.id > latest.id ? d : latest), null);
}
