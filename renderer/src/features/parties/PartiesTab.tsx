import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { useState, type ReactNode } from 'react';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { AddFindingDialog } from './AddFindingDialog';
import { AddPartyDialog } from './AddPartyDialog';
import { ContactLogTable } from './ContactLogTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { LogContactDialog } from './LogContactDialog';
import { OwnershipFindingList } from './OwnershipFindingList';
import { PartyAddressesDialog } from './PartyAddressesDialog';
import { PartyList } from './PartyList';
import { PropertyDetailsForm } from './PropertyDetailsForm';
import type { CaseTabProps } from '../cases/caseTabs';

function Section(props: { readonly id: string; readonly title: string; readonly action?: ReactNode; readonly children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={props.id} sx={{ p: 2.5, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography id={props.id} variant="h2" sx={{ flexGrow: 1 }}>
          {props.title}
        </Typography>
        {props.action}
      </Box>
      {props.children}
    </Paper>
  );
}

/** "Property & parties": property details, the parties and their contact log, ownership research. */
export function PartiesTab({ detail, reload }: CaseTabProps) {
  const caseId = detail.id;
  const property = useApiQuery(`property:${detail.property.id}`, () => api.getProperty({ propertyId: detail.property.id }));
  const parties = useApiQuery(`parties:${caseId}`, () => api.listCaseParties({ caseId }));
  const contacts = useApiQuery(`contacts:${caseId}`, () => api.listContacts({ caseId }));
  const ownership = useApiQuery(`ownership:${caseId}`, () => api.getOwnershipStatus({ caseId }));
  const [dialog, setDialog] = useState<'party' | 'contact' | 'finding' | null>(null);
  const [addressesOf, setAddressesOf] = useState<number | null>(null);
  const close = () => setDialog(null);
  const partyList = parties.data ?? [];
  const error = property.error ?? parties.error ?? contacts.error ?? ownership.error;

  return (
    <Box>
      {error && <ErrorAlert error={error} sx={{ mb: 2 }} />}
      {property.data ? (
        <PropertyDetailsForm
          key={`${property.data.id}:${property.data.updatedAt ?? ''}`}
          property={property.data}
          onSaved={() => {
            property.reload();
            reload();
          }}
        />
      ) : (
        <LoadingBlock />
      )}

      <Section
        id="parties-heading"
        title={t('parties.title')}
        action={
          <Button variant="outlined" startIcon={<Add />} onClick={() => setDialog('party')}>
            {t('parties.add')}
          </Button>
        }
      >
        {partyList.length ? (
          <PartyList parties={partyList} onAddresses={(p) => setAddressesOf(p.partyId)} onLanguageChanged={parties.reload} />
        ) : (
          <Typography color="text.secondary">{t('parties.none')}</Typography>
        )}
      </Section>

      <Section
        id="contacts-heading"
        title={t('contacts.title')}
        action={
          <Button variant="outlined" startIcon={<Add />} onClick={() => setDialog('contact')} disabled={partyList.length === 0}>
            {t('contacts.add')}
          </Button>
        }
      >
        {contacts.data?.length ? <ContactLogTable entries={contacts.data} /> : <Typography color="text.secondary">{t('contacts.none')}</Typography>}
      </Section>

      <Section
        id="ownership-heading"
        title={t('ownership.title')}
        action={
          <Button variant="outlined" startIcon={<Add />} onClick={() => setDialog('finding')}>
            {t('ownership.add')}
          </Button>
        }
      >
        {ownership.data && (
          <Alert severity={ownership.data.verifiedAsOf ? 'success' : 'warning'} sx={{ mb: 1.5 }} role="status">
            {ownership.data.verifiedAsOf ? t('ownership.verifiedAsOf', { date: ownership.data.verifiedAsOf }) : t('ownership.notVerified')}
          </Alert>
        )}
        {ownership.data?.findings.length ? (
          <OwnershipFindingList findings={ownership.data.findings} />
        ) : (
          <Typography color="text.secondary">{t('ownership.none')}</Typography>
        )}
      </Section>

      <AddPartyDialog
        caseId={caseId}
        parties={partyList}
        open={dialog === 'party'}
        onClose={close}
        onAdded={() => {
          close();
          parties.reload();
        }}
      />
      <PartyAddressesDialog
        // The fresh row from the reloaded list, so the history shows the address just added.
        party={partyList.find((p) => p.partyId === addressesOf) ?? null}
        onClose={() => setAddressesOf(null)}
        onAdded={() => {
          parties.reload();
          // The owner's current address is printed in the case header and on the notice.
          reload();
        }}
      />
      <LogContactDialog
        caseId={caseId}
        parties={partyList}
        open={dialog === 'contact'}
        onClose={close}
        onLogged={() => {
          close();
          contacts.reload();
        }}
      />
      <AddFindingDialog
        caseId={caseId}
        parties={partyList}
        open={dialog === 'finding'}
        onClose={close}
        onAdded={() => {
          close();
          ownership.reload();
        }}
      />
    </Box>
  );
}
