import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import UploadFile from '@mui/icons-material/UploadFile';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import type { CodeSectionRecord } from '../../../../shared/inspectionsTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { CodeImportDialog } from './CodeImportDialog';
import { CodeSectionDialog } from './CodeSectionDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** The code library of the jurisdiction: a grid of sections, an edit dialog and a CSV import. */
export function CodeLibraryPage() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const [query, setQuery] = useState('');
  const sections = useApiQuery(`codeSections:${includeRetired}:${query}`, () => api.listCodeSections({ includeRetired, query: query || undefined }));
  const [editing, setEditing] = useState<CodeSectionRecord | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = sections.data ?? [];
  const defaultCodeName = rows[0]?.codeName ?? '';

  const columns = useMemo<GridColDef<CodeSectionRecord>[]>(
    () => [
      { field: 'codeName', headerName: t('codes.col.codeName'), width: 110 },
      { field: 'section', headerName: t('codes.col.section'), width: 120 },
      { field: 'title', headerName: t('codes.col.title'), flex: 1, minWidth: 200 },
      { field: 'severity', headerName: t('codes.col.severity'), width: 150, valueFormatter: (value: CodeSectionRecord['severity']) => t(`severity.${value}`) },
      { field: 'defaultComplianceDays', headerName: t('codes.col.days'), type: 'number', width: 130 },
      { field: 'retiredOn', headerName: t('codes.col.retired'), width: 120 },
      {
        field: 'actions',
        headerName: t('codes.col.actions'),
        sortable: false,
        filterable: false,
        width: 110,
        renderCell: ({ row }) => (
          <Button size="small" onClick={() => setEditing(row)} aria-label={t('codes.edit', { section: `${row.codeName} ${row.section}` })}>
            {t('codes.editShort')}
          </Button>
        ),
      },
    ],
    [],
  );

  return (
    <Box component="section" aria-labelledby="codes-heading">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography id="codes-heading" variant="h1" sx={{ flexGrow: 1 }}>
          {t('codes.heading')}
        </Typography>
        <Button variant="outlined" startIcon={<UploadFile />} onClick={() => setImporting(true)}>
          {t('codes.import')}
        </Button>
        <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
          {t('codes.add')}
        </Button>
      </Box>
      <Typography color="textSecondary" sx={{ mb: 2 }}>
        {t('codes.intro')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField size="small" type="search" label={t('codes.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <FormControlLabel control={<Switch checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />} label={t('codes.showRetired')} />
      </Stack>
      {sections.error && <ErrorAlert error={sections.error} sx={{ mb: 2 }} />}
      <Paper>
        <DataGrid
          aria-label={t('codes.gridLabel')}
          rows={rows}
          columns={columns}
          loading={sections.loading && !sections.data}
          autoHeight
          density="compact"
          disableRowSelectionOnClick
          pageSizeOptions={[25, 50, 100]}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        />
      </Paper>
      <CodeSectionDialog
        editing={editing}
        defaultCodeName={defaultCodeName}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          sections.reload();
        }}
      />
      <CodeImportDialog
        open={importing}
        defaultCodeName={defaultCodeName}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          sections.reload();
        }}
      />
    </Box>
  );
}
