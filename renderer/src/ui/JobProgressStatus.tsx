/** The message and bar of a long core call in progress (useProgressJob), announced as a status. */
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobProgress } from '../lib/useProgressJob';

export function JobProgressStatus({ progress, label }: { readonly progress: JobProgress; readonly label: string }) {
  return (
    <Stack spacing={0.5} sx={{ mt: 2 }} role="status">
      <Typography variant="body2">{progress.message}</Typography>
      <LinearProgress aria-label={label} variant={progress.percent === null ? 'indeterminate' : 'determinate'} value={progress.percent ?? undefined} />
    </Stack>
  );
}
