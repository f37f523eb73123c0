import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Description from '@mui/icons-material/Description';
import Verified from '@mui/icons-material/Verified';
import type { OwnershipFinding } from '../../../../shared/partiesTypes';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { base64ToBytes } from '../../lib/base64';
import { saveBlob } from '../../lib/download';

async function saveDocument(findingId: number, sha256: string): Promise<void> {
  const r = await api.getOwnershipDocument({ findingId, sha256 });
  if (r.ok) saveBlob(new Blob([base64ToBytes(r.value.dataBase64)], { type: r.value.mediaType }), r.value.fileName);
}

/** Findings newest first, each with its source, who did it, the party it identifies and its documents. */
export function OwnershipFindingList({ findings }: { readonly findings: readonly OwnershipFinding[] }) {
  return (
    <List aria-label={t('ownership.title')} disablePadding>
      {findings.map((f) => (
        <ListItem key={f.id} divider sx={{ display: 'block', px: 0 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle2" component="span">
              {f.performedOn}
            </Typography>
            <Chip size="small" label={t(`source.${f.source}` as MessageKey)} />
            <Typography variant="body2" color="text.secondary" component="span">
              {t('ownership.by', { who: f.performedBy })}
            </Typography>
            {f.verifiesOwner && <Chip size="small" color="success" icon={<Verified />} label={t('ownership.verifies')} />}
          </Stack>
          <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>
            {f.finding}
          </Typography>
          {f.partyName && (
            <Typography variant="body2" color="text.secondary">
              {t('ownership.identifies', { name: f.partyName })}
            </Typography>
          )}
          {f.documents.length > 0 && (
            <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
              {f.documents.map((d) => (
                <Button
                  key={d.sha256}
                  size="small"
                  startIcon={<Description />}
                  onClick={() => void saveDocument(f.id, d.sha256)}
                  aria-label={t('ownership.openDocument', { name: d.fileName })}
                >
                  {d.fileName}
                </Button>
              ))}
            </Stack>
          )}
        </ListItem>
      ))}
    </List>
  );
}
