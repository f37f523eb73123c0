import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import type { CaseParty } from '../../../../shared/partiesTypes';
import { COMMON_LANGUAGES, languageChoice, languageLabel, parseOtherLanguage } from '../../../../shared/partyLanguages';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';

const NONE = 'none';
const OTHER = 'other';

interface PartyLanguageSelectProps {
  readonly party: CaseParty;
  readonly onChanged: () => void;
}

/**
 * A party's preferred language: picking a common language (or "Not recorded") saves at once;
 * "Other…" opens a code field checked by the API's own schema before it is sent.
 */
export function PartyLanguageSelect({ party, onChanged }: PartyLanguageSelectProps) {
  const notify = useNotify();
  const stored = languageChoice(party.preferredLanguage);
  const [selected, setSelected] = useState<string>(stored.choice === 'none' ? NONE : stored.choice === 'other' ? OTHER : stored.code);
  const [other, setOther] = useState(stored.choice === 'other' ? stored.code : '');
  const [showOtherError, setShowOtherError] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const name = t('parties.languageFor', { name: party.name });
  const otherCheck = parseOtherLanguage(other);

  async function save(code: string | null) {
    setSaving(true);
    setServerError(null);
    const result = await api.setPartyLanguage({ partyId: party.partyId, preferredLanguage: code });
    setSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('parties.languageSaved', { name: party.name }));
    onChanged();
  }

  function choose(value: string) {
    setSelected(value);
    setShowOtherError(false);
    if (value === OTHER) return;
    void save(value === NONE ? null : value);
  }

  function saveOther(event: FormEvent) {
    event.preventDefault();
    if (!otherCheck.ok) {
      setShowOtherError(true);
      return;
    }
    void save(otherCheck.code);
  }

  return (
    <Stack spacing={1} sx={{ minWidth: 200 }}>
      <TextField
        select
        size="small"
        value={selected}
        onChange={(e) => choose(e.target.value)}
        disabled={saving}
        slotProps={{ htmlInput: { 'aria-label': name } }}
      >
        <MenuItem value={NONE}>{t('parties.languageNone')}</MenuItem>
        {COMMON_LANGUAGES.map((l) => (
          <MenuItem key={l.code} value={l.code}>
            {languageLabel(l.code)} — {l.code}
          </MenuItem>
        ))}
        <MenuItem value={OTHER}>{t('parties.languageOther')}</MenuItem>
      </TextField>
      {selected === OTHER && (
        <Stack component="form" direction="row" spacing={1} onSubmit={saveOther} noValidate sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={t('parties.languageOtherCode')}
            value={other}
            onChange={(e) => setOther(e.target.value)}
            error={showOtherError && !otherCheck.ok}
            helperText={showOtherError && !otherCheck.ok ? otherCheck.message : t('parties.languageHint')}
            slotProps={{ htmlInput: { 'aria-label': `${t('parties.languageOtherCode')} — ${party.name}` } }}
            autoFocus
          />
          <Button type="submit" size="small" variant="outlined" loading={saving} aria-label={`${t('parties.languageSave')} — ${party.name}`}>
            {t('parties.languageSave')}
          </Button>
        </Stack>
      )}
      {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
    </Stack>
  );
}
