import Chip from '@mui/material/Chip';
import type { CaseStatus } from '../../../shared/domain';
import { t } from '../i18n/t';

export function StatusChip({ status }: { readonly status: CaseStatus }) {
  return (
    <Chip
      size="small"
      label={t(status === 'open' ? 'status.open' : 'status.closed')}
      color={status === 'open' ? 'primary' : 'default'}
      variant={status === 'open' ? 'filled' : 'outlined'}
    />
  );
}
