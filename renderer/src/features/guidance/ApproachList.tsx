/** The ranked approaches of a decision suggestion, each with the reasons (and weights) behind it. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { RankedApproach } from '../../../../shared/decision/suggest';
import { t, type MessageKey } from '../../i18n/t';

const approachLabel = (a: RankedApproach['approach']) => t(`approach.name.${a}` as MessageKey);
const signed = (w: number) => (w > 0 ? `+${w}` : String(w));

interface ApproachListProps {
  readonly id: string;
  readonly title: string;
  readonly approaches: readonly RankedApproach[];
  /** Held-back approaches show only the reasons against them. */
  readonly against?: boolean;
}

export function ApproachList({ id, title, approaches, against = false }: ApproachListProps) {
  if (approaches.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 2 }}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <List component="ol" aria-labelledby={id} dense disablePadding>
        {approaches.map((a, index) => (
          <ListItem key={a.approach} component="li" sx={{ display: 'block', py: 1 }} aria-label={approachLabel(a.approach)}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography component="span" variant="body1" sx={{ fontWeight: 600 }}>
                {against ? approachLabel(a.approach) : `${index + 1}. ${approachLabel(a.approach)}`}
              </Typography>
              <Chip size="small" label={t('approach.score', { score: a.score })} />
            </Box>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {a.reasons
                .filter((r) => !against || r.weight < 0)
                .map((r, i) => (
                  <Typography key={`${r.ruleId}-${i}`} component="li" variant="body2" color="text.secondary">
                    {t('approach.reason', { weight: signed(r.weight), reason: r.reason, rule: r.ruleTitle })}
                  </Typography>
                ))}
            </Box>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
