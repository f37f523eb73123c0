import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { CaseDetail } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { StatusChip } from '../../ui/StatusChip';

export function CaseHeader({ detail }: { readonly detail: CaseDetail }) {
  return (
    <Paper component="header" sx={{ p: 3, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1">{detail.caseNumber}</Typography>
        <StatusChip status={detail.status} />
      </Box>
      <Typography variant="h2" component="p" sx={{ mt: 1, fontWeight: 500 }}>
        {detail.property.address}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(5, minmax(0, 1fr))' },
          gap: 2,
          m: 0,
          mt: 2,
          '& dt': { color: 'text.secondary', fontSize: '0.8rem', textTransform: 'uppercase', letterSpacing: 0.5 },
          '& dd': { m: 0, mt: 0.25 },
        }}
      >
        <div>
          <dt>{t('newCase.parcelId')}</dt>
          <dd>{detail.property.parcelId}</dd>
        </div>
        <div>
          <dt>{t('case.owner')}</dt>
          <dd>
            {detail.owner.name}
            <Typography variant="body2" color="textSecondary">
              {t(`partyKind.${detail.owner.kind}`)}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {detail.owner.mailingAddress}
            </Typography>
          </dd>
        </div>
        <div>
          <dt>{t('newCase.inspector')}</dt>
          <dd>{detail.inspector}</dd>
        </div>
        <div>
          <dt>{t('newCase.openedOn')}</dt>
          <dd>{detail.openedOn}</dd>
        </div>
        <div>
          <dt>{t('case.pack')}</dt>
          <dd>{t('case.packValue', { name: detail.pack.name ?? detail.pack.id, version: detail.pack.version })}</dd>
        </div>
      </Box>
    </Paper>
  );
}
