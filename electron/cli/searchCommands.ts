/** CLI verbs of the search area: CSV case import, case notes, the case timeline. */
import path from 'node:path';
import { IMPORT_FIELDS, TIMELINE_KINDS, type ColumnMapping, type ImportField, type TimelineKind } from '../../shared/searchTypes';
import { call, need, options, resolveCase, type Command } from './cliSupport';
import { EXIT, UsageError } from './output';
import { AppError } from '../../shared/errors';
import { runCaseImportInput } from '../../shared/searchSchemas';
import { systemClock } from '../services/clock';
import { formatZodIssues } from '../services/dispatch';

export const SEARCH_USAGE = `  case list [--query TEXT] [--status open|closed] [--inspector NAME] [--deadline overdue|dueThisWeek]
              [--tribunal NAME] [--sort openedOn|caseNumber|nextDeadline|status] [--asc] [--limit N]
  import cases FILE --source NAME --map col=field,... [--dry-run] [--errors FILE]
                                        fields: ${IMPORT_FIELDS.join(', ')}
                                        rejected rows go to FILE.errors.csv (or --errors)
  note add --case CASE --text TEXT      append a note to a case (notes are never edited)
  timeline --case CASE [--kind KIND,...]
                                        every dated fact of the case; kinds: ${TIMELINE_KINDS.join(', ')}
`;

/** "Complaint #=sourceCaseNumber,Address=address" → mapping. A column name may itself contain "=" only at the start. */
export function parseMapFlag(value: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map needs column=field pairs separated by commas (got "${pair}")`);
    const column = pair.slice(0, at).trim();
    const field = pair.slice(at + 1).trim();
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map: "${field}" is not a case field; use one of ${IMPORT_FIELDS.join(', ')}`);
    }
    if (mapping[field as ImportField] !== undefined) throw new UsageError(`--map: ${field} is mapped twice`);
    mapping[field as ImportField] = column;
  }
  return mapping;
}

export const SEARCH_COMMANDS: Record<string, Command> = {
  'import cases': {
    run: async (ctx) => {
      const { values, positionals } = options(
        ctx.args,
        { source: { type: 'string' }, map: { type: 'string' }, 'dry-run': { type: 'boolean' }, errors: { type: 'string' } },
        true,
      );
      const file = path.resolve(need(positionals[0], 'FILE'));
      // Validated with the contract's schema, then run by the service itself: paths are a CLI-only
      // capability (the IPC/HTTP handler refuses them).
      const parsed = runCaseImportInput.safeParse({
        filePath: file,
        source: need(values.source, '--source'),
        mapping: parseMapFlag(need(values.map, '--map')),
        dryRun: values['dry-run'] ?? false,
        errorsFile: values.errors ? path.resolve(values.errors) : undefined,
      });
      if (!parsed.success) throw new AppError('VALIDATION', formatZodIssues(parsed.error.issues));
      const { importCases } = await import('../services/search/csvImport/importService'); // on first use (issue 9)
      const summary = await importCases(
        { db: ctx.core.db, clock: systemClock, actor: process.env.CASEREADY_ACTOR ?? 'cli' },
        parsed.data,
        ctx.out.progress,
      );
      const { errorsCsv: _csv, ...report } = summary;
      ctx.out.result(report, () =>
        [
          `${summary.dryRun ? 'Dry run (nothing saved): ' : ''}${summary.totalRows} row(s): ${summary.created} case(s) ${summary.dryRun ? 'would be ' : ''}created, ${summary.unchanged} already imported, ${summary.rejected} row(s) rejected`,
          ...summary.errors.slice(0, 20).map((e) => `  line ${e.row}: ${e.field ? `${e.field} ` : ''}${e.message}`),
          ...(summary.errors.length > 20 ? [`  … ${summary.errors.length - 20} more`] : []),
          ...(summary.warnings.length ? [`${summary.warnings.length} warning(s), e.g. line ${summary.warnings[0]!.row}: ${summary.warnings[0]!.message}`] : []),
          ...(summary.errorsFile ? [`Rejected rows: ${summary.errorsFile}`] : []),
        ].join('\n'),
      );
      return summary.rejected > 0 ? EXIT.failed : EXIT.ok;
    },
  },
  'note add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, text: { type: 'string' } });
      const note = await call(ctx, 'addCaseNote', { caseId: resolveCase(ctx, values.case), body: need(values.text, '--text') });
      ctx.out.result(note, () => `Added note ${note.id} at ${note.createdAt}`);
      return EXIT.ok;
    },
  },
  timeline: {
    readOnly: true,
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, kind: { type: 'string' } });
      const kinds = values.kind?.split(',').map((k) => k.trim());
      const bad = kinds?.find((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
      if (bad) throw new UsageError(`--kind: "${bad}" is not a timeline kind; use ${TIMELINE_KINDS.join(', ')}`);
      const entries = await call(ctx, 'getTimeline', { caseId: resolveCase(ctx, values.case), kinds: kinds as TimelineKind[] | undefined });
      ctx.out.result(entries, () => entries.map((e) => `${e.at}  ${e.kind.padEnd(10)} ${e.title}${e.detail ? ` — ${e.detail}` : ''}`).join('\n'));
      return EXIT.ok;
    },
  },
};
