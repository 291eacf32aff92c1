// The synced collections in words, for "Daten auf diesem Gerät" on /mehr: a feed name such as
// "map-wifi" means nothing to a resident. Rows appear in this order; a test holds it complete.
import type { SyncState } from "../../lib/db";

export const COLLECTION_LABELS: Record<string, string> = {
  services: "more.data.collections.services",
  offices: "more.data.collections.offices",
  "life-situations": "more.data.collections.lifeSituations",
  warnings: "more.data.collections.warnings",
  "shopping-days": "more.data.collections.shoppingDays",
  shops: "more.data.collections.shops",
  "map-wifi": "more.data.collections.mapWifi",
  "map-schools": "more.data.collections.mapSchools",
  "map-vacant-lots": "more.data.collections.mapVacantLots",
  "map-broadband": "more.data.collections.mapBroadband",
  "map-mobile-coverage": "more.data.collections.mapMobileCoverage",
  "digital-providers": "more.data.collections.digitalProviders",
  "funding-programmes": "more.data.collections.fundingProgrammes",
  "waste-districts": "more.data.collections.wasteDistricts",
  "waste-streets": "more.data.collections.wasteStreets",
  "council-meetings": "more.data.collections.councilMeetings",
  "council-papers": "more.data.collections.councilPapers",
  "council-organizations": "more.data.collections.councilOrganizations",
  "council-persons": "more.data.collections.councilPersons",
  appointments: "more.data.collections.appointments",
  applications: "more.data.collections.applications",
  "my-reports": "more.data.collections.myReports",
  postbox: "more.data.collections.postbox",
  documents: "more.data.collections.documents",
  profile: "more.data.collections.profile",
};

const ORDER = Object.keys(COLLECTION_LABELS);

/**
 * The rows to show with their label keys, in the order above. A name without a label (a collection an
 * older version synced) is left out rather than shown raw.
 */
export function labelledStates(states: readonly SyncState[]): { state: SyncState; labelKey: string }[] {
  return states
    .flatMap((state) => {
      const labelKey = COLLECTION_LABELS[state.collection];
      return labelKey ? [{ state, labelKey }] : [];
    })
    .sort((a, b) => ORDER.indexOf(a.state.collection) - ORDER.indexOf(b.state.collection));
}
