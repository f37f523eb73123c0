/**
 * The titled panels of the enforcement tabs: `EnforcementSection` is a heading with an optional
 * "add" button beside it; `ListSection` adds the loading / empty / list switch each panel repeats;
 * `SectionTable` is the small table most of those lists are, labelled by the section's title.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import type { ReactNode } from 'react';
import { LoadingBlock } from '../../ui/LoadingBlock';

interface SectionProps {
  readonly id: string;
  readonly title: string;
  /** The button beside the heading, e.g. "Issue citation". */
  readonly addLabel?: string;
  readonly onAdd?: () => void;
  readonly addDisabled?: boolean;
  readonly children: ReactNode;
}

export function EnforcementSection({ id, title, addLabel, onAdd, addDisabled, children }: SectionProps) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2.5, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5, gap: 1 }}>
        <Typography id={id} variant="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {addLabel && (
          <Button variant="outlined" startIcon={<Add />} onClick={onAdd} disabled={addDisabled}>
            {addLabel}
          </Button>
        )}
      </Box>
      {children}
    </Paper>
  );
}

interface ListSectionProps<T> extends Omit<SectionProps, 'children'> {
  /** undefined while loading. */
  readonly items: readonly T[] | undefined;
  /** Shown instead of the list when it is empty; without it an empty list is still drawn. */
  readonly emptyText?: string;
  /** Whether to show emptyText; defaults to "no items". */
  readonly empty?: boolean;
  /** Shown under the list (or the empty text) once loaded. */
  readonly footer?: ReactNode;
  readonly children: (items: readonly T[]) => ReactNode;
}

export function ListSection<T>({ items, emptyText, empty, footer, children, ...section }: ListSectionProps<T>) {
  const showEmpty = emptyText !== undefined && (empty ?? items?.length === 0);
  return (
    <EnforcementSection {...section}>
      {!items ? (
        <LoadingBlock />
      ) : (
        <>
          {showEmpty ? <Typography color="text.secondary">{emptyText}</Typography> : children(items)}
          {footer}
        </>
      )}
    </EnforcementSection>
  );
}

export interface Column {
  readonly label: string;
  readonly align?: 'right';
  /** A column of row buttons: no visible heading, its label read out instead. */
  readonly actions?: boolean;
}

export function SectionTable({ label, columns, children }: { readonly label: string; readonly columns: readonly Column[]; readonly children: ReactNode }) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((c) =>
            c.actions ? (
              <TableCell key={c.label} aria-label={c.label} />
            ) : (
              <TableCell key={c.label} align={c.align}>
                {c.label}
              </TableCell>
            ),
          )}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
