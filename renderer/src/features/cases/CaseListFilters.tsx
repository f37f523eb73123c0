import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DeadlineFilter } from '../../../../shared/searchTypes';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';

export interface CaseListFilterValues {
  readonly status?: 'open' | 'closed';
  readonly inspector?: string;
  readonly deadline?: DeadlineFilter;
  readonly tribunal?: string;
}

interface CaseListFiltersProps {
  readonly value: CaseListFilterValues;
  readonly onChange: (value: CaseListFilterValues) => void;
}

const ANY = '';

/** One select; the empty value means "any". */
function FilterSelect({ label, value, options, onChange }: {
  label: MessageKey;
  value: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <TextField
      select
      size="small"
      label={t(label)}
      value={value ?? ANY}
      onChange={(event) => onChange(event.target.value === ANY ? undefined : event.target.value)}
      sx={{ minWidth: 160 }}
    >
      <MenuItem value={ANY}>{t('cases.filter.any')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function CaseListFilters({ value, onChange }: CaseListFiltersProps) {
  const choices = useApiQuery('caseFilterChoices', () => api.listCaseFilterChoices({}));
  const inspectors = choices.data?.inspectors ?? [];
  const tribunals = choices.data?.tribunals ?? [];
  const active = Object.values(value).some((v) => v !== undefined);
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
      <FilterSelect
        label="cases.filter.status"
        value={value.status}
        options={[
          { value: 'open', label: t('cases.filter.open') },
          { value: 'closed', label: t('cases.filter.closed') },
        ]}
        onChange={(v) => onChange({ ...value, status: v as CaseListFilterValues['status'] })}
      />
      <FilterSelect
        label="cases.filter.inspector"
        value={value.inspector}
        options={inspectors.map((i) => ({ value: i, label: i }))}
        onChange={(v) => onChange({ ...value, inspector: v })}
      />
      <FilterSelect
        label="cases.filter.deadline"
        value={value.deadline}
        options={[
          { value: 'overdue', label: t('cases.filter.overdue') },
          { value: 'dueThisWeek', label: t('cases.filter.dueThisWeek') },
        ]}
        onChange={(v) => onChange({ ...value, deadline: v as DeadlineFilter | undefined })}
      />
      {tribunals.length > 0 && (
        <FilterSelect
          label="cases.filter.tribunal"
          value={value.tribunal}
          options={tribunals.map((x) => ({ value: x, label: x }))}
          onChange={(v) => onChange({ ...value, tribunal: v })}
        />
      )}
      {active && (
        <Button onClick={() => onChange({})} size="small">
          {t('cases.filter.clear')}
        </Button>
      )}
    </Stack>
  );
}
