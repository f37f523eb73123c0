/** Pre-fills the column mapping from header names ("Complaint #", "Owner(s)", "SBL" ...). */
import type { ColumnMapping, ImportField } from '../../../../shared/searchTypes';

/** Normalized header names per field, best first. */
const NAMES: Record<ImportField, readonly string[]> = {
  sourceCaseNumber: ['casenumber', 'caseno', 'casenum', 'caseid', 'case', 'complaintnumber', 'complaintno', 'complaint', 'inspectionnumber', 'recordnumber', 'recordid'],
  address: ['address', 'propertyaddress', 'siteaddress', 'streetaddress', 'locationaddress'],
  parcelId: ['parcelid', 'parcel', 'parcelnumber', 'pin', 'apn', 'sbl', 'identifier', 'taxid'],
  ownerName: ['ownername', 'owner', 'owners', 'propertyowner', 'ownerofrecord'],
  ownerMailingAddress: ['ownermailingaddress', 'mailingaddress', 'owneraddress'],
  openedOn: ['openedon', 'opened', 'opendate', 'dateopened', 'casedate', 'complaintdate', 'violationdate', 'inspectiondate'],
  inspector: ['inspector', 'inspectorname', 'inspectorid', 'assignedto', 'officer'],
  status: ['status', 'casestatus', 'complaintstatus', 'violationstatus'],
  violationCode: ['violationcode', 'code', 'codesection', 'section', 'ordinance'],
  violationDescription: ['violationdescription', 'description', 'violationdesc'],
  complianceDate: ['compliancedate', 'complybydate', 'complyby', 'duedate', 'deadline', 'compliancedue'],
};

const normalize = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  const out: ColumnMapping = {};
  for (const field of Object.keys(NAMES) as ImportField[]) {
    for (const name of NAMES[field]) {
      const header = headers.find((h) => normalize(h) === name && !taken.has(h));
      if (header !== undefined) {
        out[field] = header;
        taken.add(header);
        break;
      }
    }
  }
  return out;
}
