import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { CodeSectionRecord } from '../../../../shared/inspectionsTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';

interface CodeSectionPickerProps {
  readonly onPick: (section: CodeSectionRecord | null) => void;
}

/** Optional picker of in-force code-library sections, searchable by number and title. */
export function CodeSectionPicker({ onPick }: CodeSectionPickerProps) {
  const sections = useApiQuery('codeSections:inForce', () => api.listCodeSections({ includeRetired: false }));
  const [value, setValue] = useState<CodeSectionRecord | null>(null);
  return (
    <Autocomplete
      options={sections.data ?? []}
      loading={sections.loading}
      value={value}
      onChange={(_event, picked) => {
        setValue(picked);
        onPick(picked);
      }}
      getOptionLabel={(s) => `${s.codeName} ${s.section} — ${s.title}`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => (
        <TextField {...params} label={t('violation.fromLibrary')} helperText={sections.error?.message ?? t('violation.fromLibraryHint')} error={Boolean(sections.error)} />
      )}
    />
  );
}
