// The one list of synced collections, read by the server's change feed (server/platform/sync), the
// device's sync (src/lib/synced-collections.ts) and the sign-out wipe (src/lib/personal-data.ts): a
// collection added here is served, pulled and, if personal, wiped with nothing else to keep in step.
import type { z } from "zod";
import { documentSchema, postboxMessageSchema, profileSchema } from "./account";
import { applicationSchema } from "./application-record";
import { appointmentSchema } from "./appointments";
import {
  digitalProviderSchema,
  FUNDING_COLLECTION,
  fundingProgrammeSchema,
  PROVIDERS_COLLECTION,
} from "./business";
import {
  COUNCIL_MEETINGS_COLLECTION,
  COUNCIL_ORGANIZATIONS_COLLECTION,
  COUNCIL_PAPERS_COLLECTION,
  COUNCIL_PERSONS_COLLECTION,
  councilMeetingSchema,
  councilOrganizationSchema,
  councilPaperSchema,
  councilPersonSchema,
} from "./council";
import { lifeSituationSchema, officeSchema, serviceSchema } from "./guide";
import { mapFeatureSchemas } from "./map";
import { collectionOfLayer, MAP_LAYERS, type MapLayer } from "./map-constants";
import { MY_REPORTS_COLLECTION, myReportSchema } from "./reports";
import { shoppingDaySchema, shopSchema } from "./shops";
import { SHOPPING_DAYS_COLLECTION, SHOPS_COLLECTION } from "./shops-constants";
import { warningSchema } from "./warnings";
import {
  WASTE_DISTRICTS_COLLECTION,
  WASTE_STREETS_COLLECTION,
  wasteDistrictSchema,
  wasteStreetSchema,
} from "./waste";

/** public: everyone reads everything; personal: each account reads only its own, and it leaves the device at sign-out. */
export type Visibility = "public" | "personal";

export type SyncedCollection = {
  /** Name in the feed URL: /api/sync/<name>. */
  name: string;
  /** What each record must satisfy on arrival (older or broken records are skipped, not stored). */
  schema: z.ZodType<{ id: string }>;
  visibility: Visibility;
  /** The table of the device's database (src/lib/db.ts) that holds the copy, keyed by `id`. */
  table: string;
};

const entry = <const T extends string>(
  name: string,
  schema: z.ZodType<{ id: string }>,
  visibility: Visibility,
  table: T,
) => ({ name, schema, visibility, table });

/** The device table of each map layer. */
const LAYER_TABLES = {
  "vacant-lots": "mapVacantLots",
  wifi: "mapWifi",
  schools: "mapSchools",
  broadband: "mapBroadband",
  "mobile-coverage": "mapCoverage",
} as const satisfies Record<MapLayer, string>;

export const SYNCED_COLLECTIONS = [
  // The services guide (server/features/guide).
  entry("services", serviceSchema, "public", "services"),
  entry("offices", officeSchema, "public", "offices"),
  entry("life-situations", lifeSituationSchema, "public", "lifeSituations"),
  // Official warnings and city notices (server/features/warnings).
  entry("warnings", warningSchema, "public", "warnings"),
  // The citizen account (server/features/account): master data, documents, postbox.
  entry("profile", profileSchema, "personal", "profile"),
  entry("documents", documentSchema, "personal", "documents"),
  entry("postbox", postboxMessageSchema, "personal", "postbox"),
  // Appointments booked with the account, online applications with their timeline.
  entry("appointments", appointmentSchema, "personal", "appointments"),
  entry("applications", applicationSchema, "personal", "applications"),
  // The resident's own defect reports (server/features/reports/feed.ts); those sent without an account are in none.
  entry(MY_REPORTS_COLLECTION, myReportSchema, "personal", "myReports"),
  // The city map's layers: what staff publish and imports bring (server/features/map).
  ...MAP_LAYERS.map((layer) =>
    entry(collectionOfLayer(layer), mapFeatureSchemas[layer], "public", LAYER_TABLES[layer]),
  ),
  // Delmenhorst Shopping (server/features/shops) and the support for businesses (server/features/business).
  entry(SHOPS_COLLECTION, shopSchema, "public", "shops"),
  entry(SHOPPING_DAYS_COLLECTION, shoppingDaySchema, "public", "shoppingDays"),
  entry(PROVIDERS_COLLECTION, digitalProviderSchema, "public", "digitalProviders"),
  entry(FUNDING_COLLECTION, fundingProgrammeSchema, "public", "fundingProgrammes"),
  // The council information system (server/features/council, imported by OParl).
  entry(COUNCIL_MEETINGS_COLLECTION, councilMeetingSchema, "public", "councilMeetings"),
  entry(COUNCIL_PAPERS_COLLECTION, councilPaperSchema, "public", "councilPapers"),
  entry(COUNCIL_ORGANIZATIONS_COLLECTION, councilOrganizationSchema, "public", "councilOrganizations"),
  entry(COUNCIL_PERSONS_COLLECTION, councilPersonSchema, "public", "councilPersons"),
  // The waste collection calendar (server/features/waste): districts with their days, streets.
  entry(WASTE_DISTRICTS_COLLECTION, wasteDistrictSchema, "public", "wasteDistricts"),
  entry(WASTE_STREETS_COLLECTION, wasteStreetSchema, "public", "wasteStreets"),
] satisfies SyncedCollection[];

/** A device table that holds a synced collection. */
export type CollectionTable = (typeof SYNCED_COLLECTIONS)[number]["table"];

export const findSyncedCollection = (name: string): SyncedCollection | undefined =>
  SYNCED_COLLECTIONS.find((collection) => collection.name === name);

export const PERSONAL_COLLECTIONS = SYNCED_COLLECTIONS.filter((c) => c.visibility === "personal");

/**
 * API paths whose outbox writes carry a person's data: at sign-out they leave the device unsent. A
 * consultation request holds the resident's name and contact, so it is one, sent with or without an account;
 * so is a chat message.
 */
export const PERSONAL_WRITE_PATHS = [
  "/api/account",
  "/api/staff",
  "/api/applications",
  "/api/business/consultations",
  "/api/chat",
  "/api/accessibility/feedback",
] as const;

export const isPersonalWrite = (url: string): boolean =>
  PERSONAL_WRITE_PATHS.some((path) => url.startsWith(path));
