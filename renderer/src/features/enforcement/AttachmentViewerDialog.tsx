/**
 * Shows a file kept in the vault with an enforcement record (a scanned green card, a photo of the
 * posted notice, a contractor's invoice): images inline, PDFs in an iframe from a blob: URL, and
 * a Save button for every type. The core re-hashes the bytes before sending them, so an altered
 * file arrives as an INTEGRITY error, shown here, never as a picture.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import Download from '@mui/icons-material/Download';
import { useEffect, useState } from 'react';
import type { StoredAttachment } from '../../../../shared/enforcementTypes';
import type { AppErrorShape, Result } from '../../../../shared/errors';
import { t } from '../../i18n/t';
import { base64ToBytes } from '../../lib/base64';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

/** What to show: a title and how to fetch the file (called once per opening). */
export interface AttachmentRequest {
  readonly title: string;
  readonly load: () => Promise<Result<StoredAttachment>>;
}

type Loaded = { readonly url: string; readonly file: StoredAttachment } | { readonly error: AppErrorShape };

export function AttachmentViewerDialog({ request, onClose }: { readonly request: AttachmentRequest | null; readonly onClose: () => void }) {
  return (
    <Dialog open={request !== null} onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="attachment-viewer-title" slotProps={{ paper: { sx: { height: '90vh' } } }}>
      {request && <AttachmentViewer request={request} onClose={onClose} />}
    </Dialog>
  );
}

function AttachmentViewer({ request, onClose }: { readonly request: AttachmentRequest; readonly onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    let url: string | null = null;
    void request.load().then((result) => {
      if (!current) return;
      if (!result.ok) return setLoaded({ error: result.error });
      url = URL.createObjectURL(new Blob([base64ToBytes(result.value.dataBase64)], { type: result.value.mediaType }));
      setLoaded({ url, file: result.value });
    });
    // The blob: URL is released when the viewer closes, so previews do not pile up in memory.
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [request]);

  const file = loaded && 'file' in loaded ? loaded : null;
  return (
    <>
      <DialogTitle id="attachment-viewer-title">{request.title}</DialogTitle>
      <DialogContent dividers sx={{ p: 0, display: 'flex', flexDirection: 'column' }}>
        {!loaded && <LoadingBlock />}
        {loaded && 'error' in loaded && <ErrorAlert error={loaded.error} sx={{ m: 2 }} />}
        {file?.file.mediaType === 'application/pdf' && (
          <Box component="iframe" src={file.url} title={file.file.fileName} sx={{ border: 0, width: '100%', flexGrow: 1, minHeight: 0 }} />
        )}
        {(file?.file.mediaType === 'image/jpeg' || file?.file.mediaType === 'image/png') && (
          <Box component="img" src={file.url} alt={file.file.fileName} sx={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain', m: 'auto' }} />
        )}
        {/* Chromium cannot draw TIFF; the scan is still kept intact and can be saved and opened elsewhere. */}
        {file?.file.mediaType === 'image/tiff' && <Typography sx={{ m: 2 }}>{t('attachment.noPreview', { name: file.file.fileName })}</Typography>}
      </DialogContent>
      <DialogActions>
        {file && (
          <Button component="a" href={file.url} download={file.file.fileName} startIcon={<Download />}>
            {t('attachment.save')}
          </Button>
        )}
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('app.close')}
        </Button>
      </DialogActions>
    </>
  );
}
