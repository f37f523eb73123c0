/** The enforcement CLI verbs, end to end on a temp data folder. */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, isoDaysFromToday, readyForNotice, seedCase, tempDir, waiveCivilTicketStep } from './cliHarness';

function rows(dataDir: string, table: string): number {
  const db = new Database(path.join(dataDir, 'caseready.db'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

function ok(run: ReturnType<typeof cli>) {
  expect(run.status, run.stderr).toBe(0);
  return run;
}

describe('caseready enforcement verbs', () => {
  it('serves a notice, issues a citation, runs a hearing, keeps the ledger, liens and referrals', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    readyForNotice(dir, caseId, violationId);
    const doc = ok(cli(dir, ['notice', '--json', '--case', String(caseId), '--out', path.join(dir, 'n.pdf')])).json<{ id: number }>();
    const ownerId = ok(cli(dir, ['case', 'show', '--json', String(caseId)])).json<{ owner: { id: number } }>().owner.id;
    const card = path.join(dir, 'green-card.pdf');
    writeFileSync(card, '%PDF-1.4\n% scanned green card\n%%EOF\n');
    const today = isoDaysFromToday(0);

    const served = ok(cli(dir, ['service', 'add', '--json', '--document', String(doc.id), '--party', String(ownerId), '--method', 'certified_mail',
      '--tracking', '9407 1118 9876 5432 1000 00', '--date', today, '--server', 'J. Ortiz', '--outcome', 'returned', '--proof', card]));
    expect(served.json()).toMatchObject({ outcome: 'returned', reResearchAddress: true, proofs: [{ mediaType: 'application/pdf', originalName: 'green-card.pdf' }] });
    expect(ok(cli(dir, ['service', 'add', '--document', String(doc.id), '--party', String(ownerId), '--method', 'posting', '--date', today,
      '--server', 'R. Inspector', '--outcome', 'posted'])).stdout).toMatch(/posting on .* — posted/);

    // A citation is issued as its civil ticket: refused while the civil_ticket step is not ready
    // (the compliance period is still running), nothing recorded; issued once the step is waived.
    const refused = cli(dir, ['citation', 'issue', '--case', String(caseId), '--violation', String(violationId), '--severity', 'minor']);
    expect(refused.status).toBe(4);
    expect(refused.stderr).toMatch(/NOT_READY|not ready/i);
    expect(refused.stderr).toMatch(/Compliance period has run out/);
    expect(rows(dir, 'citations') + rows(dir, 'ledger_entries') + rows(dir, 'number_sequences WHERE prefix = \'CT\'')).toBe(0);
    expect(rows(dir, "documents WHERE kind = 'civil_ticket'")).toBe(0);
    waiveCivilTicketStep(dir, caseId);
    const issued = ok(cli(dir, ['citation', 'issue', '--case', String(caseId), '--violation', String(violationId), '--severity', 'minor']));
    expect(issued.stdout).toMatch(/^Issued civil ticket CT-\d{4}-000001 /);
    expect(rows(dir, "documents WHERE kind = 'civil_ticket' AND number LIKE 'CT-%-000001'")).toBe(1);
    const citation = ok(cli(dir, ['citation', 'list', '--json', '--case', String(caseId)])).json<Array<{ id: number; number: string; fineCents: number }>>()[0]!;
    expect(citation).toMatchObject({ number: expect.stringMatching(/^CT-\d{4}-000001$/), fineCents: 5000 });
    // A corrected print of its ticket: a new document about the same citation, no new citation or fine.
    const reprint = ok(cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'civil_ticket', '--subject', String(citation.id), '--new-version']));
    expect(reprint.stdout).toMatch(/^Issued CT-\d{4}-000002 /);
    expect(rows(dir, 'citations')).toBe(1);
    expect(ok(cli(dir, ['citation', 'status', '--citation', String(citation.id), '--status', 'contested', '--reason', 'Owner filed an appeal'])).stdout).toMatch(/— contested$/m);

    const hearing = ok(cli(dir, ['hearing', 'add', '--json', '--case', String(caseId), '--tribunal', 'Appeals Board', '--docket', 'PMAB-1',
      '--at', `${isoDaysFromToday(14)}T09:30`, '--place', 'Room 105', '--citation', String(citation.id)])).json<{ id: number }>();
    expect(ok(cli(dir, ['hearing', 'continue', '--hearing', String(hearing.id), '--to', `${isoDaysFromToday(28)}T10:00`, '--reason', 'Owner requested time'])).stdout)
      .toMatch(/continued from .* to .*: Owner requested time/);
    const outcome = ok(cli(dir, ['hearing', 'outcome', '--json', '--hearing', String(hearing.id), '--outcome', 'liable', '--order-date', isoDaysFromToday(28), '--fines', '250']));
    expect(outcome.json<{ outcome: { finesOrderedCents: number; appealDeadline: string } }>().outcome.finesOrderedCents).toBe(25000);

    const invoice = path.join(dir, 'invoice.pdf');
    writeFileSync(invoice, '%PDF-1.4\n% invoice\n%%EOF\n');
    ok(cli(dir, ['ledger', 'add', '--case', String(caseId), '--kind', 'abatement', '--amount', '1,234.50', '--date', today,
      '--description', 'Lot mowed', '--contractor', 'GreenCut LLC', '--invoice', invoice]));
    const pay = ok(cli(dir, ['ledger', 'add', '--json', '--case', String(caseId), '--kind', 'payment', '--amount', '$100', '--date', today, '--description', 'Check 1021'])).json<{ id: number }>();
    ok(cli(dir, ['ledger', 'reverse', '--entry', String(pay.id), '--reason', 'Check bounced', '--date', today]));
    const ledger = ok(cli(dir, ['ledger', 'show', '--case', String(caseId)])).stdout;
    // $50.00 citation fine + $250.00 ordered + $1,234.50 abatement - $100 payment + $100 reversal.
    expect(ledger).toMatch(/balance due \$1,534\.50/);
    expect(ledger).toMatch(/\[reversed by #\d+\]/);

    const lien = ok(cli(dir, ['lien', 'record', '--json', '--case', String(caseId), '--type', 'abatement', '--amount', '1234.50', '--recorded-on', today, '--instrument', '2026-0045512'])).json<{ id: number }>();
    expect(ok(cli(dir, ['lien', 'release', '--lien', String(lien.id), '--released-on', today, '--book', '1187', '--page', '220'])).stdout).toMatch(/released .* \(book 1187 page 220\)/);

    const partners = ok(cli(dir, ['partner', 'list', '--json'])).json<Array<{ id: number; name: string }>>();
    expect(partners.map((p) => p.name)).toContain('Model Land Bank Authority');
    const partner = ok(cli(dir, ['partner', 'add', '--json', '--name', 'Model Tenant Union', '--kind', 'tenant_advocate', '--contact', '(555) 010-0111'])).json<{ id: number }>();
    expect(ok(cli(dir, ['referral', 'add', '--case', String(caseId), '--partner', String(partner.id), '--date', today, '--reason', 'Tenant asked for help'])).stdout)
      .toMatch(/to Model Tenant Union — Tenant asked for help/);
    expect(ok(cli(dir, ['verify', '--json'])).json()).toMatchObject({ ok: true });
  });

  it('refuses bad input per field and writes nothing', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    readyForNotice(dir, caseId, violationId);
    const doc = ok(cli(dir, ['notice', '--json', '--case', String(caseId)])).json<{ id: number }>();
    const today = isoDaysFromToday(0);
    const before = rows(dir, 'audit_log');

    const noTracking = cli(dir, ['service', 'add', '--document', String(doc.id), '--party', '1', '--method', 'certified_mail', '--date', today, '--server', 'S', '--outcome', 'delivered']);
    expect(noTracking.status).toBe(1);
    expect(noTracking.stderr).toMatch(/trackingNumber: is required for certified mail/);

    const notes = path.join(dir, 'card.pdf');
    writeFileSync(notes, 'just some text, not a scan');
    const badProof = cli(dir, ['service', 'add', '--document', String(doc.id), '--party', '1', '--method', 'first_class_mail', '--date', today, '--server', 'S', '--outcome', 'delivered', '--proof', notes]);
    expect(badProof.stderr).toMatch(/card\.pdf is not a PDF, JPEG, PNG or TIFF file \(it looks like a text file\).*\[UNSUPPORTED_FILE\]/);

    for (const [amount, message] of [['-5', /negative/], ['12.345', /more than two decimal/], ['ten', /not an amount/], ['100000000.01', /more than/]] as const) {
      // --amount=-5: with a space, "-5" would be read as an unknown option (a usage error, also refused).
      const r = cli(dir, ['ledger', 'add', '--case', String(caseId), '--kind', 'payment', `--amount=${amount}`, '--date', today, '--description', 'x']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/amount:/);
    }
    const badDate = cli(dir, ['citation', 'issue', '--case', String(caseId), '--violation', String(violationId), '--severity', 'minor', '--issued-on', '2026-13-01']);
    expect(badDate.stderr).toMatch(/issuedOn: is not a real calendar date|issuedOn: must be a date/);
    const control = cli(dir, ['hearing', 'add', '--case', String(caseId), '--tribunal', 'Board\u0007', '--docket', 'D', '--at', `${today}T09:00`, '--place', 'P']);
    expect(control.stderr).toMatch(/tribunal: contains control characters/);
    const badTime = cli(dir, ['hearing', 'add', '--case', String(caseId), '--tribunal', 'Board', '--docket', 'D', '--at', `${today} 9am`, '--place', 'P']);
    expect(badTime.stderr).toMatch(/scheduledAt: must be a date and time/);
    const noRef = cli(dir, ['lien', 'record', '--case', String(caseId), '--type', 'fines', '--amount', '5', '--recorded-on', today]);
    expect(noRef.stderr).toMatch(/instrument number, or both book and page/);
    const usage = cli(dir, ['citation', 'issue', '--case', String(caseId), '--severity', 'minor']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--violation is required/);

    expect(rows(dir, 'audit_log')).toBe(before);
    expect(rows(dir, 'service_attempts') + rows(dir, 'ledger_entries') + rows(dir, 'citations') + rows(dir, 'hearings') + rows(dir, 'liens')).toBe(0);
  });

  it('reads the record back: lists per case, proof and invoice files from the vault, referral outcome, partner update', { timeout: 180_000 }, () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    readyForNotice(dir, caseId, violationId);
    const doc = ok(cli(dir, ['notice', '--json', '--case', String(caseId)])).json<{ id: number; number: string }>();
    const ownerId = ok(cli(dir, ['case', 'show', '--json', String(caseId)])).json<{ owner: { id: number } }>().owner.id;
    const today = isoDaysFromToday(0);
    for (const verb of ['citation', 'hearing', 'lien', 'referral']) expect(ok(cli(dir, [verb, 'list', '--case', String(caseId)])).stdout).toMatch(/^No .* on this case\.$/m);

    const card = path.join(dir, 'green-card.png');
    const cardBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    writeFileSync(card, cardBytes);
    const attempt = ok(cli(dir, ['service', 'add', '--json', '--document', String(doc.id), '--party', String(ownerId), '--method', 'personal_service',
      '--date', today, '--server', 'J. Ortiz', '--outcome', 'delivered', '--proof', card])).json<{ id: number; proofs: Array<{ sha256: string }> }>();
    const sha256 = attempt.proofs[0]!.sha256;
    const served = ok(cli(dir, ['service', 'list', '--case', String(caseId)])).stdout;
    expect(served).toContain(`${doc.number} (document ${doc.id}) to Nguyễn Thị Peña`);
    expect(served).toMatch(new RegExp(`proof green-card\\.png \\(image/png\\) sha256 ${sha256}`));

    const saved = path.join(dir, 'out-card.png');
    expect(ok(cli(dir, ['service', 'proof', '--attempt', String(attempt.id), '--sha256', sha256, '--out', saved])).stdout).toMatch(/Wrote green-card\.png \(image\/png\)/);
    expect(readFileSync(saved)).toEqual(cardBytes);
    const again = cli(dir, ['service', 'proof', '--attempt', String(attempt.id), '--sha256', sha256, '--out', saved]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; choose another --out file/);
    const wrong = cli(dir, ['service', 'proof', '--attempt', String(attempt.id), '--sha256', 'a'.repeat(64), '--out', path.join(dir, 'x.png')]);
    expect(wrong.stderr).toMatch(/has no proof file with SHA-256/);
    // An altered vault object is refused, not served.
    const object = path.join(dir, 'vault', 'objects', sha256.slice(0, 2), sha256);
    chmodSync(object, 0o600);
    writeFileSync(object, 'altered');
    const tampered = cli(dir, ['service', 'proof', '--attempt', String(attempt.id), '--sha256', sha256, '--out', path.join(dir, 'y.png')]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toMatch(/no longer matches the hash.*\[INTEGRITY\]/s);

    const invoice = path.join(dir, 'invoice.pdf');
    writeFileSync(invoice, '%PDF-1.4\n% invoice\n%%EOF\n');
    const entry = ok(cli(dir, ['ledger', 'add', '--json', '--case', String(caseId), '--kind', 'abatement', '--amount', '300', '--date', today,
      '--description', 'Board-up', '--contractor', 'SecureIt', '--invoice', invoice])).json<{ id: number }>();
    expect(ok(cli(dir, ['ledger', 'show', '--case', String(caseId)])).stdout).toMatch(/Board-up \(SecureIt\) {2}\[invoice\]/);
    const savedInvoice = path.join(dir, 'saved-invoice.pdf');
    ok(cli(dir, ['ledger', 'invoice', '--entry', String(entry.id), '--out', savedInvoice]));
    expect(readFileSync(savedInvoice, 'utf8')).toContain('% invoice');

    waiveCivilTicketStep(dir, caseId);
    const citation = ok(cli(dir, ['citation', 'issue', '--json', '--case', String(caseId), '--violation', String(violationId), '--severity', 'minor'])).json<{ number: string }>();
    expect(ok(cli(dir, ['citation', 'list', '--case', String(caseId)])).stdout).toContain(`Citation ${citation.number}`);
    ok(cli(dir, ['hearing', 'add', '--case', String(caseId), '--tribunal', 'Appeals Board', '--docket', 'PMAB-9', '--at', `${isoDaysFromToday(14)}T09:30`, '--place', 'Room 105']));
    expect(ok(cli(dir, ['hearing', 'list', '--json', '--case', String(caseId)])).json<Array<{ docketNumber: string }>>().map((h) => h.docketNumber)).toEqual(['PMAB-9']);
    ok(cli(dir, ['lien', 'record', '--case', String(caseId), '--type', 'abatement', '--amount', '300', '--recorded-on', today, '--instrument', '2026-77']));
    expect(ok(cli(dir, ['lien', 'list', '--case', String(caseId)])).stdout).toMatch(/abatement \$300\.00, recorded .* \(instrument 2026-77\)/);

    const partner = ok(cli(dir, ['partner', 'add', '--json', '--name', 'Model Repair Fund', '--kind', 'home_repair', '--contact', '(555) 010-0100'])).json<{ id: number }>();
    const updated = ok(cli(dir, ['partner', 'update', '--json', '--partner', String(partner.id), '--contact', 'repairs@model.example'])).json();
    expect(updated).toMatchObject({ name: 'Model Repair Fund', kind: 'home_repair', contact: 'repairs@model.example' });
    expect(cli(dir, ['partner', 'update', '--partner', String(partner.id)]).stderr).toMatch(/name at least one of --name/);
    expect(cli(dir, ['partner', 'update', '--partner', '9999', '--name', 'X']).stderr).toMatch(/There is no partner 9999/);
    const referral = ok(cli(dir, ['referral', 'add', '--json', '--case', String(caseId), '--partner', String(partner.id), '--date', today, '--reason', 'Owner is 82, fixed income'])).json<{ id: number }>();
    expect(ok(cli(dir, ['referral', 'outcome', '--referral', String(referral.id), '--outcome', 'Roof repaired by the fund'])).stdout).toMatch(/\(outcome: Roof repaired by the fund\)/);
    expect(ok(cli(dir, ['referral', 'list', '--case', String(caseId)])).stdout).toMatch(/to Model Repair Fund — Owner is 82, fixed income \(outcome: Roof repaired by the fund\)/);
    expect(cli(dir, ['referral', 'outcome', '--referral', String(referral.id), '--outcome', ' ']).stderr).toMatch(/outcome:/);
  });
});
