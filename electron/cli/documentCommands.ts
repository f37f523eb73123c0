/**
 * CLI verbs that issue documents: `document generate` for any kind, and the older `notice` and
 * `demand` spellings of the same call. Every one goes through the contract's generateDocument,
 * so the checklist gate refuses it here exactly as in the app (exit 4, NOT_READY).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGE_CHOICES, type DocumentKind, type DocumentLanguageChoice, type IssuedDocument } from '../../shared/domain';
import { currentVersion } from '../../shared/documentVersions';
import { AppError } from '../../shared/errors';
import { call, options, resolveCase, type Command, type CommandContext } from './cliSupport';
import { EXIT, UsageError } from './output';

export const DOCUMENTS_USAGE = `  document generate --case CASE --kind KIND [--subject ID] [--language recipient|en|es|both] [--new-version] [--out FILE.pdf] [--docx FILE.docx]
                                        issue a document of any kind (see document kinds); refused until
                                        (--subject: the record a per-record kind is about, e.g. the
                                        service attempt of a certificate of mailing or an affidavit)
                                        the pack's checklist step guarding KIND is ready or waived.
                                        Language: the recipient's preferred one when the pack offers it
                                        (default), one explicitly, or both in one document.
                                        --subject: the record a per-record kind is about (a citation's id:
                                        a corrected print of its civil ticket, with --new-version).
                                        A kind already issued on the case is issued again only with
                                        --new-version: it replaces the current version, both stay.
                                        --subject: the record a per-record kind is about (the service
                                        attempt of a certificate, the hearing of its notice, the lien
                                        of a release, the citation of a re-printed ticket)
  document batch --kind KIND --cases CASE,CASE,... [--language ...]
                                        issue one kind for many cases (a sweep): each case as a single
                                        document would be, refused ones named with why; Ctrl-C stops
                                        it between two documents (exit 1 if any case was refused)
  document kinds                        the kinds of document CaseReady issues
  notice --case CASE [--new-version] [--out FILE.pdf]
                                        issue a Notice of Violation (= document generate --kind notice_of_violation)
  demand CASE [--new-version] [--out FILE.pdf]
                                        issue a Demand for Payment of the ledger's balance (DFP-…);
                                        refused when nothing is owed or no abatement cost is recorded
`;

/** Writes one rendition of an issued document (re-hashed by the core); never overwrites. */
async function writeRendition(ctx: CommandContext, doc: IssuedDocument, format: 'pdf' | 'docx', file: string): Promise<string> {
  const got = await call(ctx, 'getDocumentFile', { documentId: doc.id, format });
  const written = path.resolve(file);
  await writeFile(written, Buffer.from(got.dataBase64, 'base64'), { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('CONFLICT', err.code === 'EEXIST' ? `${written} already exists; choose another file. ${doc.number} was issued; save it again with another name.` : `Cannot write ${written}: ${err.message}`);
  });
  return written;
}

/** Prints an issued document and writes its PDF (--out) and DOCX (--docx) when asked. */
async function reportIssued(ctx: CommandContext, doc: IssuedDocument, flags: GenerateFlags): Promise<number> {
  const written = flags.out ? await writeRendition(ctx, doc, 'pdf', flags.out) : undefined;
  const docx = flags.docx ? await writeRendition(ctx, doc, 'docx', flags.docx) : undefined;
  ctx.out.result({ ...doc, written, ...(docx ? { writtenDocx: docx } : {}) }, () =>
    [`Issued ${doc.number} (${doc.pageCount} page(s)), sha256 ${doc.sha256}`, ...(written ? [`Wrote ${written}`] : []), ...(docx ? [`Wrote ${docx}`] : [])].join('\n'),
  );
  return EXIT.ok;
}

function kindOf(value: string | undefined): DocumentKind {
  if (!value) throw new UsageError(`name the kind of document: --kind ${DOCUMENT_KINDS.join('|')}`);
  const kind = DOCUMENT_KINDS.find((k) => k === value);
  if (!kind) throw new UsageError(`"${value}" is not a kind of document; use one of ${DOCUMENT_KINDS.join(', ')}`);
  return kind;
}

function subjectOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--subject takes the id of the record the document is about (a number), not "${value}"`);
  return Number(value);
}

function languageOf(value: string | undefined): DocumentLanguageChoice {
  if (value === undefined) return 'recipient';
  const choice = DOCUMENT_LANGUAGE_CHOICES.find((c) => c === value);
  if (!choice) throw new UsageError(`"${value}" is not a language choice; use one of ${DOCUMENT_LANGUAGE_CHOICES.join(', ')}`);
  return choice;
}

const DOCUMENT_OPTIONS = { case: { type: 'string' }, subject: { type: 'string' }, out: { type: 'string' }, docx: { type: 'string' }, language: { type: 'string' }, 'new-version': { type: 'boolean' } } as const;

interface GenerateFlags {
  readonly subject?: string;
  readonly out?: string;
  readonly docx?: string;
  readonly language?: string;
  readonly 'new-version'?: boolean;
}

async function generate(ctx: CommandContext, caseRef: string | undefined, kind: DocumentKind, flags: GenerateFlags): Promise<number> {
  const caseId = resolveCase(ctx, caseRef);
  // Checked before issuing: an issued document is permanent, and a file that cannot be written
  // afterwards would leave the person with a number but no PDF.
  for (const [flag, file] of [['--out', flags.out], ['--docx', flags.docx]] as const) {
    if (file && existsSync(path.resolve(file))) throw new AppError('CONFLICT', `${path.resolve(file)} already exists; choose another ${flag} file. Nothing was issued.`);
  }
  // --new-version names the version current now: this process owns the data folder, so no
  // other writer can issue one between this read and the call.
  const subjectId = subjectOf(flags.subject);
  let replaces: number | null = null;
  if (flags['new-version']) {
    const detail = await call(ctx, 'getCase', { caseId });
    const current = currentVersion(detail.documents, kind, subjectId);
    if (!current) throw new UsageError(`case ${detail.caseNumber} has no ${kind.replaceAll('_', ' ')} yet; leave out --new-version for its first issue`);
    replaces = current.id;
  }
  const doc = await call(ctx, 'generateDocument', { caseId, kind, language: languageOf(flags.language), replaces, subjectId });
  return reportIssued(ctx, doc, flags);
}

async function runBatch(ctx: CommandContext, kind: DocumentKind, cases: string | undefined, language: DocumentLanguageChoice): Promise<number> {
  if (!cases) throw new UsageError('name the cases: --cases CE-2026-0001,CE-2026-0002 (case numbers or ids)');
  const caseIds = cases.split(',').map((ref) => resolveCase(ctx, ref.trim()));
  // Ctrl-C asks the sweep to stop between two documents instead of killing it mid-document.
  const stop = new AbortController();
  const onInt = () => stop.abort();
  process.once('SIGINT', onInt);
  try {
    const result = await call(ctx, 'generateDocumentBatch', { kind, caseIds, language }, { signal: stop.signal });
    ctx.out.result(result, () =>
      [
        ...result.issued.map((d) => `Issued ${d.number} for case ${d.caseNumber ?? d.caseId}`),
        ...result.failed.map((f) => `Refused for case ${f.caseNumber ?? f.caseId} (${f.code}): ${f.message}`),
        ...(result.cancelled ? [`Cancelled: ${result.notStarted.length} case(s) not started`] : []),
        ...(result.stoppedBy ? [`Stopped: ${result.stoppedBy.message}`] : []),
        `${result.issued.length} of ${result.requested} issued`,
      ].join('\n'),
    );
    return result.failed.length > 0 || result.cancelled ? EXIT.failed : EXIT.ok;
  } finally {
    process.removeListener('SIGINT', onInt);
  }
}

export const DOCUMENT_COMMANDS: Record<string, Command> = {
  'document generate': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { ...DOCUMENT_OPTIONS, kind: { type: 'string' } });
      return generate(ctx, values.case, kindOf(values.kind), values);
    },
  },
  'document batch': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { kind: { type: 'string' }, cases: { type: 'string' }, language: { type: 'string' } });
      return runBatch(ctx, kindOf(values.kind), values.cases, languageOf(values.language));
    },
  },
  'document kinds': {
    opensCore: false,
    run: async (ctx) => {
      // The registry (loaded on first use, like all document code) is what can be issued.
      const { documentKindSpecs } = await import('../services/documents/kinds/registry');
      const kinds = documentKindSpecs().map((s) => s.kind);
      ctx.out.result({ kinds }, () => kinds.join('\n'));
      return EXIT.ok;
    },
  },
  notice: {
    run: async (ctx) => {
      const { values } = options(ctx.args, DOCUMENT_OPTIONS);
      return generate(ctx, values.case, 'notice_of_violation', values);
    },
  },
  demand: {
    run: async (ctx) => {
      // The case as a positional (`demand CE-2026-0001`) or as --case, like the notice.
      const { values, positionals } = options(ctx.args, DOCUMENT_OPTIONS, true);
      if (positionals.length > 1 || (positionals.length === 1 && values.case)) throw new UsageError('name the case once: demand CASE');
      return generate(ctx, values.case ?? positionals[0], 'demand_for_payment', values);
    },
  },
};
