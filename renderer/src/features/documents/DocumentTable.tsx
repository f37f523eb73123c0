import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Description from '@mui/icons-material/Description';
import Download from '@mui/icons-material/Download';
import Visibility from '@mui/icons-material/Visibility';
import type { IssuedDocument } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { VersionNote } from './VersionNote';
import { formatInstant } from '../../lib/dates';
import { useNotify } from '../../lib/notify';

interface DocumentTableProps {
  readonly documents: readonly IssuedDocument[];
  readonly savingId: number | null;
  readonly onPreview: (document: IssuedDocument) => void;
  readonly onSave: (document: IssuedDocument, format: 'pdf' | 'docx') => void;
}

/** Enough of the hash to compare by eye with the one printed on the paper copy. */
const SHORT_SHA_LENGTH = 12;

export function DocumentTable({ documents, savingId, onPreview, onSave }: DocumentTableProps) {
  const notify = useNotify();

  async function copySha(document: IssuedDocument) {
    try {
      await navigator.clipboard.writeText(document.sha256);
      notify(t('docs.copied'));
    } catch {
      notify(t('docs.copyFailed'));
    }
  }

  return (
    <TableContainer sx={{ mt: 2 }}>
      <Table size="small" aria-label={t('docs.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('docs.col.document')}</TableCell>
            <TableCell>{t('docs.col.issuedAt')}</TableCell>
            <TableCell align="right">{t('docs.col.pages')}</TableCell>
            <TableCell>{t('docs.col.sha')}</TableCell>
            <TableCell align="right">{t('docs.col.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {documents.map((document) => (
            <TableRow key={document.id}>
              <TableCell>
                <Box component="span" sx={{ display: 'block', fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {document.number}
                </Box>
                <Typography variant="body2" color="textSecondary">
                  {document.title}
                </Typography>
                <VersionNote document={document} documents={documents} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInstant(document.issuedAt)}</TableCell>
              <TableCell align="right">{document.pageCount}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Tooltip title={document.sha256}>
                  <code>{document.sha256.slice(0, SHORT_SHA_LENGTH)}…</code>
                </Tooltip>
                <Tooltip title={t('docs.copySha', { number: document.number })}>
                  <IconButton size="small" aria-label={t('docs.copySha', { number: document.number })} onClick={() => void copySha(document)}>
                    <ContentCopy fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
              <TableCell align="right">
                <Stack direction="row" useFlexGap sx={{ gap: 0.5, flexWrap: 'wrap', justifyContent: 'flex-end', whiteSpace: 'nowrap', minWidth: 220 }}>
                  <Button
                    size="small"
                    startIcon={<Visibility />}
                    aria-label={t('docs.previewOf', { number: document.number })}
                    onClick={() => onPreview(document)}
                  >
                    {t('docs.preview')}
                  </Button>
                  <Button
                    size="small"
                    startIcon={<Download />}
                    aria-label={t('docs.saveOf', { number: document.number })}
                    loading={savingId === document.id}
                    onClick={() => onSave(document, 'pdf')}
                  >
                    {t('docs.save')}
                  </Button>
                  {document.docxSha256 && (
                    <Button size="small" startIcon={<Description />} aria-label={t('docs.saveDocxOf', { number: document.number })} onClick={() => onSave(document, 'docx')}>
                      {t('docs.saveDocx')}
                    </Button>
                  )}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

