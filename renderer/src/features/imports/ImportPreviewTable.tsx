import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportPreview } from '../../../../shared/searchTypes';
import { t } from '../../i18n/t';

/** The first rows as they would be imported, and the problems found in them. */
export function ImportPreviewTable({ preview }: { readonly preview: ImportPreview }) {
  return (
    <>
      <Typography variant="h2" sx={{ fontSize: '1rem' }}>
        {t('import.preview')}
      </Typography>
      <TableContainer sx={{ maxHeight: 260 }}>
        <Table size="small" stickyHeader aria-label={t('import.previewTable')}>
          <TableHead>
            <TableRow>
              <TableCell>#</TableCell>
              <TableCell>{t('import.field.sourceCaseNumber')}</TableCell>
              <TableCell>{t('import.field.address')}</TableCell>
              <TableCell>{t('import.field.parcelId')}</TableCell>
              <TableCell>{t('import.field.ownerName')}</TableCell>
              <TableCell>{t('import.field.openedOn')}</TableCell>
              <TableCell>{t('import.field.status')}</TableCell>
              <TableCell>{t('import.field.violationCode')}</TableCell>
              <TableCell>{t('import.field.complianceDate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.rows.map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.row}</TableCell>
                <TableCell>{r.sourceCaseNumber}</TableCell>
                <TableCell>{r.address}</TableCell>
                <TableCell>{r.parcelId}</TableCell>
                <TableCell>{r.ownerName}</TableCell>
                <TableCell>{r.openedOn}</TableCell>
                <TableCell>{r.status}</TableCell>
                <TableCell>{r.violationCode ?? '—'}</TableCell>
                <TableCell>{r.complianceDate ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {preview.errors.length > 0 && (
        <>
          <Typography variant="h2" sx={{ fontSize: '1rem' }} color="error">
            {t('import.problems')}
          </Typography>
          <ul aria-label={t('import.problems')} style={{ margin: 0 }}>
            {preview.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <Typography variant="body2">{t('import.problem', { row: e.row, message: e.field ? `${e.field} ${e.message}` : e.message })}</Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
