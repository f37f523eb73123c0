/**
 * `verify`: the whole-store check a solicitor can ask for before a hearing: SQLite's
 * integrity_check, the audit hash chain, and a re-hash of every vault object.
 */
import type { VerifyReport } from '../../shared/domain';
import type { Db } from '../db/open';
import { allVaultShas } from '../db/queries/vaultObjects';
import { verifyAuditChain } from './audit';
import type { Vault } from './vault/vault';

export async function verifyStore(
  db: Db,
  vault: Vault,
  onProgress: (done: number, total: number, message: string) => void = () => {},
): Promise<VerifyReport> {
  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  const integrityCheck = integrity.join('; ');
  const audit = verifyAuditChain(db);
  const shas = allVaultShas(db);
  const vaultReport = await vault.verify(shas, (done: number, total: number) =>
    onProgress(done, total, `Re-hashed ${done} of ${total} vault objects`),
  );
  const vaultOk = vaultReport.mismatched.length === 0 && vaultReport.missing.length === 0;
  const sqliteVersion = (db.prepare('SELECT sqlite_version()').pluck().get() as string) ?? 'unknown';
  return {
    sqliteVersion,
    ok: integrityCheck === 'ok' && audit.ok && vaultOk,
    integrityCheck,
    audit,
    vault: { ok: vaultOk, checked: vaultReport.checked, mismatched: vaultReport.mismatched, missing: vaultReport.missing },
  };
}
