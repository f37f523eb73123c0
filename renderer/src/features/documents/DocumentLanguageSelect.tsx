import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { DOCUMENT_LANGUAGE_CHOICES, type DocumentLanguageChoice } from '../../../../shared/domain';
import { languageLabel } from '../../../../shared/partyLanguages';
import type { DocumentOptions } from '../../../../shared/contracts/documents';
import { t } from '../../i18n/t';

interface DocumentLanguageSelectProps {
  readonly id: string;
  readonly options: DocumentOptions;
  readonly value: DocumentLanguageChoice;
  readonly onChange: (value: DocumentLanguageChoice) => void;
  readonly disabled?: boolean;
}

/**
 * The language a document is written in. Defaults to the recipient's: their preferred language
 * when the pack offers it, else the pack's own (whose wording carries the help line in the
 * others); only the languages the case's pack words are offered, and "both" when it has two.
 */
export function DocumentLanguageSelect({ id, options, value, onChange, disabled }: DocumentLanguageSelectProps) {
  const offered = DOCUMENT_LANGUAGE_CHOICES.filter((c) => c === 'recipient' || (c === 'both' ? options.languages.length > 1 : options.languages.includes(c)));
  const label = (c: DocumentLanguageChoice) =>
    c === 'recipient'
      ? t('docs.language.recipient', { language: languageLabel(options.recipientDefault) ?? options.recipientDefault })
      : c === 'both'
        ? t('docs.language.both')
        : (languageLabel(c) ?? c);
  return (
    <TextField
      id={id}
      select
      size="small"
      label={t('docs.language.label')}
      value={value}
      onChange={(e) => onChange(e.target.value as DocumentLanguageChoice)}
      disabled={disabled}
      sx={{ minWidth: 240 }}
      helperText={options.recipientLanguage && options.recipientDefault !== options.recipientLanguage.split('-')[0] ? t('docs.language.notOffered', { language: languageLabel(options.recipientLanguage) ?? options.recipientLanguage }) : undefined}
    >
      {offered.map((c) => (
        <MenuItem key={c} value={c}>
          {label(c)}
        </MenuItem>
      ))}
    </TextField>
  );
}
