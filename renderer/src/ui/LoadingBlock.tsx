import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { t } from '../i18n/t';

export function LoadingBlock() {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 4, color: 'text.secondary' }}>
      <CircularProgress size={24} aria-hidden />
      {t('app.loading')}
    </Box>
  );
}
