import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { t } from '../i18n/t';
import { routeHref } from '../lib/route';
import { useApiQuery } from '../lib/useApiQuery';
import { ErrorAlert } from './ErrorAlert';
import { StatusChip } from './StatusChip';

export interface CaseListState {
  readonly query: string;
  readonly page: number;
  readonly rowsPerPage: number;
}

export const INITIAL_CASE_LIST_STATE: CaseListState = { query: '', page: 0, rowsPerPage: 25 };

interface CaseListPageProps {
  /** Kept by the App so search and page survive a visit to a case and back. */
  readonly state: CaseListState;
  readonly onStateChange: (state: CaseListState) => void;
  readonly onNewCase: () => void;
}

const SEARCH_DELAY_MS = 250;

export function CaseListPage({ state, onStateChange, onNewCase }: CaseListPageProps) {
  const [draftQuery, setDraftQuery] = useState(state.query);
  const { query, page, rowsPerPage } = state;

  // Search as the person types, but only once they pause, so each keystroke is not a query.
  useEffect(() => {
    if (draftQuery.trim() === query) return;
    const timer = window.setTimeout(() => onStateChange({ ...state, query: draftQuery.trim(), page: 0 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draftQuery, query, state, onStateChange]);

  const cases = useApiQuery(`cases:${query}:${page}:${rowsPerPage}`, () =>
    api.listCases({ query: query || undefined, offset: page * rowsPerPage, limit: rowsPerPage }),
  );
  const items = cases.data?.items ?? [];

  return (
    <Box component="section" aria-labelledby="cases-heading">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography id="cases-heading" variant="h1" sx={{ flexGrow: 1 }}>
          {t('cases.title')}
        </Typography>
        <TextField
          size="small"
          type="search"
          label={t('cases.search')}
          placeholder={t('cases.searchHint')}
          value={draftQuery}
          onChange={(event) => setDraftQuery(event.target.value)}
          sx={{ width: { xs: '100%', sm: 380 } }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search aria-hidden />
                </InputAdornment>
              ),
            },
          }}
        />
        <Button variant="contained" startIcon={<Add />} onClick={onNewCase}>
          {t('cases.new')}
        </Button>
      </Box>

      {cases.error && <ErrorAlert error={cases.error} sx={{ mb: 2 }} />}

      <Paper>
        <Box sx={{ height: 4 }}>{cases.loading && <LinearProgress aria-label={t('app.loading')} />}</Box>
        <TableContainer>
          <Table size="small" aria-label={t('cases.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('cases.col.caseNumber')}</TableCell>
                <TableCell>{t('cases.col.address')}</TableCell>
                <TableCell>{t('cases.col.owner')}</TableCell>
                <TableCell align="right">{t('cases.col.violations')}</TableCell>
                <TableCell>{t('cases.col.opened')}</TableCell>
                <TableCell>{t('cases.col.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id} hover>
                  <TableCell>
                    <Link href={routeHref({ page: 'case', caseId: item.id })} underline="hover" sx={{ fontWeight: 600 }}>
                      {item.caseNumber}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {item.address}
                    <Typography variant="body2" color="textSecondary">
                      {t('case.parcel', { parcelId: item.parcelId })}
                    </Typography>
                  </TableCell>
                  <TableCell>{item.ownerName}</TableCell>
                  <TableCell align="right">{item.violationCount}</TableCell>
                  <TableCell>{item.openedOn}</TableCell>
                  <TableCell>
                    <StatusChip status={item.status} />
                  </TableCell>
                </TableRow>
              ))}
              {cases.data && items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                    {query ? t('cases.noMatch', { query }) : t('cases.empty')}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={cases.data?.total ?? 0}
          page={page}
          rowsPerPage={rowsPerPage}
          rowsPerPageOptions={[10, 25, 50, 100]}
          labelRowsPerPage={t('cases.rowsPerPage')}
          onPageChange={(_event, nextPage) => onStateChange({ ...state, page: nextPage })}
          onRowsPerPageChange={(event) => onStateChange({ ...state, rowsPerPage: Number(event.target.value), page: 0 })}
        />
      </Paper>
    </Box>
  );
}
