/**
 * CLI verbs that issue documents: `document generate` for any kind, and the older `notice` and
 * `demand` spellings of the same call. Every one goes through the contract's generateDocument,
 * so the checklist gate refuses it here exactly as in the app (exit 4, NOT_READY).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGE_CHOICES, type DocumentKind, type DocumentLanguageChoice, type IssuedDocument } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { call, options, resolveCase, type Command, type CommandContext } from './cliSupport';
import { EXIT, UsageError } from './output';

export const DOCUMENTS_USAGE = `  document generate --case CASE --kind KIND [--language recipient|en|es|both] [--out FILE.pdf]
                                        issue a document of any kind (see document kinds); refused until
                                        the pack's checklist step guarding KIND is ready or waived.
                                        Language: the recipient's preferred one when the pack offers it
                                        (default), one explicitly, or both in one document
  document kinds                        the kinds of document CaseReady issues
  notice --case CASE [--out FILE.pdf]   issue a Notice of Violation (= document generate --kind notice_of_violation)
  demand CASE [--out FILE.pdf]          issue a Demand for Payment of the ledger's balance (DFP-…);
                                        refused when nothing is owed or no abatement cost is recorded
`;

/** Prints an issued document and, with --out, writes its PDF (re-hashed by the core; never overwrites). */
async function reportIssued(ctx: CommandContext, doc: IssuedDocument, out: string | undefined): Promise<number> {
  let written: string | undefined;
  if (out) {
    const pdf = await call(ctx, 'getDocumentPdf', { documentId: doc.id });
    written = path.resolve(out);
    await writeFile(written, Buffer.from(pdf.dataBase64, 'base64'), { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      throw new AppError('CONFLICT', err.code === 'EEXIST' ? `${written} already exists; choose another --out file.` : `Cannot write ${written}: ${err.message}`);
    });
  }
  ctx.out.result({ ...doc, written }, () => `Issued ${doc.number} (${doc.pageCount} page(s)), sha256 ${doc.sha256}${written ? `\nWrote ${written}` : ''}`);
  return EXIT.ok;
}

function kindOf(value: string | undefined): DocumentKind {
  if (!value) throw new UsageError(`name the kind of document: --kind ${DOCUMENT_KINDS.join('|')}`);
  const kind = DOCUMENT_KINDS.find((k) => k === value);
  if (!kind) throw new UsageError(`"${value}" is not a kind of document; use one of ${DOCUMENT_KINDS.join(', ')}`);
  return kind;
}

function languageOf(value: string | undefined): DocumentLanguageChoice {
  if (value === undefined) return 'recipient';
  const choice = DOCUMENT_LANGUAGE_CHOICES.find((c) => c === value);
  if (!choice) throw new UsageError(`"${value}" is not a language choice; use one of ${DOCUMENT_LANGUAGE_CHOICES.join(', ')}`);
  return choice;
}

const DOCUMENT_OPTIONS = { case: { type: 'string' }, out: { type: 'string' }, language: { type: 'string' } } as const;

async function generate(ctx: CommandContext, caseRef: string | undefined, kind: DocumentKind, out: string | undefined, language: string | undefined): Promise<number> {
  const doc = await call(ctx, 'generateDocument', { caseId: resolveCase(ctx, caseRef), kind, language: languageOf(language) });
  return reportIssued(ctx, doc, out);
}

export const DOCUMENT_COMMANDS: Record<string, Command> = {
  'document generate': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { ...DOCUMENT_OPTIONS, kind: { type: 'string' } });
      return generate(ctx, values.case, kindOf(values.kind), values.out, values.language);
    },
  },
  'document kinds': {
    opensCore: false,
    run: (ctx) => {
      ctx.out.result({ kinds: DOCUMENT_KINDS }, () => DOCUMENT_KINDS.join('\n'));
      return Promise.resolve(EXIT.ok);
    },
  },
  notice: {
    run: async (ctx) => {
      const { values } = options(ctx.args, DOCUMENT_OPTIONS);
      return generate(ctx, values.case, 'notice_of_violation', values.out, values.language);
    },
  },
  demand: {
    run: async (ctx) => {
      // The case as a positional (`demand CE-2026-0001`) or as --case, like the notice.
      const { values, positionals } = options(ctx.args, DOCUMENT_OPTIONS, true);
      if (positionals.length > 1 || (positionals.length === 1 && values.case)) throw new UsageError('name the case once: demand CASE');
      return generate(ctx, values.case ?? positionals[0], 'demand_for_payment', values.out, values.language);
    },
  },
};
