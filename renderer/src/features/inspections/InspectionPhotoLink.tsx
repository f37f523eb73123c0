import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Photo } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface InspectionPhotoLinkProps {
  readonly inspectionId: number;
  /** Photos of the case not yet recorded as taken at any inspection. */
  readonly unlinked: readonly Photo[];
  readonly onLinked: () => void;
}

/** Records that a photo of the case was taken at this inspection (a photo belongs to one inspection). */
export function InspectionPhotoLink({ inspectionId, unlinked, onLinked }: InspectionPhotoLinkProps) {
  const notify = useNotify();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  if (unlinked.length === 0) return null;

  async function link(photoId: number) {
    setBusy(true);
    setError(null);
    const result = await api.linkPhotoToInspection({ inspectionId, photoId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notify(t('inspections.photoLinked'));
    onLinked();
  }

  return (
    <>
      {error && <ErrorAlert error={error} onClose={() => setError(null)} sx={{ mt: 1 }} />}
      <TextField
        select
        size="small"
        label={t('inspections.linkPhoto', { id: inspectionId })}
        value=""
        disabled={busy}
        onChange={(e) => void link(Number(e.target.value))}
        sx={{ mt: 1.5, minWidth: 320 }}
      >
        {unlinked.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.originalName}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
