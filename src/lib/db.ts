// The one IndexedDB database of the app. Tables are typed and versioned: never delete a
// version that has an upgrade, add a new one.
import Dexie, { type DexieOptions, type EntityTable } from "dexie";
import type { AccountDocument, AccountSummary, PostboxMessage, Profile } from "./contract/account";
import type { Answers, Application } from "./contract/applications";
import type { Appointment } from "./contract/appointments";
import type { CouncilMeeting, CouncilOrganization, CouncilPaper, CouncilPerson } from "./contract/council";
import type { LifeSituation, Office, Service } from "./contract/guide";
import type { DigitalProvider, FundingProgramme } from "./contract/business";
import type { MapFeatureOf } from "./contract/map";
import type { MyReport, ReportCategory } from "./contract/reports";
import type { Shop, ShoppingDay } from "./contract/shops";
import type { PushRegistration, Warning } from "./contract/warnings";
import type { WasteDistrict, WasteStreet } from "./contract/waste";

export type SyncState = {
  collection: string;
  cursor: string | null;
  /** ETag of the last answer and the cursor it was asked with: If-None-Match only fits that cursor. */
  etag: string | null;
  etagCursor: string | null;
  syncedAt: string | null;
};

/** The address picked on /abfall: one row, key "address". */
export type WasteAddress = { key: "address"; streetId: string; houseNumber: string };

export type OutboxStatus = "pending" | "failed";

export type OutboxEntry = {
  seq?: number;
  /** Made on the device; sent as Idempotency-Key so the server applies it once. */
  id: string;
  /** Which feature wrote it, for the feature's own "sending / failed" display. */
  kind: string;
  /** What the entry is about within the feature (a page, an application id ...). */
  ref: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  /**
   * JSON; for "multipart" the form's fields (strings and Files; IndexedDB keeps Files); for
   * "resumable" `{ file: Blob, name }`, sent in parts that go on where the server left off.
   */
  body: unknown;
  encoding?: "json" | "multipart" | "resumable";
  /**
   * Where anyone may write (no account): the URL of an ALTCHA challenge, solved right before each
   * attempt (a solution expires in minutes, an entry may wait for days) and sent in its header.
   */
  proofOfWork?: string;
  /**
   * The app's language when written, sent as Accept-Language: what the server writes back without an
   * account (a receipt by mail) comes in it. Absent in entries of older versions: the browser's then.
   */
  language?: string;
  status: OutboxStatus;
  attempts: number;
  /** Problem code of the last failure, translated by the UI (errors.<code>). */
  error: string | null;
  createdAt: string;
};

export type FeedbackGiven = { page: string; helpful: boolean; at: string };

/** Who is signed in on this device, as the server last said (key "current"). */
export type StoredSession = { key: "current"; account: AccountSummary; storedAt: string };

/** A document or attachment the user opened: kept so it opens again offline. */
export type StoredFile = { id: string; name: string; mediaType: string; blob: Blob; storedAt: string };

/** This device's push subscription (key "current"): its id and the secret that manages it. */
export type StoredPushRegistration = PushRegistration & { key: "current"; endpoint: string };

/**
 * An appointment booked without an account, with the secret from its mail's link that manages it.
 * Kept so the appointment (reference, QR, what to bring) opens offline and can be cancelled here.
 */
export type DeviceAppointment = { id: string; token: string; appointment: Appointment; storedAt: string };

/** A file picked for an application or an answer: kept with the draft until the server has it. */
export type DraftFile = { id: string; name: string; mediaType: string; size: number; blob: Blob };

/**
 * An application being filled in, saved on every change (key: the application's id, made here).
 * `submittedAt` is set when it went into the outbox; it is removed once the synced application arrives.
 */
export type ApplicationDraft = {
  id: string;
  type: string;
  definitionVersion: number;
  answers: Answers;
  /** Files per attachment slot. */
  files: Record<string, DraftFile[]>;
  /** The step the user was on, to continue there. */
  stepId: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
};

/**
 * A defect report being written on /melden, saved on every change (key "current"), photos included, so
 * that closing the page or the app loses nothing; removed once the report is in the outbox.
 */
export type ReportDraft = {
  key: "current";
  category: ReportCategory | null;
  position: { lat: number; lon: number } | null;
  address: string | null;
  description: string;
  email: string;
  photos: DraftFile[];
  updatedAt: string;
};

/**
 * What the resident has seen of a record, for the start page's "new for you" (key "<kind>:<id>", value
 * the state seen, e.g. a report's status). Personal: it leaves at sign-out.
 */
export type SeenMark = { key: string; value: string; at: string };

export class AppDatabase extends Dexie {
  services!: EntityTable<Service, "id">;
  offices!: EntityTable<Office, "id">;
  lifeSituations!: EntityTable<LifeSituation, "id">;
  syncState!: EntityTable<SyncState, "collection">;
  outbox!: EntityTable<OutboxEntry, "seq">;
  feedbackGiven!: EntityTable<FeedbackGiven, "page">;
  session!: EntityTable<StoredSession, "key">;
  profile!: EntityTable<Profile, "id">;
  documents!: EntityTable<AccountDocument, "id">;
  postbox!: EntityTable<PostboxMessage, "id">;
  files!: EntityTable<StoredFile, "id">;
  warnings!: EntityTable<Warning, "id">;
  mapVacantLots!: EntityTable<MapFeatureOf<"vacant-lots">, "id">;
  mapWifi!: EntityTable<MapFeatureOf<"wifi">, "id">;
  mapSchools!: EntityTable<MapFeatureOf<"schools">, "id">;
  mapBroadband!: EntityTable<MapFeatureOf<"broadband">, "id">;
  mapCoverage!: EntityTable<MapFeatureOf<"mobile-coverage">, "id">;
  pushRegistration!: EntityTable<StoredPushRegistration, "key">;
  appointments!: EntityTable<Appointment, "id">;
  deviceAppointments!: EntityTable<DeviceAppointment, "id">;
  applications!: EntityTable<Application, "id">;
  applicationDrafts!: EntityTable<ApplicationDraft, "id">;
  shops!: EntityTable<Shop, "id">;
  shoppingDays!: EntityTable<ShoppingDay, "id">;
  digitalProviders!: EntityTable<DigitalProvider, "id">;
  fundingProgrammes!: EntityTable<FundingProgramme, "id">;
  councilMeetings!: EntityTable<CouncilMeeting, "id">;
  councilPapers!: EntityTable<CouncilPaper, "id">;
  councilOrganizations!: EntityTable<CouncilOrganization, "id">;
  councilPersons!: EntityTable<CouncilPerson, "id">;
  wasteDistricts!: EntityTable<WasteDistrict, "id">;
  wasteStreets!: EntityTable<WasteStreet, "id">;
  wasteAddress!: EntityTable<WasteAddress, "key">;
  myReports!: EntityTable<MyReport, "id">;
  reportDrafts!: EntityTable<ReportDraft, "key">;
  seen!: EntityTable<SeenMark, "key">;

  constructor(name = "delmenhorst-app", options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      services: "id, category",
      offices: "id",
      lifeSituations: "id",
      syncState: "collection",
      outbox: "++seq, &id, kind, ref, status",
      feedbackGiven: "page",
    });
    // The citizen account: personal tables, emptied at sign-out.
    this.version(2).stores({
      session: "key",
      profile: "id",
      documents: "id, createdAt",
      postbox: "id, createdAt",
      files: "id",
    });
    // Warnings (public feed, and those a push delivered) and this device's push subscription.
    this.version(3).stores({
      warnings: "id, severity, sent",
      pushRegistration: "key",
    });
    // Appointments: the account's (personal feed "appointments") and those booked without an account.
    this.version(4).stores({
      appointments: "id, start",
      deviceAppointments: "id",
    });
    // Online applications: the account's (personal feed "applications") and the drafts on this device.
    this.version(5).stores({
      applications: "id, submittedAt",
      applicationDrafts: "id, updatedAt",
    });
    // The city map's layers (public feeds "map-<layer>").
    this.version(6).stores({
      mapVacantLots: "id",
      mapWifi: "id",
      mapSchools: "id",
      mapBroadband: "id",
      mapCoverage: "id",
    });
    // Delmenhorst Shopping and the support for businesses (public feeds "shops", "shopping-days",
    // "digital-providers", "funding-programmes").
    this.version(7).stores({
      shops: "id, category",
      shoppingDays: "id",
      digitalProviders: "id",
      fundingProgrammes: "id",
    });
    // The council information system (public feeds "council-meetings", "council-papers",
    // "council-organizations", "council-persons").
    this.version(8).stores({
      councilMeetings: "id, start",
      councilPapers: "id, date",
      councilOrganizations: "id",
      councilPersons: "id",
    });
    // The waste calendar (public feeds "waste-districts", "waste-streets") and the address this
    // device picked (not personal data of an account: it stays at sign-out, like the language).
    this.version(9).stores({
      wasteDistricts: "id",
      wasteStreets: "id, name",
      wasteAddress: "key",
    });
    this.version(10).stores({
      myReports: "id, updatedAt",
      reportDrafts: "key",
      seen: "key",
    });
  }
}

let instance: AppDatabase | undefined;

/** The app's database, opened on first use. */
export function appDb(): AppDatabase {
  return (instance ??= new AppDatabase());
}
