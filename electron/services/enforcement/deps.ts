/** What every enforcement service needs: the store, the vault (for proofs and invoices), time, who acts, the pack. */
import type { JurisdictionPack } from '../../../shared/jurisdictionPack';
import type { Db } from '../../db/open';
import type { Clock } from '../clock';
import type { Vault } from '../vault/vault';

export interface EnforcementDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
  readonly pack: JurisdictionPack;
}
