import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Lock from '@mui/icons-material/Lock';
import type { CaseParty } from '../../../../shared/partiesTypes';
import { t, type MessageKey } from '../../i18n/t';
import { PartyLanguageSelect } from './PartyLanguageSelect';

interface PartyListProps {
  readonly parties: readonly CaseParty[];
  /** Opens the mailing-address history of a party. */
  readonly onAddresses: (party: CaseParty) => void;
  /** Called after a party's preferred language was saved. */
  readonly onLanguageChanged: () => void;
}

/** The parties with their roles; a complainant who is not a witness carries a "Confidential" chip. */
export function PartyList({ parties, onAddresses, onLanguageChanged }: PartyListProps) {
  return (
    <Table size="small" aria-label={t('parties.tableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('parties.col.name')}</TableCell>
          <TableCell>{t('parties.col.roles')}</TableCell>
          <TableCell>{t('parties.col.address')}</TableCell>
          <TableCell>{t('parties.col.language')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {parties.map((p) => (
          <TableRow key={p.partyId}>
            <TableCell>
              {p.name}
              <br />
              <small>{t(`partyKind.${p.kind}` as MessageKey)}</small>
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {p.roles.map((r) => (
                  <Chip key={r} size="small" label={t(`role.${r}` as MessageKey)} color={r === 'owner_of_record' ? 'primary' : 'default'} />
                ))}
                {p.confidential && (
                  <Tooltip title={t('parties.confidentialHint')}>
                    <Chip size="small" icon={<Lock />} color="warning" label={t('parties.confidential')} aria-description={t('parties.confidentialHint')} />
                  </Tooltip>
                )}
              </Stack>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>
              {p.currentAddress ?? t('parties.noAddress')}
              <br />
              <Button size="small" onClick={() => onAddresses(p)} aria-label={t('parties.addressesFor', { name: p.name })} sx={{ ml: -1 }}>
                {t('parties.addresses')}
              </Button>
            </TableCell>
            <TableCell>
              <PartyLanguageSelect key={p.preferredLanguage ?? ''} party={p} onChanged={onLanguageChanged} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
