import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { CaseListPage, INITIAL_CASE_LIST_STATE, type CaseListState } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { CodeLibraryPage } from '../features/codes/CodeLibraryPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NewCaseDialog } from '../features/cases/NewCaseDialog';
import { NotifierProvider } from './NotifierProvider';
import { StartupBanner } from './StartupBanner';
import { TopBar } from './TopBar';
import { t } from '../i18n/t';
import { routeHref } from '../lib/route';
import { navigate, useHashRoute } from './useHashRoute';
import { useApiQuery } from '../lib/useApiQuery';
import { theme } from './theme';

/** A file dropped outside a drop zone would otherwise make the browser open it in place of the app. */
function useNoStrayFileDrops(): void {
  useEffect(() => {
    const block = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);
}

export function App() {
  const route = useHashRoute();
  const info = useApiQuery('appInfo', () => api.appInfo({}));
  const [listState, setListState] = useState<CaseListState>(INITIAL_CASE_LIST_STATE);
  const [newCaseOpen, setNewCaseOpen] = useState(false);
  const openCases = useCallback(() => navigate(routeHref({ page: 'cases' })), []);
  useNoStrayFileDrops();

  // Electron's File > New Case menu item; the browser harness has no application menu.
  useEffect(
    () =>
      api.onMenu?.((command) => {
        if (command === 'newCase') setNewCaseOpen(true);
      }),
    [],
  );

  useEffect(() => {
    if (route.page !== 'case') document.title = t('app.name');
    // Each page starts at its top, as a new page would.
    window.scrollTo(0, 0);
  }, [route.page]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <NotifierProvider>
        <TopBar onBack={route.page === 'case' ? openCases : undefined} page={route.page} />
        <Container component="main" maxWidth="lg" sx={{ py: 3 }}>
          <StartupBanner info={info.data} error={info.error} />
          {route.page === 'cases' && (
            <CaseListPage
              state={listState}
              onStateChange={setListState}
              onNewCase={() => setNewCaseOpen(true)}
            />
          )}
          {route.page === 'case' && <CasePage key={route.caseId} caseId={route.caseId} />}
          {route.page === 'codes' && <CodeLibraryPage />}
          {route.page === 'dashboard' && <DashboardPage />}
          {route.page === 'settings' && <SettingsPage />}
          {route.page === 'notFound' && (
            <Paper sx={{ p: 3 }}>
              <Typography>{t('app.notFound')}</Typography>
              <Box sx={{ mt: 1 }}>
                <Link href={routeHref({ page: 'cases' })}>{t('app.goToCases')}</Link>
              </Box>
            </Paper>
          )}
        </Container>
        <NewCaseDialog
          open={newCaseOpen}
          onClose={() => setNewCaseOpen(false)}
          onCreated={(created) => {
            setNewCaseOpen(false);
            navigate(routeHref({ page: 'case', caseId: created.id }));
          }}
        />
      </NotifierProvider>
    </ThemeProvider>
  );
}
