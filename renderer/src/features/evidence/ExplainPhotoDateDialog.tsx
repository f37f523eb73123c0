/** Record why a photo's questionable camera date is what it is (append-only and audited; the newest counts). */
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { explainPhotoDateInput } from '../../../../shared/contracts/evidence';
import type { Photo } from '../../../../shared/domain';
import { MAX_CAMERA_DATE_EXPLANATION } from '../../../../shared/photoDates';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';

interface ExplainPhotoDateFormProps {
  readonly photo: Photo;
  readonly onClose: () => void;
  readonly onExplained: (photo: Photo) => void;
}

function ExplainPhotoDateForm({ photo, onClose, onExplained }: ExplainPhotoDateFormProps) {
  const notify = useNotify();
  const { values, bind } = useFieldValues(() => ({ explanation: photo.cameraDateFlag?.explanation ?? '' }));
  const validation = validateForm(explainPhotoDateInput, { photoId: photo.id, explanation: values.explanation }, { explanation: t('photos.explanation') });
  const form = useFormSubmit({
    validation,
    send: (input) => api.explainPhotoDate(input),
    onSuccess: (updated) => {
      notify(t('photos.explained'));
      onExplained(updated);
    },
  });
  const field = bind(form.errors);
  return (
    <DialogForm
      form={form}
      title={t('photos.explainTitle', { fileName: photo.originalName })}
      submitLabel={t('photos.explainConfirm')}
      onCancel={onClose}
      intro={
        <>
          {photo.cameraDateFlag && <Typography variant="body2">{t('photos.dateFlagReason', { reason: photo.cameraDateFlag.reason })}</Typography>}
          <Typography variant="body2">{t('photos.explainIntro')}</Typography>
        </>
      }
    >
      <TextField
        {...field('explanation', 'explanation', t('photos.explanationHint', { max: String(MAX_CAMERA_DATE_EXPLANATION) }))}
        label={t('photos.explanation')}
        required
        multiline
        minRows={2}
        autoFocus
        slotProps={{ htmlInput: { maxLength: MAX_CAMERA_DATE_EXPLANATION } }}
      />
    </DialogForm>
  );
}

export const ExplainPhotoDateDialog = withFormDialog(ExplainPhotoDateForm);
