/** Shared by the enforcement CLI verbs: numeric flags, and how records print for a person (--json prints the records themselves). */
import type { Citation, Hearing, Ledger, LedgerEntry, Lien, Partner, Referral, ServiceAttempt } from '../../shared/enforcementTypes';
import { formatCents } from '../../shared/money';
import type { CommandContext } from './cliSupport';
import { need } from './cliSupport';
import { EXIT, UsageError } from './output';

export function idOf(v: string | undefined, flag: string): number {
  const s = need(v, flag);
  if (!/^\d+$/.test(s)) throw new UsageError(`${flag} must be a number (got "${s}")`);
  return Number(s);
}

export async function show<T>(ctx: CommandContext, value: T, human: (v: T) => string): Promise<number> {
  ctx.out.result(value, () => human(value));
  return EXIT.ok;
}

export const describeAttempt = (a: ServiceAttempt) =>
  `Service attempt ${a.id}: ${a.method}${a.trackingNumber ? ` ${a.trackingNumber}` : ''} on ${a.attemptedOn} by ${a.server} — ${a.outcome}` +
  `${a.proofs.map((p) => `\n  proof ${p.originalName} (${p.mediaType}) sha256 ${p.sha256}`).join('')}` +
  `${a.reResearchAddress ? '\n  Returned: re-research the address before mailing again.' : ''}`;

export const describeCitation = (c: Citation) =>
  `Citation ${c.number} (id ${c.id}): ${c.severity}, offense ${c.offenseNumber}, fine ${formatCents(c.fineCents)}, issued ${c.issuedOn}, due ${c.dueOn} — ${c.status}`;

export function describeHearing(h: Hearing): string {
  const lines = [`Hearing ${h.id}: ${h.tribunal}, docket ${h.docketNumber}, ${h.scheduledAt.replace('T', ' ')} at ${h.place}${h.hearingOfficer ? ` (${h.hearingOfficer})` : ''}`];
  for (const c of h.continuances) lines.push(`  continued from ${c.previousAt.replace('T', ' ')} to ${c.newAt.replace('T', ' ')}: ${c.reason}`);
  if (h.outcome) {
    lines.push(`  Outcome: ${h.outcome.outcome}, fines ${formatCents(h.outcome.finesOrderedCents)}, ordered ${h.outcome.orderDate}; appeal by ${h.outcome.appealDeadline}`);
  }
  return lines.join('\n');
}

export const describeEntry = (e: LedgerEntry) =>
  `${e.entryDate}  #${e.id}  ${e.kind.padEnd(9)} ${formatCents(e.deltaCents).padStart(14)}  balance ${formatCents(e.balanceCents).padStart(14)}  ${e.description}` +
  `${e.contractor ? ` (${e.contractor})` : ''}${e.invoiceSha256 ? '  [invoice]' : ''}${e.reversedByEntryId ? `  [reversed by #${e.reversedByEntryId}]` : ''}`;

export const describeLedger = (l: Ledger) =>
  [...l.entries.map(describeEntry), `Charges ${formatCents(l.chargesCents)}, payments ${formatCents(l.paymentsCents)}, balance due ${formatCents(l.balanceCents)}`].join('\n');

const reference = (r: { instrumentNumber: string | null; book: string | null; page: string | null }) =>
  r.instrumentNumber ? `instrument ${r.instrumentNumber}` : `book ${r.book} page ${r.page}`;

export const describeLien = (l: Lien) =>
  `Lien ${l.id}: ${l.lienType} ${formatCents(l.amountCents)}, recorded ${l.recordedOn} (${reference(l)})` +
  (l.release ? `; released ${l.release.releasedOn} (${reference(l.release)})` : '');

export const describePartner = (p: Partner) => `partner ${p.id}: ${p.name} (${p.kind})${p.contact ? ` — ${p.contact}` : ''}${p.whenToRefer ? `\n    when to refer: ${p.whenToRefer}` : ''}`;
export const describeReferral = (r: Referral) => `Referral ${r.id}: ${r.referredOn} to ${r.partnerName} — ${r.reason}${r.outcome ? ` (outcome: ${r.outcome})` : ''}`;
