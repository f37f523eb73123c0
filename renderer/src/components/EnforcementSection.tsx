/** A titled panel of the enforcement tabs, with an optional action button beside its heading. */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function EnforcementSection(props: { readonly id: string; readonly title: string; readonly action?: ReactNode; readonly children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={props.id} sx={{ p: 2.5, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5, gap: 1 }}>
        <Typography id={props.id} variant="h2" sx={{ flexGrow: 1 }}>
          {props.title}
        </Typography>
        {props.action}
      </Box>
      {props.children}
    </Paper>
  );
}
