import AppBar from '@mui/material/AppBar';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Gavel from '@mui/icons-material/Gavel';
import Button from '@mui/material/Button';
import { t } from '../i18n/t';
import { routeHref, type Route } from '../lib/route';

interface TopBarProps {
  /** Shown as a back button when set (on a case page). */
  readonly onBack?: () => void;
  /** The current page, to mark its navigation link (area "codes" added the links). */
  readonly page?: Route['page'];
}

export function TopBar({ onBack, page }: TopBarProps) {
  return (
    <AppBar position="sticky" color="primary">
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        {onBack ? (
          <Tooltip title={t('app.back')}>
            <IconButton edge="start" color="inherit" aria-label={t('app.back')} onClick={onBack}>
              <ArrowBack />
            </IconButton>
          </Tooltip>
        ) : (
          <Gavel aria-hidden sx={{ mr: 0.5 }} />
        )}
        <Typography component="div" variant="h6" sx={{ fontWeight: 600, letterSpacing: 0.3 }}>
          {t('app.name')}
        </Typography>
        <nav aria-label={t('nav.label')} style={{ display: 'flex', gap: 4, marginLeft: 16 }}>
          <Button color="inherit" href={routeHref({ page: 'cases' })} aria-current={page === 'cases' ? 'page' : undefined}>
            {t('nav.cases')}
          </Button>
          <Button color="inherit" href={routeHref({ page: 'dashboard' })} aria-current={page === 'dashboard' ? 'page' : undefined}>
            {t('nav.dashboard')}
          </Button>
          <Button color="inherit" href={routeHref({ page: 'codes' })} aria-current={page === 'codes' ? 'page' : undefined}>
            {t('nav.codes')}
          </Button>
          <Button color="inherit" href={routeHref({ page: 'settings' })} aria-current={page === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </Button>
        </nav>
      </Toolbar>
    </AppBar>
  );
}
