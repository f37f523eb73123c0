/**
 * Property details (type, occupancy, district, market, tax status): the facts Module 1 of the
 * curriculum weighs when choosing a tool. Every change is audited with its old and new values.
 */
import { AppError } from '../../../shared/errors';
import type { PropertyDetails } from '../../../shared/partiesTypes';
import type { UpdatePropertyInput } from '../../../shared/partiesSchemas';
import type { Db } from '../../db/open';
import * as q from '../../db/queries/parties';
import { appendAudit } from '../audit';
import type { Clock } from '../clock';

export function requireProperty(db: Db, propertyId: number): PropertyDetails {
  const p = q.getPropertyDetails(db, propertyId);
  if (!p) throw new AppError('NOT_FOUND', `Property ${propertyId} does not exist. Reload the case and try again.`);
  return p;
}

type Editable = Omit<PropertyDetails, 'id' | 'updatedAt'>;
const EDITABLE_FIELDS = [
  'parcelId',
  'address',
  'legalDescription',
  'propertyType',
  'unitCount',
  'occupancy',
  'councilDistrict',
  'neighborhood',
  'marketType',
  'taxStatus',
] as const satisfies ReadonlyArray<keyof Editable>;

/** Applies a patch. A unit count belongs to multi-unit buildings only; changing the type away
 * from multi-unit without naming a unit count clears it, rather than failing on a stale value. */
export function mergePropertyPatch(current: PropertyDetails, patch: UpdatePropertyInput): Editable {
  const next: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) next[f] = patch[f] === undefined ? current[f] : patch[f];
  const merged = next as unknown as Editable;
  if (merged.propertyType === 'multi_unit' && merged.unitCount === null) {
    throw new AppError('VALIDATION', 'unitCount: a multi-unit building needs its number of units (2 or more).');
  }
  if (merged.propertyType !== 'multi_unit' && merged.unitCount !== null) {
    if (patch.unitCount === undefined) return { ...merged, unitCount: null };
    throw new AppError(
      'VALIDATION',
      'unitCount: a unit count applies only to multi-unit buildings. Set the property type to multi-unit, or leave the unit count empty.',
    );
  }
  return merged;
}

export function updateProperty(db: Db, input: UpdatePropertyInput, actor: string, clock: Clock): PropertyDetails {
  const now = clock.now();
  db.transaction(() => {
    const current = requireProperty(db, input.propertyId);
    const next = mergePropertyPatch(current, input);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const f of EDITABLE_FIELDS) {
      if (current[f] !== next[f]) changes[f] = { from: current[f], to: next[f] };
    }
    if (Object.keys(changes).length === 0) return;
    if (changes.parcelId) {
      const other = q.findPropertyIdByParcel(db, next.parcelId);
      if (other !== undefined && other !== current.id) {
        throw new AppError('CONFLICT', `Parcel ${next.parcelId} is already recorded for another property. Check the parcel id.`);
      }
    }
    q.writePropertyDetails(db, { id: current.id, ...next }, now.toISOString());
    appendAudit(db, { actor, action: 'property.update', entity: 'property', entityId: current.id, details: { changes } }, now);
  }).immediate();
  return requireProperty(db, input.propertyId);
}
