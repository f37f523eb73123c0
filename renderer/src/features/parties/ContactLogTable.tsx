import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ContactEntry } from '../../../../shared/partiesTypes';
import { t, type MessageKey } from '../../i18n/t';

/** The append-only contact log, newest first. */
export function ContactLogTable({ entries }: { readonly entries: readonly ContactEntry[] }) {
  return (
    <Table size="small" aria-label={t('contacts.tableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('contacts.col.when')}</TableCell>
          <TableCell>{t('contacts.col.party')}</TableCell>
          <TableCell>{t('contacts.col.method')}</TableCell>
          <TableCell>{t('contacts.col.by')}</TableCell>
          <TableCell>{t('contacts.col.summary')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.contactedAt.replace('T', ' ')}</TableCell>
            <TableCell>{e.partyName}</TableCell>
            <TableCell>{t(`contact.${e.method}` as MessageKey)}</TableCell>
            <TableCell>{e.contactedBy}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{e.summary}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
