/**
 * The schema of a jurisdiction pack's `checklists.json`: for each legal step, the items the law
 * department wants before it acts. Items are data; the only code is the predicate library
 * (predicates.ts), and a pack naming an unknown predicate or giving bad parameters is refused
 * when it loads, with the step and item named so the author can find the line.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS, PARTY_KINDS, type DocumentKind } from '../domain';
import { OCCUPANCIES, PROPERTY_TYPES } from '../partiesTypes';
import { isPredicateName, PREDICATE_NAMES, PREDICATES } from './predicates';

/** The legal steps a checklist can guard, in the order a case usually reaches them. */
export const CHECKLIST_STEPS = ['notice_of_violation', 'civil_ticket', 'refer_to_law', 'hearing_readiness', 'abatement', 'file_lien'] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

/** Where in the app a person fixes what an item finds missing (the case tabs and the code library page). */
export const FIX_LOCATIONS = [
  'tab:evidence',
  'tab:parties',
  'tab:inspections',
  'tab:timeline',
  'tab:service',
  'tab:hearings',
  'tab:costs',
  'tab:referrals',
  'page:codes',
] as const;
export type FixLocation = (typeof FIX_LOCATIONS)[number];

/**
 * The documents a step can guard: every kind CaseReady issues (`DOCUMENT_KINDS` in shared/domain.ts).
 * A new kind of document added there becomes listable in a pack's `documents` with no change here.
 */
export const GUARDABLE_DOCUMENT_KINDS = DOCUMENT_KINDS;

const text = z.string().trim().min(1, 'must not be blank').max(500);
const itemId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes');

/** Every listed condition must hold; a list means "any of these". */
export const appliesWhenSchema = z
  .object({
    occupancy: z.array(z.enum(OCCUPANCIES)).min(1).optional(),
    ownerKind: z.array(z.enum(PARTY_KINDS)).min(1).optional(),
    propertyType: z.array(z.enum(PROPERTY_TYPES)).min(1).optional(),
  })
  .strict();
export type AppliesWhen = z.output<typeof appliesWhenSchema>;

export const checklistItemSchema = z
  .object({
    id: itemId,
    title: text,
    why: text,
    predicate: z.object({ name: z.string(), params: z.record(z.string(), z.unknown()).default({}) }).strict(),
    severity: z.enum(['blocking', 'advisory']),
    appliesWhen: appliesWhenSchema.optional(),
    fixAt: z.enum(FIX_LOCATIONS),
  })
  .strict();
export type ChecklistItem = z.output<typeof checklistItemSchema>;

export const checklistStepSchema = z
  .object({
    id: z.enum(CHECKLIST_STEPS),
    title: text,
    items: z.array(checklistItemSchema).min(1),
    /** Documents that stay locked until this step is ready (every applicable blocking item met or waived). */
    documents: z.array(z.enum(GUARDABLE_DOCUMENT_KINDS)).optional(),
  })
  .strict();

export const checklistPackSchema = z
  .object({
    steps: z.array(checklistStepSchema).min(1),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const steps = new Set<string>();
    const guardedBy = new Map<string, string>();
    pack.steps.forEach((step, s) => {
      if (steps.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', s, 'id'], message: `step "${step.id}" appears twice` });
      steps.add(step.id);
      // One step per document: the gate must name a single checklist the clerk can work through.
      (step.documents ?? []).forEach((kind, d) => {
        const other = guardedBy.get(kind);
        if (other !== undefined) {
          const message = other === step.id ? `step "${step.id}": document "${kind}" is listed twice` : `step "${step.id}": document "${kind}" is already guarded by step "${other}"`;
          ctx.addIssue({ code: 'custom', path: ['steps', s, 'documents', d], message });
        }
        guardedBy.set(kind, step.id);
      });
      const ids = new Set<string>();
      step.items.forEach((item, i) => {
        const where = `step "${step.id}", item "${item.id}"`;
        const path = ['steps', s, 'items', i];
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `${where}: the id is used twice in this step` });
        ids.add(item.id);
        const name = item.predicate.name;
        if (!isPredicateName(name)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'predicate', 'name'], message: `${where}: unknown predicate "${name}" (known: ${PREDICATE_NAMES.join(', ')})` });
          return;
        }
        const parsed = PREDICATES[name].params.safeParse(item.predicate.params);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const param = issue.path.length ? issue.path.map(String).join('.') : '(params)';
            ctx.addIssue({ code: 'custom', path: [...path, 'predicate', 'params', ...issue.path.map(String)], message: `${where}: predicate ${name} parameter ${param}: ${issue.message}` });
          }
        }
      });
    });
  });
export type ChecklistPack = z.output<typeof checklistPackSchema>;

/** The step whose checklist guards a kind of document, or null when no step lists it (the document is not gated). */
export function stepGuardingDocument(pack: ChecklistPack, kind: DocumentKind): ChecklistStep | null {
  return pack.steps.find((s) => s.documents?.includes(kind))?.id ?? null;
}
