import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Download from '@mui/icons-material/Download';
import type { IssuedDocument } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { usePdfObjectUrl } from './usePdfObjectUrl';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

interface DocumentPreviewDialogProps {
  /** Kept by the caller after closing, so the preview stays on screen while the dialog fades. */
  readonly document: IssuedDocument | null;
  readonly open: boolean;
  readonly onClose: () => void;
}

export function DocumentPreviewDialog({ document, open, onClose }: DocumentPreviewDialogProps) {
  return (
    <Dialog
      open={open && document !== null}
      onClose={onClose}
      maxWidth="lg"
      fullWidth
      aria-labelledby="document-preview-title"
      slotProps={{ paper: { sx: { height: '90vh' } } }}
    >
      {document && <DocumentPreview document={document} onClose={onClose} />}
    </Dialog>
  );
}

function DocumentPreview({ document, onClose }: { readonly document: IssuedDocument; readonly onClose: () => void }) {
  const pdf = usePdfObjectUrl(document.id);
  return (
    <>
      <DialogTitle id="document-preview-title">{t('docs.previewTitle', { title: document.title, number: document.number })}</DialogTitle>
      <DialogContent dividers sx={{ p: 0, display: 'flex', flexDirection: 'column' }}>
        {pdf?.error && <ErrorAlert error={pdf.error} sx={{ m: 2 }} />}
        {!pdf && <LoadingBlock />}
        {pdf?.url && (
          <Box
            component="iframe"
            src={pdf.url}
            title={t('docs.frameTitle', { number: document.number })}
            sx={{ border: 0, width: '100%', flexGrow: 1, minHeight: 0 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        {pdf?.url && (
          <Button component="a" href={pdf.url} download={pdf.fileName} startIcon={<Download />}>
            {t('docs.save')}
          </Button>
        )}
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('app.close')}
        </Button>
      </DialogActions>
    </>
  );
}
