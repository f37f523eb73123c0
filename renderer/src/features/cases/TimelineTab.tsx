import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import { TIMELINE_KINDS, type TimelineEntry, type TimelineKind } from '../../../../shared/searchTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { useNotify } from '../../lib/notify';
import type { CaseTabProps } from './caseTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

/** The default view: every kind but the audit log, whose entries repeat the events ("case.create" beside "Case opened"). */
const EVENTS = 'events';
const ALL = 'all';
const EVENT_KINDS = TIMELINE_KINDS.filter((k) => k !== 'audit');
type Filter = TimelineKind | typeof EVENTS | typeof ALL;

function kindsFor(filter: Filter): TimelineKind[] | undefined {
  if (filter === ALL) return undefined;
  return filter === EVENTS ? EVENT_KINDS : [filter];
}

function evidenceLabels(e: TimelineEntry): string[] {
  const out: string[] = [];
  if (e.evidence.photoId !== undefined) out.push(t('timeline.evidence.photo', { id: e.evidence.photoId }));
  if (e.evidence.documentId !== undefined) out.push(t('timeline.evidence.document', { id: e.evidence.documentId }));
  if (e.evidence.auditSeq !== undefined) out.push(t('timeline.evidence.audit', { id: e.evidence.auditSeq }));
  if (e.evidence.partyId !== undefined) out.push(t('timeline.evidence.party', { id: e.evidence.partyId }));
  // The first 12 hex digits name the vault object well enough to find it by eye; the full hash is in the data.
  for (const sha of e.evidence.documentShas ?? []) out.push(t('timeline.evidence.sha', { sha: sha.slice(0, 12) }));
  return out;
}

/** Every dated fact of the case in order, filterable by kind, with a note box at the top. */
export function TimelineTab({ detail }: CaseTabProps) {
  const notify = useNotify();
  const [kind, setKind] = useState<Filter>(EVENTS);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [noteError, setNoteError] = useState<AppErrorShape | null>(null);
  const timeline = useApiQuery(`timeline:${detail.id}:${kind}`, () =>
    api.getTimeline({ caseId: detail.id, kinds: kindsFor(kind) }),
  );

  async function addNote(event: FormEvent) {
    event.preventDefault();
    if (!note.trim() || saving) return;
    setSaving(true);
    const result = await api.addCaseNote({ caseId: detail.id, body: note });
    setSaving(false);
    if (!result.ok) {
      setNoteError(result.error);
      return;
    }
    setNote('');
    setNoteError(null);
    notify(t('note.added'));
    timeline.reload();
  }

  return (
    <Box>
      <Stack component="form" direction="row" spacing={1} onSubmit={addNote} sx={{ mb: 2, alignItems: 'flex-start' }}>
        <TextField label={t('note.label')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={1} fullWidth size="small" />
        <Button type="submit" variant="outlined" disabled={saving || !note.trim()}>
          {t('note.add')}
        </Button>
      </Stack>
      {noteError && <ErrorAlert error={noteError} onClose={() => setNoteError(null)} sx={{ mb: 2 }} />}
      <TextField select size="small" label={t('timeline.filter')} value={kind} onChange={(e) => setKind(e.target.value as Filter)} sx={{ minWidth: 200, mb: 1 }}>
        <MenuItem value={EVENTS}>{t('timeline.events')}</MenuItem>
        <MenuItem value={ALL}>{t('timeline.all')}</MenuItem>
        {TIMELINE_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`timeline.kind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      {timeline.error && <ErrorAlert error={timeline.error} sx={{ mb: 2 }} />}
      {!timeline.data && timeline.loading && <LoadingBlock />}
      {timeline.data && timeline.data.length === 0 && <Typography color="textSecondary">{t('timeline.empty')}</Typography>}
      {timeline.data && timeline.data.length > 0 && (
        <List aria-label={t('timeline.list')} dense>
          {timeline.data.map((e, i) => (
            <ListItem key={i} divider sx={{ alignItems: 'flex-start', gap: 2 }}>
              <Typography variant="body2" sx={{ minWidth: 150, fontVariantNumeric: 'tabular-nums' }}>
                {e.at.replace('T', ' ').slice(0, 16)}
              </Typography>
              <Chip size="small" label={t(`timeline.kind.${e.kind}`)} sx={{ minWidth: 96 }} />
              <Box sx={{ flexGrow: 1 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {e.title}
                </Typography>
                {e.detail && (
                  <Typography variant="body2" color="textSecondary" sx={{ whiteSpace: 'pre-wrap' }}>
                    {e.detail}
                  </Typography>
                )}
              </Box>
              <Typography variant="caption" color="textSecondary">
                {evidenceLabels(e).join(' · ')}
              </Typography>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
