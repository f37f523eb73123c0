import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DeadlineList, StepReadiness } from '../../../../shared/dashboardTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { routeHref } from '../../lib/route';
import { useApiQuery } from '../../lib/useApiQuery';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

/** Open cases by readiness per legal step, and the overdue / due-this-week lists linking to cases. */
export function DashboardPage() {
  const dashboard = useApiQuery('dashboard', () => api.getDashboard({}));
  const d = dashboard.data;
  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h1">
        {t('dashboard.title')}
      </Typography>
      {dashboard.error && <ErrorAlert error={dashboard.error} />}
      {!d && dashboard.loading && <LoadingBlock />}
      {d && (
        <>
          <Typography>{t('dashboard.summary', { count: d.openCases, today: d.today })}</Typography>
          <ReadinessTable steps={d.steps} />
          <DeadlineTable title={t('dashboard.overdue')} list={d.overdue} />
          <DeadlineTable title={t('dashboard.dueThisWeek', { weekEnd: d.weekEnd })} list={d.dueThisWeek} />
        </>
      )}
    </Stack>
  );
}

function ReadinessTable({ steps }: { readonly steps: readonly StepReadiness[] }) {
  return (
    <Paper component="section" aria-labelledby="dashboard-readiness" sx={{ p: 2 }}>
      <Typography id="dashboard-readiness" variant="h6" component="h2" gutterBottom>
        {t('dashboard.readiness')}
      </Typography>
      {steps.length === 0 ? (
        <Typography>{t('dashboard.noChecklists')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="dashboard-readiness">
          <TableHead>
            <TableRow>
              <TableCell>{t('dashboard.col.step')}</TableCell>
              <TableCell align="right">{t('dashboard.col.low')}</TableCell>
              <TableCell align="right">{t('dashboard.col.partial')}</TableCell>
              <TableCell align="right">{t('dashboard.col.ready')}</TableCell>
              <TableCell align="right">{t('dashboard.col.average')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {steps.map((s) => (
              <TableRow key={s.step}>
                <TableCell component="th" scope="row">
                  {s.title}
                </TableCell>
                <TableCell align="right">{s.bands.low}</TableCell>
                <TableCell align="right">{s.bands.partial}</TableCell>
                <TableCell align="right">{s.bands.ready}</TableCell>
                <TableCell align="right">{s.averagePercent} %</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

function DeadlineTable({ title, list }: { readonly title: string; readonly list: DeadlineList }) {
  const id = `dashboard-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {title} ({list.total})
      </Typography>
      {list.total === 0 ? (
        <Typography>{t('dashboard.none')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>
              <TableCell>{t('dashboard.col.case')}</TableCell>
              <TableCell>{t('dashboard.col.address')}</TableCell>
              <TableCell>{t('dashboard.col.deadline')}</TableCell>
              <TableCell>{t('dashboard.col.currentStep')}</TableCell>
              <TableCell align="right">{t('dashboard.col.readiness')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.cases.map((c) => (
              <TableRow key={c.caseId}>
                <TableCell>
                  <Link href={routeHref({ page: 'case', caseId: c.caseId })}>{c.caseNumber}</Link>
                </TableCell>
                <TableCell>{c.address}</TableCell>
                <TableCell>{c.nextDeadline}</TableCell>
                <TableCell>{c.currentStepTitle ?? '—'}</TableCell>
                <TableCell align="right">{c.readinessPercent === null ? '—' : `${c.readinessPercent} %`}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {list.cases.length < list.total && <Typography variant="body2">{t('dashboard.more', { shown: list.cases.length, total: list.total })}</Typography>}
    </Paper>
  );
}
