import AppBar from '@mui/material/AppBar';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Gavel from '@mui/icons-material/Gavel';
import { t } from '../i18n/t';

interface TopBarProps {
  /** Shown as a back button when set (on a case page). */
  readonly onBack?: () => void;
}

export function TopBar({ onBack }: TopBarProps) {
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
      </Toolbar>
    </AppBar>
  );
}
