import Typography from '@mui/material/Typography';
import type { IssuedDocument } from '../../../../shared/domain';
import { t } from '../../i18n/t';

/** "replaces NOV-…-1" / "replaced by NOV-…-3": versions stay visible side by side. */
export function VersionNote({ document, documents }: { readonly document: IssuedDocument; readonly documents: readonly IssuedDocument[] }) {
  const replaces = documents.find((d) => d.id === document.replacesDocumentId);
  const replacedBy = documents.find((d) => d.replacesDocumentId === document.id);
  if (!replaces && !replacedBy) return null;
  return (
    <Typography variant="caption" color="textSecondary" sx={{ display: 'block' }}>
      {[replaces ? t('docs.replaces', { number: replaces.number }) : null, replacedBy ? t('docs.replacedBy', { number: replacedBy.number }) : null].filter(Boolean).join(' · ')}
    </Typography>
  );
}
