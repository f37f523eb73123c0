import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import UploadFile from '@mui/icons-material/UploadFile';
import { DataGrid, type GridColDef, type GridRowSelectionModel, type GridSortModel } from '@mui/x-data-grid';
import { useEffect, useMemo, useState } from 'react';
import type { CaseListItem, CaseSortField } from '../../../../shared/searchTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { routeHref } from '../../lib/route';
import { useApiQuery } from '../../lib/useApiQuery';
import { CaseListFilters, type CaseListFilterValues } from './CaseListFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ImportCasesDialog } from '../imports/ImportCasesDialog';
import { BatchIssueDialog } from '../documents/BatchIssueDialog';
import PostAdd from '@mui/icons-material/PostAdd';
import { StatusChip } from '../../ui/StatusChip';

export interface CaseListState {
  readonly query: string;
  readonly page: number;
  readonly rowsPerPage: number;
  readonly filters?: CaseListFilterValues;
  readonly sortBy?: CaseSortField;
  readonly sortDir?: 'asc' | 'desc';
}

export const INITIAL_CASE_LIST_STATE: CaseListState = { query: '', page: 0, rowsPerPage: 25 };

interface CaseListPageProps {
  /** Kept by the App so search and page survive a visit to a case and back. */
  readonly state: CaseListState;
  readonly onStateChange: (state: CaseListState) => void;
  readonly onNewCase: () => void;
}

const SEARCH_DELAY_MS = 250;
const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };
/** Columns the core can sort on (each walks an index); the others are not sortable. */
const SORTABLE: ReadonlySet<string> = new Set<CaseSortField>(['caseNumber', 'openedOn', 'nextDeadline', 'status']);

const BASE_COLUMNS: GridColDef<CaseListItem>[] = [
  {
    field: 'caseNumber',
    headerName: t('cases.col.caseNumber'),
    width: 150,
    renderCell: ({ row }) => (
      <Link href={routeHref({ page: 'case', caseId: row.id })} underline="hover" sx={{ fontWeight: 600 }}>
        {row.caseNumber}
      </Link>
    ),
  },
  {
    field: 'address',
    headerName: t('cases.col.address'),
    flex: 2,
    minWidth: 220,
    renderCell: ({ row }) => (
      <Box sx={{ lineHeight: 1.3, py: 0.5 }}>
        {row.address}
        <Typography variant="body2" color="textSecondary">
          {t('case.parcel', { parcelId: row.parcelId })}
        </Typography>
      </Box>
    ),
  },
  { field: 'ownerName', headerName: t('cases.col.owner'), flex: 1, minWidth: 160 },
  { field: 'violationCount', headerName: t('cases.col.violations'), type: 'number', width: 100 },
  { field: 'openedOn', headerName: t('cases.col.opened'), width: 120 },
  { field: 'nextDeadline', headerName: t('cases.col.nextDeadline'), width: 130, valueFormatter: (v: string | null) => v ?? '—' },
  { field: 'status', headerName: t('cases.col.status'), width: 110, renderCell: ({ row }) => <StatusChip status={row.status} /> },
];
const COLUMNS: GridColDef<CaseListItem>[] = BASE_COLUMNS.map((c) => ({ ...c, sortable: SORTABLE.has(c.field), filterable: false, disableColumnMenu: true }));

export function CaseListPage({ state, onStateChange, onNewCase }: CaseListPageProps) {
  const [draftQuery, setDraftQuery] = useState(state.query);
  const [importing, setImporting] = useState(false);
  const [sweeping, setSweeping] = useState(false);
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const { query, page, rowsPerPage, filters = {}, sortBy, sortDir } = state;

  // Search as the person types, but only once they pause, so each keystroke is not a query.
  useEffect(() => {
    if (draftQuery.trim() === query) return;
    const timer = window.setTimeout(() => onStateChange({ ...state, query: draftQuery.trim(), page: 0 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draftQuery, query, state, onStateChange]);

  const key = JSON.stringify([query, page, rowsPerPage, filters, sortBy, sortDir]);
  const cases = useApiQuery(`cases:${key}`, () =>
    api.listCases({ query: query || undefined, offset: page * rowsPerPage, limit: rowsPerPage, ...filters, sortBy, sortDir }),
  );
  // "Select all" on the header selects this page's rows ('exclude' = all shown but these).
  const chosen =
    selection.type === 'include'
      ? [...selection.ids].map(Number)
      : (cases.data?.items ?? []).map((c) => c.id).filter((id) => !selection.ids.has(id));
  const sortModel: GridSortModel = useMemo(() => (sortBy ? [{ field: sortBy, sort: sortDir ?? 'desc' }] : []), [sortBy, sortDir]);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const emptyText = query ? t('cases.noMatch', { query }) : filtered ? t('cases.noFilterMatch') : t('cases.empty');

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
        {chosen.length > 0 && (
          <Button variant="outlined" startIcon={<PostAdd />} onClick={() => setSweeping(true)}>
            {t('batch.open', { count: chosen.length })}
          </Button>
        )}
        <Button variant="outlined" startIcon={<UploadFile />} onClick={() => setImporting(true)}>
          {t('import.open')}
        </Button>
        <Button variant="contained" startIcon={<Add />} onClick={onNewCase}>
          {t('cases.new')}
        </Button>
      </Box>

      <CaseListFilters value={filters} onChange={(next) => onStateChange({ ...state, filters: next, page: 0 })} />

      {cases.error && <ErrorAlert error={cases.error} sx={{ mb: 2 }} />}

      <Paper sx={{ height: 640 }}>
        <DataGrid
          aria-label={t('cases.tableLabel')}
          rows={cases.data?.items ?? []}
          rowCount={cases.data?.total ?? 0}
          columns={COLUMNS}
          loading={cases.loading}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          paginationModel={{ page, pageSize: rowsPerPage }}
          onPaginationModelChange={(m) => onStateChange({ ...state, page: m.pageSize === rowsPerPage ? m.page : 0, rowsPerPage: m.pageSize })}
          pageSizeOptions={[10, 25, 50, 100]}
          sortModel={sortModel}
          sortingOrder={['desc', 'asc']}
          onSortModelChange={(m) => {
            const first = m[0];
            onStateChange({ ...state, page: 0, sortBy: first ? (first.field as CaseSortField) : undefined, sortDir: first?.sort ?? undefined });
          }}
          getRowHeight={() => 'auto'}
          disableRowSelectionOnClick
          checkboxSelection
          keepNonExistentRowsSelected
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          localeText={{
            noRowsLabel: emptyText,
            paginationRowsPerPage: t('cases.rowsPerPage'),
            // A search with filters stops counting past the next pages: "1–50 of 1,050+".
            paginationDisplayedRows: ({ from, to, count }) =>
              t(cases.data?.totalIsLowerBound ? 'cases.displayedRowsAtLeast' : 'cases.displayedRows', {
                from: from.toLocaleString(),
                to: to.toLocaleString(),
                count: count.toLocaleString(),
              }),
          }}
        />
      </Paper>
      {sweeping && (
        <BatchIssueDialog
          caseIds={chosen}
          onClose={(issued) => {
            setSweeping(false);
            if (issued) {
              setSelection(NO_SELECTION);
              cases.reload();
            }
          }}
        />
      )}
      {importing && (
        <ImportCasesDialog
          onClose={(imported) => {
            setImporting(false);
            if (imported) cases.reload();
          }}
        />
      )}
    </Box>
  );
}
