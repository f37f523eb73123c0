/** CLI verbs of the code library, the violation lifecycle and inspections. */
import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { CODE_IMPORT_FIELDS, type CodeImportField, type CodeImportReport, type Inspection } from '../../shared/inspectionsTypes';
import { call, need, options, resolveCase, type Command, type CommandContext } from './cliSupport';
import { EXIT, UsageError } from './output';

export const INSPECTIONS_USAGE = `  code list [--query TEXT] [--all]     the code library (--all includes retired sections)
  code add --section S --title T [--code-name NAME] [--text T] [--action T]
              [--severity immediate_hazard|major|minor] [--days N]
  code import FILE --map FIELD=COLUMN,... [--dry-run] [--errors FILE] [--code-name NAME]
              [--severity S] [--days N]   fields: ${CODE_IMPORT_FIELDS.join(', ')}
                                        (label = "Section 302.4 - Weeds" split into section and title);
                                        exit 1 when any row was rejected (see --errors FILE)
  inspection add --case CASE --type initial|complaint|reinspection|rental|final --date YYYY-MM-DD
              --inspector NAME --entry public_view|consent|administrative_warrant
              [--consent-by NAME] [--warrant NUMBER] [--notes TEXT]
  inspection list --case CASE           inspections, entry authority and findings
  inspection photo --inspection ID --photo ID   record that a photo of the case was taken at the inspection
  inspection finding --inspection ID --violation ID --finding present|corrected|not_observed
              [--note TEXT] [--no-status]  a corrected finding marks the violation corrected unless --no-status
  violation status --violation ID --status open|corrected|referred|dismissed|abated --date YYYY-MM-DD
              [--note TEXT]             dismissed and abated are final
  violation history --violation ID      every status change, oldest first
`;

function wholeId(v: string | undefined, flag: string): number {
  const s = need(v, flag);
  if (!/^\d+$/.test(s)) throw new UsageError(`${flag} must be a number (got "${s}")`);
  return Number(s);
}

function optionalNumber(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number (got "${v}")`);
  return Number(v);
}

/** "--map section=Code,title=Title" -> { section: 'Code', title: 'Title' }. */
export function parseMapping(spec: string): Partial<Record<CodeImportField, string>> {
  const mapping: Partial<Record<CodeImportField, string>> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`--map entries are FIELD=COLUMN (got "${part}")`);
    const field = part.slice(0, eq).trim();
    if (!(CODE_IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--map: unknown field "${field}" (fields: ${CODE_IMPORT_FIELDS.join(', ')})`);
    }
    mapping[field as CodeImportField] = part.slice(eq + 1).trim();
  }
  return mapping;
}

function describeImport(r: CodeImportReport, errorsFile: string | undefined): string {
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written): would add' : 'Added'} ${r.added}, ${r.dryRun ? 'update' : 'updated'} ${r.updated}, unchanged ${r.unchanged}, rejected ${r.rejected}` +
      (r.emptyRowsSkipped ? `, ${r.emptyRowsSkipped} empty row(s) skipped` : ''),
  ];
  for (const row of r.rows) {
    if (row.outcome === 'rejected') lines.push(`  row ${row.row}: REJECTED — ${row.errors.join('; ')}`);
    if (row.outcome === 'update') lines.push(`  row ${row.row}: ${row.section} — changes ${Object.keys(row.changes).join(', ')}`);
  }
  if (r.rejected > 0) lines.push(errorsFile ? `Rejected rows written to ${errorsFile}` : 'Use --errors FILE to save the rejected rows as CSV.');
  return lines.join('\n');
}

function describeInspection(i: Inspection): string {
  const authority =
    i.entryAuthority === 'consent' ? `consent of ${i.consentGivenBy}` : i.entryAuthority === 'administrative_warrant' ? `warrant ${i.warrantNumber}` : 'public view';
  return [
    `Inspection ${i.id}: ${i.kind} on ${i.inspectedOn} by ${i.inspector} (${authority})`,
    ...i.findings.map((f) => `  violation ${f.violationId}: ${f.finding}${f.note ? ` — ${f.note}` : ''}`),
    ...(i.photoIds.length ? [`  photos: ${i.photoIds.join(', ')}`] : []),
  ].join('\n');
}

async function codeImport(ctx: CommandContext): Promise<number> {
  const { values, positionals } = options(
    ctx.args,
    { map: { type: 'string' }, 'dry-run': { type: 'boolean' }, errors: { type: 'string' }, 'code-name': { type: 'string' }, severity: { type: 'string' }, days: { type: 'string' } },
    true,
  );
  const file = need(positionals[0], 'FILE');
  const csvText = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}.`);
  });
  const report = await call(ctx, 'importCodeSections', {
    csvText,
    mapping: parseMapping(need(values.map, '--map')),
    dryRun: values['dry-run'] === true,
    defaultCodeName: values['code-name'],
    defaultSeverity: values.severity as 'major' | undefined,
    defaultComplianceDays: optionalNumber(values.days, '--days'),
  });
  if (values.errors && report.rejected > 0) await writeFile(values.errors, report.errorsCsv);
  ctx.out.result(report, () => describeImport(report, values.errors));
  return report.rejected > 0 ? EXIT.failed : EXIT.ok;
}

export const INSPECTIONS_COMMANDS: Record<string, Command> = {
  'code list': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { query: { type: 'string' }, all: { type: 'boolean' } });
      const sections = await call(ctx, 'listCodeSections', { query: values.query, includeRetired: values.all === true });
      ctx.out.result(sections, () =>
        [
          `${sections.length} section(s)`,
          ...sections.map((s) => `${s.id}  ${s.codeName} ${s.section}  ${s.title}  [${s.severity}, ${s.defaultComplianceDays} days]${s.retiredOn ? ` retired ${s.retiredOn}` : ''}`),
        ].join('\n'),
      );
      return EXIT.ok;
    },
  },
  'code add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        section: { type: 'string' },
        title: { type: 'string' },
        'code-name': { type: 'string' },
        text: { type: 'string' },
        action: { type: 'string' },
        severity: { type: 'string' },
        days: { type: 'string' },
      });
      const codeName = values['code-name'] ?? ctx.core.pack.pack.codeShortName;
      const s = await call(ctx, 'addCodeSection', {
        codeName,
        section: need(values.section, '--section'),
        title: need(values.title, '--title'),
        text: values.text ?? '',
        correctiveAction: values.action ?? '',
        severity: (values.severity ?? 'major') as 'major',
        defaultComplianceDays: optionalNumber(values.days, '--days') ?? 30,
      });
      ctx.out.result(s, () => `Added code section ${s.id}: ${s.codeName} ${s.section} — ${s.title}`);
      return EXIT.ok;
    },
  },
  'code import': { run: codeImport },
  'inspection add': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        type: { type: 'string' },
        date: { type: 'string' },
        inspector: { type: 'string' },
        entry: { type: 'string' },
        'consent-by': { type: 'string' },
        warrant: { type: 'string' },
        notes: { type: 'string' },
      });
      const i = await call(ctx, 'createInspection', {
        caseId: resolveCase(ctx, values.case),
        kind: need(values.type, '--type') as 'initial',
        inspectedOn: need(values.date, '--date'),
        inspector: need(values.inspector, '--inspector'),
        entryAuthority: need(values.entry, '--entry') as 'public_view',
        consentGivenBy: values['consent-by'],
        warrantNumber: values.warrant,
        notes: values.notes ?? '',
      });
      ctx.out.result(i, () => `Added ${describeInspection(i)}`);
      return EXIT.ok;
    },
  },
  'inspection list': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      const list = await call(ctx, 'listInspections', { caseId: resolveCase(ctx, values.case) });
      ctx.out.result(list, () => [`${list.length} inspection(s)`, ...list.map(describeInspection)].join('\n'));
      return EXIT.ok;
    },
  },
  'inspection finding': {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        inspection: { type: 'string' },
        violation: { type: 'string' },
        finding: { type: 'string' },
        note: { type: 'string' },
        'no-status': { type: 'boolean' },
      });
      const r = await call(ctx, 'recordFindings', {
        inspectionId: wholeId(values.inspection, '--inspection'),
        findings: [{ violationId: wholeId(values.violation, '--violation'), finding: need(values.finding, '--finding') as 'present', note: values.note ?? '' }],
        applyCorrections: values['no-status'] !== true,
      });
      ctx.out.result(r, () =>
        [describeInspection(r.inspection), ...r.statusChanges.map((e) => `Violation ${e.violationId}: ${e.fromStatus} -> ${e.toStatus} on ${e.effectiveOn}`)].join('\n'),
      );
      return EXIT.ok;
    },
  },
  'inspection photo': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { inspection: { type: 'string' }, photo: { type: 'string' } });
      const i = await call(ctx, 'linkPhotoToInspection', { inspectionId: wholeId(values.inspection, '--inspection'), photoId: wholeId(values.photo, '--photo') });
      ctx.out.result(i, () => describeInspection(i));
      return EXIT.ok;
    },
  },
  'violation history': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { violation: { type: 'string' } });
      const events = await call(ctx, 'listViolationEvents', { violationId: wholeId(values.violation, '--violation') });
      ctx.out.result(events, () =>
        events.length === 0
          ? 'No status changes: the violation is as it was recorded (open).'
          : events.map((e) => `${e.effectiveOn}  ${e.fromStatus} -> ${e.toStatus}${e.inspectionId ? ` (inspection ${e.inspectionId})` : ''}${e.note ? ` — ${e.note}` : ''}  [${e.recordedBy}]`).join('\n'),
      );
      return EXIT.ok;
    },
  },
  'violation status': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { violation: { type: 'string' }, status: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } });
      const e = await call(ctx, 'setViolationStatus', {
        violationId: wholeId(values.violation, '--violation'),
        status: need(values.status, '--status') as 'open',
        effectiveOn: need(values.date, '--date'),
        note: values.note ?? '',
      });
      ctx.out.result(e, () => `Violation ${e.violationId}: ${e.fromStatus} -> ${e.toStatus} on ${e.effectiveOn}`);
      return EXIT.ok;
    },
  },
};
