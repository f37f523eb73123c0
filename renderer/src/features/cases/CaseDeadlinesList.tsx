/**
 * Every deadline of the case (listCaseDeadlines), soonest first: the date, whether it has passed,
 * what it is and how it was counted ("2026-07-04 is Independence Day (a Saturday) → 2026-07-06"),
 * so a clerk can check a date the checklist relies on. Rules the pack lacks are named.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { CaseDeadlineState } from '../../../../shared/caseDeadlinesTypes';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

const STATE_COLOR: Record<CaseDeadlineState, 'default' | 'warning' | 'info'> = { past: 'default', today: 'warning', upcoming: 'info' };

export function CaseDeadlinesList({ caseId }: { readonly caseId: number }) {
  const query = useApiQuery(`caseDeadlines:${caseId}`, () => api.listCaseDeadlines({ caseId }));
  const list = query.data;
  return (
    <Box component="section" aria-labelledby="case-deadlines-heading" sx={{ mt: 3 }}>
      <Typography id="case-deadlines-heading" variant="h3" sx={{ mb: 1 }}>
        {t('deadlines.heading')}
      </Typography>
      {query.error && <ErrorAlert error={query.error} sx={{ mb: 1 }} />}
      {!list ? (
        !query.error && <LoadingBlock />
      ) : (
        <Paper variant="outlined">
          {list.deadlines.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
              {t('deadlines.none')}
            </Typography>
          )}
          {list.deadlines.length > 0 && (
            <List dense aria-label={t('deadlines.listLabel', { today: list.today })}>
              {list.deadlines.map((d) => (
                <ListItem key={`${d.rule}:${d.relatedTo.kind}:${d.relatedTo.id}`} divider>
                  <Chip
                    size="small"
                    label={t(`deadlines.state.${d.state}` as MessageKey)}
                    color={STATE_COLOR[d.state]}
                    variant={d.state === 'past' ? 'outlined' : 'filled'}
                    sx={{ mr: 2, minWidth: 84 }}
                  />
                  <ListItemText primary={`${d.date} — ${d.label}`} secondary={d.explanation} />
                </ListItem>
              ))}
            </List>
          )}
          {list.problems.map((p) => (
            <Alert key={p} severity="warning" sx={{ m: 1 }}>
              {t('deadlines.problem', { problem: p })}
            </Alert>
          ))}
        </Paper>
      )}
    </Box>
  );
}
