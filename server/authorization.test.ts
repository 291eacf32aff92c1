// Who may do what, for every endpoint that touches an account: one table, one row per endpoint, one
// expected status per actor. A new endpoint must join the table: the last test fails until it does.
import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { listEntries } from "./platform/sync/store";
import type { AccountTable } from "./db/schema";
import { hashPassword } from "./features/auth/passwords";
import { insertAccount } from "./features/account/store";
import { seedGuideOnFirstStart } from "./features/guide/seed";
import { upsertSubscription } from "./features/push/store";
import { publishCityNotice } from "./features/warnings/notices";
import { hashToken, newToken } from "./http/session";
import { storeFile } from "./platform/files/store";
import { pushPreferencesSchema } from "../src/lib/contract/warnings";
import { applicationSchema } from "../src/lib/contract/applications";
import { bookingResultSchema, slotsResponseSchema } from "../src/lib/contract/appointments";
import { berlinDate } from "../src/lib/contract/berlin-time";
import { seedMapOnFirstStart } from "./features/map/seed";
import { seedBusinessOnFirstStart } from "./features/business/seed";
import { seedShopsOnFirstStart } from "./features/shops/seed";
import { writeSource } from "./features/map/store";
import { signInDirectly, TEST_PASSWORD } from "./testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "./testing/test-app";
import { TestClient } from "./testing/test-client";

const ACTORS = ["anonymous", "citizenA", "citizenB", "staffOther", "staff", "admin"] as const;
type Actor = (typeof ACTORS)[number];

/** What each row needs: the actors' accounts and clients, and resources of citizen A. */
type Fixture = {
  t: TestApp;
  accounts: Record<Exclude<Actor, "anonymous">, AccountTable>;
  clients: Record<Actor, TestClient>;
  documentOfA: string;
  messageOfA: string;
  attachmentOfA: string;
  passkeyOfA: string;
  serviceId: string;
  noticeId: string;
  pushSubscriptionOfA: string;
  appointmentOfA: { id: string; reference: string; date: string; laterSlot: string };
  closureId: string;
  applicationOfA: { id: string; fileId: string };
  chatOfA: string;
  /** A PDF citizen A sent in that chat. */
  chatFileOfA: string;
};

type Row = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The route as registered, to check that every route is in the table. */
  route: string;
  /** Test name, when several rows share a route. */
  label?: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** Sent with an Idempotency-Key (writes of the offline outbox). */
  idempotent?: boolean;
  expect: Record<Actor, number>;
  /** The order actors try in, where the default (refusals first) does not fit. */
  order?: Actor[];
  /** Data the answer must not contain for actors other than its owner. */
  notLeaking?: (f: Fixture) => string;
};

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const pdfForm = (fields: Record<string, string>, fileField: string) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(fileField, new File([PDF], "bescheid.pdf", { type: "application/pdf" }));
  return form;
};

const all = (status: number): Record<Actor, number> => ({
  anonymous: status,
  citizenA: status,
  citizenB: status,
  staffOther: status,
  staff: status,
  admin: status,
});
/** Only the account itself: others get 404, so ids of other people's things cannot be probed. */
const ownerOnly = (status: number) => ({ ...all(404), anonymous: 401, citizenA: status });
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const staffOnly = (status: number) => ({ ...all(status), anonymous: 401, citizenA: 403, citizenB: 403 });
const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, admin: status });
const REASON = "Vorsprache im Bürgerbüro";

const ROWS: Row[] = [
  // Auth
  { method: "GET", route: "/api/auth/session", path: () => "/api/auth/session", expect: all(200) },
  {
    method: "POST",
    route: "/api/auth/resend-verification",
    path: () => "/api/auth/resend-verification",
    // Everyone here has confirmed the address already.
    expect: signedIn(409),
  },
  {
    method: "POST",
    route: "/api/auth/sign-out-everywhere",
    path: () => "/api/auth/sign-out-everywhere",
    expect: signedIn(200),
  },
  {
    method: "GET",
    route: "/api/auth/passkeys",
    path: () => "/api/auth/passkeys",
    expect: signedIn(200),
    notLeaking: (f) => f.passkeyOfA,
  },
  {
    method: "DELETE",
    route: "/api/auth/passkeys/:id",
    path: (f) => `/api/auth/passkeys/${f.passkeyOfA}`,
    expect: ownerOnly(204),
  },
  {
    method: "POST",
    route: "/api/auth/passkeys/registration-options",
    path: () => "/api/auth/passkeys/registration-options",
    expect: signedIn(200),
  },
  {
    method: "POST",
    route: "/api/auth/passkeys/registration",
    path: () => "/api/auth/passkeys/registration",
    body: () => ({
      challengeId: "no-such-challenge",
      name: "Handy",
      response: {
        id: "AAAA",
        rawId: "AAAA",
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: "AAAA", attestationObject: "AAAA" },
      },
    }),
    expect: signedIn(400),
  },
  // The personal change feed
  ...(["profile", "documents", "postbox"] as const).map((collection): Row => ({
    method: "GET",
    route: "/api/sync/:collection",
    label: `/api/sync/${collection}`,
    path: () => `/api/sync/${collection}`,
    expect: signedIn(200),
    notLeaking: (f) => (collection === "documents" ? f.documentOfA : f.accounts.citizenA.id),
  })),
  // One record of a collection: public ones to anyone; personal ones to no one, not even the owner
  // (they leave the server only through the owner's feed).
  {
    method: "GET",
    route: "/api/sync/:collection/records/:id",
    label: "/api/sync/services/records/:id",
    path: (f) => `/api/sync/services/records/${f.serviceId}`,
    expect: all(200),
  },
  {
    method: "GET",
    route: "/api/sync/:collection/records/:id",
    label: "/api/sync/documents/records/:id",
    path: (f) => `/api/sync/documents/records/${f.documentOfA}`,
    expect: all(404),
  },
  // The citizen's own data
  {
    method: "PATCH",
    route: "/api/account/contact",
    path: () => "/api/account/contact",
    body: () => ({ phone: "04221 99-0" }),
    idempotent: true,
    expect: signedIn(200),
  },
  {
    method: "PATCH",
    route: "/api/account/language",
    path: () => "/api/account/language",
    body: () => ({ language: "tr" }),
    idempotent: true,
    expect: signedIn(200),
  },
  {
    method: "PATCH",
    route: "/api/account/waste-address",
    path: () => "/api/account/waste-address",
    body: () => ({ wasteAddress: { streetId: "lange strasse", houseNumber: "8" } }),
    idempotent: true,
    expect: signedIn(200),
  },
  {
    method: "GET",
    route: "/api/account/documents/:id/content",
    path: (f) => `/api/account/documents/${f.documentOfA}/content`,
    expect: ownerOnly(200),
  },
  {
    method: "POST",
    route: "/api/account/documents",
    path: () => "/api/account/documents",
    body: () => pdfForm({}, "file"),
    expect: signedIn(201),
  },
  {
    method: "DELETE",
    route: "/api/account/documents/:id",
    path: (f) => `/api/account/documents/${f.documentOfA}`,
    idempotent: true,
    expect: ownerOnly(204),
  },
  {
    method: "POST",
    route: "/api/account/postbox/:id/opened",
    path: (f) => `/api/account/postbox/${f.messageOfA}/opened`,
    body: () => ({}),
    idempotent: true,
    expect: ownerOnly(200),
  },
  {
    method: "GET",
    route: "/api/account/postbox/:messageId/attachments/:fileId",
    path: (f) => `/api/account/postbox/${f.messageOfA}/attachments/${f.attachmentOfA}`,
    expect: ownerOnly(200),
  },
  {
    method: "GET",
    route: "/api/account/export",
    path: () => "/api/account/export",
    expect: signedIn(200),
    notLeaking: (f) => f.messageOfA,
  },
  {
    method: "POST",
    route: "/api/account/deletion",
    path: () => "/api/account/deletion",
    body: () => ({ password: TEST_PASSWORD }),
    // Each deletes only itself; the last admin may not.
    expect: { ...signedIn(204), admin: 409 },
  },
  // Staff console
  {
    method: "GET",
    route: "/api/staff/citizens",
    path: () => `/api/staff/citizens?q=muster&reason=${encodeURIComponent(REASON)}`,
    expect: staffOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/citizens/:id",
    path: (f) => `/api/staff/citizens/${f.accounts.citizenA.id}?reason=${encodeURIComponent(REASON)}`,
    expect: staffOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/citizens/:id/identity",
    path: (f) => `/api/staff/citizens/${f.accounts.citizenA.id}/identity`,
    body: () => ({
      reason: REASON,
      documentType: "personalausweis",
      givenName: "Erika",
      familyName: "Mustermann",
      birthDate: "1980-02-03",
      street: "Rathausplatz 1",
      postalCode: "27749",
      city: "Delmenhorst",
    }),
    // Identity checks belong to the citizens' office.
    expect: { ...staffOnly(200), staffOther: 403 },
  },
  {
    method: "POST",
    route: "/api/staff/citizens/:id/messages",
    path: (f) => `/api/staff/citizens/${f.accounts.citizenA.id}/messages`,
    body: () =>
      pdfForm({ reason: REASON, kind: "decision", subject: "Ihr Bescheid", body: "Anbei." }, "attachment"),
    // A message is sent by a department; the admin here has none.
    expect: { ...staffOnly(201), admin: 403 },
  },
  {
    method: "GET",
    route: "/api/staff/messages",
    path: () => "/api/staff/messages",
    expect: staffOnly(200),
  },
  { method: "GET", route: "/api/staff/accounts", path: () => "/api/staff/accounts", expect: adminOnly(200) },
  {
    method: "POST",
    route: "/api/staff/accounts",
    path: () => "/api/staff/accounts",
    body: () => ({
      email: `neu-${randomBytes(4).toString("hex")}@stadt-delmenhorst.example`,
      givenName: "Neu",
      familyName: "Mitarbeiterin",
      role: "staff",
      department: "bauamt",
    }),
    expect: adminOnly(201),
  },
  {
    method: "PATCH",
    route: "/api/staff/accounts/:id",
    path: (f) => `/api/staff/accounts/${f.accounts.staffOther.id}`,
    body: () => ({ role: "staff", department: "wirtschaft", disabled: false }),
    expect: adminOnly(200),
  },
  { method: "GET", route: "/api/staff/audit", path: () => "/api/staff/audit", expect: adminOnly(200) },
  {
    method: "PUT",
    route: "/api/staff/guide/services/:id",
    path: (f) => `/api/staff/guide/services/${f.serviceId}`,
    expect: adminOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/guide/offices/:id",
    path: () => "/api/staff/guide/offices/buergerbuero",
    expect: adminOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/guide/life-situations/:id",
    path: () => "/api/staff/guide/life-situations/umzug",
    expect: adminOnly(200),
  },
  // City notices: the Ordnungsamt's (here only the admin stands in for it).
  {
    method: "POST",
    route: "/api/warnings/notices",
    path: () => "/api/warnings/notices",
    body: () => ({
      kind: "water-supply",
      severity: "Moderate",
      headline: "Trinkwasser abkochen",
      description: "Im Ortsteil Düsternort bitte Leitungswasser vor dem Trinken abkochen.",
      instruction: null,
      area: "Düsternort",
      onset: null,
      expires: "2099-01-01T00:00:00+01:00",
      english: null,
    }),
    expect: { ...adminOnly(201), staffOther: 403, staff: 403 },
  },
  {
    method: "POST",
    route: "/api/warnings/notices/:id/end",
    path: (f) => `/api/warnings/notices/${f.noticeId}/end`,
    expect: { ...adminOnly(200), staffOther: 403, staff: 403 },
  },
  // A push subscription belongs to the device holding its manage token, not to an account: without
  // the token nobody, not even the account it is linked to, reads, changes or ends it.
  ...(["GET", "PUT", "DELETE"] as const).map((method): Row => ({
    method,
    route: "/api/push/subscriptions/:id",
    path: (f) => `/api/push/subscriptions/${f.pushSubscriptionOfA}`,
    body: method === "PUT" ? () => pushPreferences : undefined,
    expect: all(404),
  })),
  // A device's reminder of collection days: only the subscription's manage token opens it, as above.
  ...(["GET", "PUT", "DELETE"] as const).map((method): Row => ({
    method,
    route: "/api/waste/reminders/:subscriptionId",
    path: (f) => `/api/waste/reminders/${f.pushSubscriptionOfA}`,
    body:
      method === "PUT"
        ? () => ({ districtId: "beispiel-nord", bins: ["residual"], time: "18:00", language: "de" })
        : undefined,
    expect: all(404),
  })),
];

// Appointments: a resident's own by id; the office's calendar for its department's staff and admins.
// Check-in and no-show answer 409 past the guard: citizen A's appointment is not today.
const appointmentRows: Row[] = [
  {
    method: "POST",
    route: "/api/appointments/:id/cancel",
    path: (f) => `/api/appointments/${f.appointmentOfA.id}/cancel`,
    expect: ownerOnly(200),
  },
  {
    method: "POST",
    route: "/api/appointments/:id/move",
    path: (f) => `/api/appointments/${f.appointmentOfA.id}/move`,
    body: (f) => ({ start: f.appointmentOfA.laterSlot }),
    expect: ownerOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/appointments",
    path: (f) => `/api/staff/appointments?office=buergerbuero&date=${f.appointmentOfA.date}`,
    expect: { ...staffOnly(200), staffOther: 403 },
  },
  {
    method: "POST",
    route: "/api/staff/appointments/check-in",
    path: () => "/api/staff/appointments/check-in",
    body: (f) => ({ reference: f.appointmentOfA.reference }),
    expect: { ...staffOnly(409), staffOther: 403 },
  },
  {
    method: "POST",
    route: "/api/staff/appointments/:id/no-show",
    path: (f) => `/api/staff/appointments/${f.appointmentOfA.id}/no-show`,
    expect: { ...staffOnly(409), staffOther: 403 },
  },
  {
    method: "POST",
    route: "/api/staff/appointments/closures",
    path: () => "/api/staff/appointments/closures",
    body: (f) => ({
      officeId: "buergerbuero",
      start: `${f.appointmentOfA.date}T05:00:00.000Z`,
      end: `${f.appointmentOfA.date}T06:00:00.000Z`,
      reason: "Schulung",
      cancelAppointments: false,
    }),
    expect: { ...staffOnly(201), staffOther: 403 },
  },
  {
    method: "DELETE",
    route: "/api/staff/appointments/closures/:id",
    path: (f) => `/api/staff/appointments/closures/${f.closureId}`,
    // The office's clerk removes it; the admin, after, finds it gone.
    order: ["anonymous", "citizenA", "citizenB", "staffOther", "staff", "admin"],
    expect: { ...staffOnly(204), staffOther: 403, admin: 404 },
  },
];
ROWS.push(...appointmentRows);

// Applications: the applicant's own; the office's for the department it belongs to (citizen A's
// general request goes to the Bürgerbüro) and admins. Questions and decisions need a claim first.
const request = () => ({
  id: randomUUID(),
  type: "anliegen",
  answers: { topic: "roads", subject: "Schlagloch", message: "Ein tiefes Schlagloch vor Hausnummer 5." },
  attachments: {},
});
const department = (status: number) => ({ ...staffOnly(status), staffOther: 404 });
const applicationRows: Row[] = [
  {
    method: "PUT",
    route: "/api/applications/uploads/:id",
    path: () => `/api/applications/uploads/${randomUUID()}`,
    body: () => pdfForm({}, "file"),
    expect: signedIn(201),
  },
  {
    method: "GET",
    route: "/api/applications/uploads/:id",
    path: () => `/api/applications/uploads/${randomUUID()}`,
    expect: signedIn(200),
  },
  {
    // The whole PDF as one part (bodyFor sends it with the part headers).
    method: "PATCH",
    route: "/api/applications/uploads/:id",
    path: () => `/api/applications/uploads/${randomUUID()}`,
    expect: signedIn(201),
  },
  {
    method: "POST",
    route: "/api/applications",
    path: () => "/api/applications",
    body: request,
    idempotent: true,
    expect: signedIn(201),
  },
  {
    method: "POST",
    route: "/api/applications/:id/answers",
    path: (f) => `/api/applications/${f.applicationOfA.id}/answers`,
    body: () => ({ text: "Hier ist das Foto.", uploads: [] }),
    idempotent: true,
    // Past the guard: the office has asked nothing.
    expect: ownerOnly(409),
  },
  {
    method: "GET",
    route: "/api/applications/:id/files/:fileId",
    path: (f) => `/api/applications/${f.applicationOfA.id}/files/${f.applicationOfA.fileId}`,
    expect: ownerOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/applications",
    path: () => "/api/staff/applications?view=open",
    expect: staffOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/applications/:id",
    path: (f) => `/api/staff/applications/${f.applicationOfA.id}`,
    expect: department(200),
  },
  {
    method: "POST",
    route: "/api/staff/applications/:id/claim",
    path: (f) => `/api/staff/applications/${f.applicationOfA.id}/claim`,
    // The clerk claims it; the admin, after, finds it taken.
    order: ["anonymous", "citizenA", "citizenB", "staffOther", "staff", "admin"],
    expect: { ...department(200), admin: 409 },
  },
  {
    method: "POST",
    route: "/api/staff/applications/:id/questions",
    path: (f) => `/api/staff/applications/${f.applicationOfA.id}/questions`,
    body: () => ({ text: "Wo genau ist das Schlagloch?" }),
    expect: department(409),
  },
  {
    method: "POST",
    route: "/api/staff/applications/:id/decision",
    path: (f) => `/api/staff/applications/${f.applicationOfA.id}/decision`,
    body: () => ({ outcome: "approved", text: "Wird ausgebessert." }),
    expect: department(409),
  },
  {
    method: "GET",
    route: "/api/staff/applications/:id/files/:fileId",
    path: (f) => `/api/staff/applications/${f.applicationOfA.id}/files/${f.applicationOfA.fileId}`,
    expect: department(200),
  },
  {
    method: "GET",
    route: "/api/staff/applications/:id/export",
    path: (f) => `/api/staff/applications/${f.applicationOfA.id}/export`,
    expect: department(200),
  },
];
ROWS.push(...applicationRows);

/** Vacant lots are the building authority's layer: staffOther (bauamt) and admins keep it. */
const bauamt = (status: number) => ({ ...staffOnly(status), staff: 403 });
const lotWrite = {
  geometry: { type: "Point", coordinates: [8.63, 53.05] },
  properties: {
    parcel: { district: "Delmenhorst", flur: 3, number: "12" },
    street: "Lange Straße",
    areaSqm: 400,
    planningLaw: { kind: "section-34" },
    use: "mixed",
    development: "developed",
    availability: "available",
  },
  publication: "allowed",
};
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/map/layers",
    path: () => "/api/staff/map/layers",
    expect: staffOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/map/layers/:layer/features",
    path: () => "/api/staff/map/layers/vacant-lots/features",
    expect: bauamt(200),
  },
  {
    method: "PUT",
    route: "/api/staff/map/layers/:layer/features/:id",
    path: () => "/api/staff/map/layers/vacant-lots/features/bl-new",
    body: () => lotWrite,
    expect: { ...bauamt(200), staffOther: 201 },
  },
  {
    method: "DELETE",
    route: "/api/staff/map/layers/:layer/features/:id",
    path: () => "/api/staff/map/layers/vacant-lots/features/bl-stedinger-88",
    expect: { ...bauamt(204), admin: 404 },
    order: ["anonymous", "citizenA", "citizenB", "staff", "staffOther", "admin"],
  },
  {
    method: "POST",
    route: "/api/staff/map/layers/:layer/import",
    path: () => "/api/staff/map/layers/vacant-lots/import",
    body: () => ({ type: "FeatureCollection", features: [] }),
    expect: bauamt(200),
  },
  {
    method: "PUT",
    route: "/api/staff/map/layers/:layer/source",
    path: () => "/api/staff/map/layers/vacant-lots/source",
    body: () => ({ kind: "geojson", url: "http://127.0.0.1:9/lots.geojson" }),
    expect: bauamt(200),
  },
  {
    method: "DELETE",
    route: "/api/staff/map/layers/:layer/source",
    path: () => "/api/staff/map/layers/vacant-lots/source",
    expect: { ...bauamt(204), admin: 404 },
    order: ["anonymous", "citizenA", "citizenB", "staff", "staffOther", "admin"],
  },
  {
    method: "POST",
    route: "/api/staff/map/layers/:layer/source/run",
    path: () => "/api/staff/map/layers/vacant-lots/source/run",
    // The source (port 9 on loopback) refuses: allowed callers get the clean 502, nothing changes.
    expect: bauamt(502),
  },
);

// Business support: the economic development agency's (wirtschaft); no actor here belongs to it, so
// only the admin gets past the guard. The seeded providers and programmes are the fixture.
const agencyOnly = (status: number) => ({ ...staffOnly(status), staff: 403, staffOther: 403 });
const providerWrite = {
  name: "Beispiel: Neue Agentur",
  services: ["website"],
  description: "Baut Websites für kleine Betriebe.",
  website: null,
  phone: null,
  email: null,
  address: null,
  sample: true,
};
const fundingWrite = {
  name: "Beispiel: Neues Programm",
  provider: "dwfg",
  level: "city",
  targetGroup: "Betriebe in Delmenhorst",
  funds: "Beratung",
  amount: "bis zu 1.000 €",
  deadline: null,
  startsOn: null,
  endsOn: null,
  status: "open",
  statusAsOf: "2026-11-27",
  url: null,
  sample: true,
};
// Feedback on barriers: admins only.
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/accessibility/feedback",
    path: () => "/api/staff/accessibility/feedback",
    expect: adminOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/accessibility/feedback/:id/answered",
    path: () => `/api/staff/accessibility/feedback/${randomUUID()}/answered`,
    // Past the guard: there is no such feedback.
    expect: adminOnly(404),
  },
  {
    method: "PUT",
    route: "/api/staff/accessibility/sign-language-video",
    path: () => "/api/staff/accessibility/sign-language-video",
    body: () => ({ url: "https://video.delmenhorst.de/dgs.mp4" }),
    expect: adminOnly(200),
  },
);

// Defect reports: a resident's own list.
ROWS.push({
  method: "GET",
  route: "/api/reports/mine",
  path: () => "/api/reports/mine",
  expect: signedIn(200),
});

// Defect reports' console: every staff member past the guard (a department sees only its reports:
// ids of no report, or of another department's, answer 404); Open311 keys are the admins'.
const noReport = () => `/api/staff/reports/${randomUUID()}`;
ROWS.push(
  { method: "GET", route: "/api/staff/reports", path: () => "/api/staff/reports", expect: staffOnly(200) },
  {
    method: "GET",
    route: "/api/staff/reports/statistics",
    path: () => "/api/staff/reports/statistics",
    expect: staffOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/reports/colleagues",
    path: () => "/api/staff/reports/colleagues",
    expect: staffOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/reports/api-keys",
    path: () => "/api/staff/reports/api-keys",
    expect: adminOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/reports/api-keys",
    path: () => "/api/staff/reports/api-keys",
    body: () => ({ client: "Beispiel-Client" }),
    expect: adminOnly(201),
  },
  {
    method: "DELETE",
    route: "/api/staff/reports/api-keys/:id",
    path: () => `/api/staff/reports/api-keys/${randomUUID()}`,
    expect: adminOnly(404),
  },
  { method: "GET", route: "/api/staff/reports/:id", path: noReport, expect: staffOnly(404) },
  {
    method: "GET",
    route: "/api/staff/reports/:id/photos/:photoId/:file",
    path: () => `${noReport()}/photos/${randomUUID()}/small.webp`,
    expect: staffOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/reports/:id/assign",
    path: () => `${noReport()}/assign`,
    body: () => ({ assigneeId: null }),
    expect: staffOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/reports/:id/status",
    path: () => `${noReport()}/status`,
    body: () => ({ status: "done", publicNote: null }),
    expect: staffOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/reports/:id/merge",
    path: () => `${noReport()}/merge`,
    body: () => ({ into: randomUUID() }),
    expect: staffOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/reports/:id/forward",
    path: () => `${noReport()}/forward`,
    body: () => ({ department: "bauamt" }),
    expect: staffOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/reports/:id/review",
    path: () => `${noReport()}/review`,
    body: () => ({ reviewed: true }),
    expect: staffOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/reports/:id/photos/:photoId",
    path: () => `${noReport()}/photos/${randomUUID()}`,
    body: () => ({ published: true }),
    expect: staffOnly(404),
  },
);

// The waste calendar: the Abfallwirtschaft's (abfall); no actor here belongs to it, so only the admin
// gets past the guard. Ids of no district answer 404 past it; a broken street table 400.
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/waste/districts",
    path: () => "/api/staff/waste/districts",
    expect: agencyOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/waste/districts/:id",
    path: () => `/api/staff/waste/districts/beispiel-${randomUUID().slice(0, 8)}`,
    body: () => ({ name: "Beispiel: Bezirk", sourceUrl: null, mapping: null }),
    expect: agencyOnly(201),
  },
  {
    method: "DELETE",
    route: "/api/staff/waste/districts/:id",
    path: () => "/api/staff/waste/districts/kein-bezirk",
    expect: agencyOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/waste/districts/:id/import",
    path: () => "/api/staff/waste/districts/kein-bezirk/import",
    body: () => ({ ics: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" }),
    expect: agencyOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/waste/districts/:id/refresh",
    path: () => "/api/staff/waste/districts/kein-bezirk/refresh",
    expect: agencyOnly(404),
  },
  {
    method: "GET",
    route: "/api/staff/waste/streets",
    path: () => "/api/staff/waste/streets",
    expect: agencyOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/waste/streets/import",
    path: () => "/api/staff/waste/streets/import",
    body: () => ({ csv: "keine;Tabelle" }),
    expect: agencyOnly(400),
  },
);

// Streams and information events: the council office's (rat); no actor here belongs to it, so only
// the admin gets past the guard. Ids of nothing answer 404 past it.
const councilEvent = () => ({
  title: "Beispiel: Informationsabend",
  start: "2027-03-10T18:00:00+01:00",
  end: null,
  place: "Rathaus",
  topic: "Bebauungsplan",
  description: "",
  documents: [],
  agenda: [{ number: "1", name: "Begrüßung" }],
});
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/council/events",
    path: () => "/api/staff/council/events",
    expect: agencyOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/council/events",
    path: () => "/api/staff/council/events",
    body: councilEvent,
    expect: agencyOnly(201),
  },
  {
    method: "PUT",
    route: "/api/staff/council/events/:id",
    path: () => "/api/staff/council/events/keine-veranstaltung",
    body: councilEvent,
    expect: agencyOnly(404),
  },
  {
    method: "DELETE",
    route: "/api/staff/council/events/:id",
    path: () => "/api/staff/council/events/keine-veranstaltung",
    expect: agencyOnly(404),
  },
  {
    method: "GET",
    route: "/api/staff/council/events/:id/questions",
    path: () => "/api/staff/council/events/keine-veranstaltung/questions",
    expect: agencyOnly(404),
  },
  {
    method: "PUT",
    route: "/api/staff/council/questions/:id/status",
    path: () => "/api/staff/council/questions/keine-frage/status",
    body: () => ({ status: "published" }),
    expect: agencyOnly(404),
  },
  {
    method: "GET",
    route: "/api/staff/council/streams",
    path: () => "/api/staff/council/streams",
    expect: agencyOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/council/streams",
    path: () => "/api/staff/council/streams",
    body: () => ({
      target: { kind: "meeting", id: "keine-sitzung" },
      liveUrl: null,
      recordingUrl: null,
      state: "planned",
    }),
    expect: agencyOnly(400),
  },
  {
    method: "PUT",
    route: "/api/staff/council/streams/:id",
    path: () => "/api/staff/council/streams/kein-stream",
    body: () => ({
      target: { kind: "meeting", id: "keine-sitzung" },
      liveUrl: null,
      recordingUrl: null,
      state: "planned",
    }),
    expect: agencyOnly(400),
  },
  {
    method: "DELETE",
    route: "/api/staff/council/streams/:id",
    path: () => "/api/staff/council/streams/kein-stream",
    expect: agencyOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/council/streams/:id/now",
    path: () => "/api/staff/council/streams/kein-stream/now",
    body: () => ({ agendaItemId: "top-1" }),
    expect: agencyOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/council/streams/:id/skips",
    path: () => "/api/staff/council/streams/kein-stream/skips",
    body: () => ({ from: 10, to: 20, note: "Widerspruch" }),
    expect: agencyOnly(404),
  },
  {
    method: "DELETE",
    route: "/api/staff/council/streams/:id/skips/:skipId",
    path: () => "/api/staff/council/streams/kein-stream/skips/kein-abschnitt",
    expect: agencyOnly(404),
  },
  // "Erinnern" of a device: only the subscription's manage token opens it, as the waste reminder.
  ...(["GET", "PUT", "DELETE"] as const).map((method): Row => ({
    method,
    route: "/api/council/streams/:id/reminders/:subscriptionId",
    path: (f) => `/api/council/streams/kein-stream/reminders/${f.pushSubscriptionOfA}`,
    body: method === "PUT" ? () => ({ language: "de" }) : undefined,
    expect: all(404),
  })),
);

// Meetings staff enter (no OParl yet): the council office's too; a missing meeting answers 404.
const staffMeeting = () => ({
  name: "Beispiel: Ausschuss für Stadtentwicklung",
  organizationId: null,
  start: "2027-03-11T17:00:00+01:00",
  end: null,
  place: "Rathaus, Sitzungssaal",
  cancelled: false,
  agenda: [{ id: null, number: "1", name: "Eröffnung" }],
});
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/council/meetings",
    path: () => "/api/staff/council/meetings",
    expect: agencyOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/council/meetings",
    path: () => "/api/staff/council/meetings",
    body: staffMeeting,
    expect: agencyOnly(201),
  },
  {
    method: "PUT",
    route: "/api/staff/council/meetings/:id",
    path: () => "/api/staff/council/meetings/keine-sitzung",
    body: staffMeeting,
    expect: agencyOnly(404),
  },
  {
    method: "DELETE",
    route: "/api/staff/council/meetings/:id",
    path: () => "/api/staff/council/meetings/keine-sitzung",
    expect: agencyOnly(404),
  },
);

// Translation proposals and review marks: admins only.
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/translations/reports",
    path: () => "/api/staff/translations/reports",
    expect: adminOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/translations/reports/:id/handled",
    path: () => `/api/staff/translations/reports/${randomUUID()}/handled`,
    // Past the guard: there is no such proposal.
    expect: adminOnly(404),
  },
  {
    method: "GET",
    route: "/api/staff/translations/languages/:language",
    path: () => "/api/staff/translations/languages/ar",
    expect: adminOnly(200),
  },
  ...(["PUT", "DELETE"] as const).flatMap((method): Row[] => [
    {
      method,
      route: "/api/staff/translations/languages/:language/reviewed",
      // Past the guard: an unknown language.
      path: () => "/api/staff/translations/languages/xx/reviewed",
      expect: adminOnly(404),
    },
    {
      method,
      route: "/api/staff/translations/languages/:language/texts/:key/reviewed",
      path: () => "/api/staff/translations/languages/xx/texts/common.appName/reviewed",
      expect: adminOnly(404),
    },
  ]),
);

ROWS.push(
  ...(["consultations", "providers", "funding"] as const).map((list): Row => ({
    method: "GET",
    route: `/api/staff/business/${list}`,
    path: () => `/api/staff/business/${list}`,
    expect: agencyOnly(200),
  })),
  {
    method: "POST",
    route: "/api/staff/business/consultations/:id/done",
    path: () => `/api/staff/business/consultations/${randomUUID()}/done`,
    // Past the guard: there is no such request.
    expect: agencyOnly(404),
  },
  {
    method: "GET",
    route: "/api/staff/business/providers/:id",
    path: () => "/api/staff/business/providers/delme-webwerkstatt",
    expect: agencyOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/business/providers/:id",
    path: () => "/api/staff/business/providers/neue-agentur",
    body: () => providerWrite,
    expect: agencyOnly(201),
  },
  {
    method: "DELETE",
    route: "/api/staff/business/providers/:id",
    path: () => "/api/staff/business/providers/graft-it-service",
    expect: agencyOnly(204),
  },
  {
    method: "GET",
    route: "/api/staff/business/funding/:id",
    path: () => "/api/staff/business/funding/digital-jetzt",
    expect: agencyOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/business/funding/:id",
    path: () => "/api/staff/business/funding/neues-programm",
    body: () => fundingWrite,
    expect: agencyOnly(201),
  },
  {
    method: "DELETE",
    route: "/api/staff/business/funding/:id",
    path: () => "/api/staff/business/funding/beispiel-fassadenprogramm-2025",
    expect: agencyOnly(204),
  },
);

const pushPreferences = {
  places: ["034010000000"],
  minSeverity: "Minor",
  sources: ["mowas"],
  language: "de",
  quietHours: null,
  topics: { warnings: true, postbox: true },
};

/** Endpoints anyone may call: they hold nothing personal (or create the session themselves). */
// Delmenhorst Shopping: merchants are citizens' accounts; citizen A keeps the sample entry
// "baeckerei-mueller" (see createFixture). The console is the agency's (wirtschaft): only the admin here.
const SHOP_OF_A = "baeckerei-mueller";
const merchantOnly = (status: number) => ({ ...all(403), anonymous: 401, citizenA: status });
const shopDetails = {
  name: "Bäckerei Müller",
  category: "shop=bakery",
  address: { street: "Lange Straße", housenumber: "12", postcode: "27749" },
  location: [8.6321, 53.0503],
  openingHours: "Mo-Fr 07:00-18:00; PH off",
  phone: null,
  website: null,
  onlineShop: null,
  delivery: false,
  clickAndCollect: false,
  wheelchair: null,
  payment: [],
  description: null,
  offers: [],
};
ROWS.push(
  {
    method: "GET",
    route: "/api/shops/merchant",
    path: () => "/api/shops/merchant",
    expect: { ...all(403), anonymous: 401, citizenA: 200, citizenB: 200 },
  },
  {
    method: "POST",
    route: "/api/shops/merchant/entries",
    path: () => "/api/shops/merchant/entries",
    body: () => ({ role: "owner", phone: "04221 99999", message: "", details: shopDetails }),
    idempotent: true,
    expect: { ...all(403), anonymous: 401, citizenA: 201, citizenB: 201 },
  },
  {
    method: "PUT",
    route: "/api/shops/merchant/entries/:id",
    path: () => `/api/shops/merchant/entries/${SHOP_OF_A}`,
    body: () => shopDetails,
    expect: merchantOnly(200),
  },
  {
    method: "POST",
    route: "/api/shops/merchant/entries/:id/photo",
    path: () => `/api/shops/merchant/entries/${SHOP_OF_A}/photo`,
    // Past the guard the PDF is refused as a photo.
    body: () => pdfForm({}, "photo"),
    expect: merchantOnly(415),
  },
  {
    method: "DELETE",
    route: "/api/shops/merchant/entries/:id/photo",
    path: () => `/api/shops/merchant/entries/${SHOP_OF_A}/photo`,
    expect: merchantOnly(200),
  },
  {
    method: "GET",
    route: "/api/shops/merchant/entries/:id/history",
    path: () => `/api/shops/merchant/entries/${SHOP_OF_A}/history`,
    expect: merchantOnly(200),
  },
  {
    method: "POST",
    route: "/api/shops/:id/claim",
    path: () => "/api/shops/modehaus-delme/claim",
    body: () => ({ role: "owner", phone: "04221 99999", message: "Ich bin die Inhaberin." }),
    expect: { ...all(403), anonymous: 401, citizenA: 201, citizenB: 201 },
  },
  ...(["claims", "changes", "entries", "shopping-days"] as const).map((list): Row => ({
    method: "GET",
    route: `/api/staff/shops/${list}`,
    path: () => `/api/staff/shops/${list}`,
    expect: agencyOnly(200),
  })),
  ...(["claims", "changes"] as const).map((list): Row => ({
    method: "POST",
    route: `/api/staff/shops/${list}/:id/decision`,
    path: () => `/api/staff/shops/${list}/${randomUUID()}/decision`,
    body: () => ({ decision: "refuse", reason: "Nicht nachvollziehbar." }),
    // Past the guard: there is no such claim or change.
    expect: agencyOnly(404),
  })),
  {
    method: "PUT",
    route: "/api/staff/shops/entries/:id/trust",
    path: () => `/api/staff/shops/entries/${SHOP_OF_A}/trust`,
    body: () => ({ trust: "trusted" }),
    expect: agencyOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/shops/entries/:id/history",
    path: () => `/api/staff/shops/entries/${SHOP_OF_A}/history`,
    expect: agencyOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/shops/import",
    path: () => "/api/staff/shops/import",
    body: () => ({ type: "FeatureCollection", features: [] }),
    expect: agencyOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/shops/shopping-days/:id",
    path: () => "/api/staff/shops/shopping-days/wochenmarkt-test",
    body: () => ({
      kind: "market",
      name: "Wochenmarkt Test",
      place: "Marktplatz",
      openingHours: "Th 08:00-12:00",
      location: null,
      note: null,
      sample: true,
    }),
    expect: agencyOnly(200),
  },
  {
    method: "DELETE",
    route: "/api/staff/shops/shopping-days/:id",
    path: () => "/api/staff/shops/shopping-days/wochenmarkt-duesternort",
    expect: agencyOnly(204),
  },
);

// The Bürgerbüro chat. Citizen A's conversation has ended (so its event stream answers at once);
// residents' routes find only their own conversation (404 for everyone else, anonymous included:
// anonymous residents chat too, with the chat cookie). Agents: Bürgerbüro staff and admins.
const chatOwner = (status: number) => ({ ...all(404), citizenA: status });
const agentOnly = (status: number) => ({
  ...all(status),
  anonymous: 401,
  citizenA: 403,
  citizenB: 403,
  staffOther: 403,
});
const chatOfA = (f: Fixture, rest = "") => `/api/chat/conversations/${f.chatOfA}${rest}`;
const chatAsAgent = (f: Fixture, rest = "") => `/api/staff/chat/conversations/${f.chatOfA}${rest}`;
ROWS.push(
  { method: "GET", route: "/api/chat/conversations/:id", path: (f) => chatOfA(f), expect: chatOwner(200) },
  {
    method: "GET",
    route: "/api/chat/conversations/:id/entries",
    path: (f) => chatOfA(f, "/entries?after=0"),
    expect: chatOwner(200),
    notLeaking: () => CHAT_TEXT_OF_A,
  },
  {
    method: "GET",
    route: "/api/chat/conversations/:id/attachments/:fileId",
    path: (f) => chatOfA(f, `/attachments/${f.chatFileOfA}`),
    expect: chatOwner(200),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/attachments",
    path: (f) => chatOfA(f, "/attachments"),
    body: () => pdfForm({ clientId: randomUUID() }, "file"),
    expect: chatOwner(409),
  },
  {
    method: "GET",
    route: "/api/chat/conversations/:id/events",
    path: (f) => chatOfA(f, "/events?after=99"),
    // Ended and read to its end: 204 tells EventSource to stop.
    expect: chatOwner(204),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/messages",
    path: (f) => chatOfA(f, "/messages"),
    body: () => ({ clientId: randomUUID(), text: "Noch eine Frage" }),
    expect: chatOwner(409),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/read",
    path: (f) => chatOfA(f, "/read"),
    body: () => ({ upTo: 1 }),
    expect: chatOwner(204),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/leave",
    path: (f) => chatOfA(f, "/leave"),
    expect: chatOwner(409),
  },
  // After the chat (the fixture's conversation has ended): typing reaches nobody, the rating is taken once.
  {
    method: "POST",
    route: "/api/chat/conversations/:id/typing",
    path: (f) => chatOfA(f, "/typing"),
    expect: chatOwner(204),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/rating",
    path: (f) => chatOfA(f, "/rating"),
    body: () => ({ rating: 4 }),
    expect: chatOwner(200),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/transcript-mail",
    path: (f) => chatOfA(f, "/transcript-mail"),
    body: () => ({ email: "verlauf@example.org" }),
    expect: chatOwner(204),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/done",
    path: (f) => chatOfA(f, "/done"),
    expect: chatOwner(204),
  },
  {
    method: "POST",
    route: "/api/chat/conversations/:id/transcript",
    path: (f) => chatOfA(f, "/transcript"),
    expect: { ...chatOwner(200), anonymous: 401 },
  },
  // Linking a device's push needs the conversation (the owner) and the subscription's manage token:
  // without the token even the owner gets 404, as on /api/push.
  ...(["GET", "PUT", "DELETE"] as const).map((method): Row => ({
    method,
    route: "/api/chat/conversations/:id/push/:subscriptionId",
    path: (f) => chatOfA(f, `/push/${f.pushSubscriptionOfA}`),
    body: method === "PUT" ? () => ({ preview: false }) : undefined,
    expect: all(404),
  })),
  {
    method: "GET",
    route: "/api/staff/chat/duty",
    path: () => "/api/staff/chat/duty",
    expect: agentOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/chat/duty",
    path: () => "/api/staff/chat/duty",
    body: () => ({ onDuty: false }),
    expect: agentOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/chat/duty/heartbeat",
    path: () => "/api/staff/chat/duty/heartbeat",
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/queue",
    path: () => "/api/staff/chat/queue",
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/queue/events",
    path: () => "/api/staff/chat/queue/events",
    // Nobody in the fixture is on duty: the stream has nothing to tell them.
    expect: agentOnly(204),
  },
  {
    method: "GET",
    route: "/api/staff/chat/conversations",
    path: () => "/api/staff/chat/conversations",
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/conversations/:id",
    path: (f) => chatAsAgent(f),
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/conversations/:id/entries",
    path: (f) => chatAsAgent(f, "/entries"),
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/conversations/:id/events",
    path: (f) => chatAsAgent(f, "/events?after=99"),
    expect: agentOnly(204),
  },
  // Past the guard, the conversation has ended: nothing more to take, say or hand on.
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/accept",
    path: (f) => chatAsAgent(f, "/accept"),
    expect: agentOnly(409),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/messages",
    path: (f) => chatAsAgent(f, "/messages"),
    body: () => ({ clientId: randomUUID(), text: "Guten Tag" }),
    expect: agentOnly(409),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/typing",
    path: (f) => chatAsAgent(f, "/typing"),
    // Only the agent who has the chat types into it; an admin is not that agent here.
    expect: { ...agentOnly(204), admin: 403 },
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/read",
    path: (f) => chatAsAgent(f, "/read"),
    body: () => ({ upTo: 1 }),
    expect: agentOnly(204),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/transfer",
    path: (f) => chatAsAgent(f, "/transfer"),
    body: () => ({ toDepartment: "sozialamt", note: "Wohngeld" }),
    expect: agentOnly(409),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/close",
    path: (f) => chatAsAgent(f, "/close"),
    body: () => ({ outcome: "answered" }),
    expect: agentOnly(409),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/block",
    path: (f) => chatAsAgent(f, "/block"),
    body: () => ({ reason: "Beleidigungen" }),
    expect: agentOnly(409),
  },
  // Photos and PDFs: only the conversation's resident and agents reach them; nothing more is sent
  // into an ended chat.
  {
    method: "GET",
    route: "/api/staff/chat/conversations/:id/attachments/:fileId",
    path: (f) => chatAsAgent(f, `/attachments/${f.chatFileOfA}`),
    expect: agentOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/attachments",
    path: (f) => chatAsAgent(f, "/attachments"),
    body: () => pdfForm({ clientId: randomUUID() }, "file"),
    // Nobody writes into an ended chat.
    expect: agentOnly(409),
  },
  {
    method: "GET",
    route: "/api/staff/chat/agents",
    path: () => "/api/staff/chat/agents",
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/settings",
    path: () => "/api/staff/chat/settings",
    expect: agentOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/chat/settings",
    path: () => "/api/staff/chat/settings",
    body: () => ({ hours: "Mo-Fr 08:00-16:00; PH off" }),
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/cases",
    path: () => "/api/staff/chat/cases",
    expect: agentOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/chat/cases/:id/answer",
    path: () => `/api/staff/chat/cases/${randomUUID()}/answer`,
    body: () => ({ subject: "Ihre Frage", text: "Die Antwort." }),
    // Past the guard: there is no such case.
    expect: agentOnly(404),
  },
);

// The chat office's routes (office-routes.ts): leads (none among these actors) and admins keep the
// canned answers and see the statistics; admins name the leads.
const chatLeadOnly = (status: number) => ({ ...agentOnly(status), staff: 403 });
ROWS.push(
  {
    method: "GET",
    route: "/api/staff/chat/office/role",
    path: () => "/api/staff/chat/office/role",
    expect: agentOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/canned-answers",
    path: () => "/api/staff/chat/canned-answers",
    expect: agentOnly(200),
  },
  {
    method: "POST",
    route: "/api/staff/chat/canned-answers",
    path: () => "/api/staff/chat/canned-answers",
    body: () => ({ title: "Öffnungszeiten", text: "Mo-Fr 8-16 Uhr." }),
    expect: chatLeadOnly(201),
  },
  {
    method: "PUT",
    route: "/api/staff/chat/canned-answers/:id",
    path: () => `/api/staff/chat/canned-answers/${randomUUID()}`,
    body: () => ({ title: "Öffnungszeiten", text: "Mo-Fr 8-16 Uhr." }),
    expect: chatLeadOnly(404),
  },
  {
    method: "DELETE",
    route: "/api/staff/chat/canned-answers/:id",
    path: () => `/api/staff/chat/canned-answers/${randomUUID()}`,
    expect: chatLeadOnly(404),
  },
  {
    method: "POST",
    route: "/api/staff/chat/conversations/:id/proposals",
    path: (f) => chatAsAgent(f, "/proposals"),
    body: () => ({ clientId: randomUUID(), serviceId: "personalausweis" }),
    // Past the guard, the conversation has ended.
    expect: agentOnly(409),
  },
  {
    method: "GET",
    route: "/api/staff/chat/leads",
    path: () => "/api/staff/chat/leads",
    expect: adminOnly(200),
  },
  {
    method: "PUT",
    route: "/api/staff/chat/leads",
    path: () => "/api/staff/chat/leads",
    body: () => ({ accountIds: [] }),
    expect: adminOnly(200),
  },
  {
    method: "GET",
    route: "/api/staff/chat/stats",
    path: () => "/api/staff/chat/stats?days=7",
    expect: chatLeadOnly(200),
  },
);

const PUBLIC_ROUTES = [
  "GET /healthz",
  "GET /readyz",
  "GET /api/openapi.json",
  "POST /api/feedback",
  "POST /api/auth/sign-up",
  "POST /api/auth/verify-email",
  "POST /api/auth/sign-in",
  "POST /api/auth/sign-out",
  "POST /api/auth/password-reset",
  "POST /api/auth/password-reset/confirm",
  "POST /api/auth/admin-setup",
  "POST /api/auth/passkeys/authentication-options",
  "POST /api/auth/passkeys/authentication",
  "GET /api/warnings/status",
  "GET /api/warnings/:id/history",
  "GET /api/push/vapid-public-key",
  "POST /api/push/subscriptions",
  // Slots and booking are public; the mail link's token stands in for an account.
  "GET /api/appointments/slots",
  "GET /api/appointments/challenge",
  "POST /api/appointments",
  "POST /api/appointments/confirm",
  "POST /api/appointments/cancel",
  "POST /api/appointments/move",
  // The basemap through the tile proxy: public data of the upstream, limited to the city area.
  "GET /api/map/style.json",
  "GET /api/map/tiles/:source/:z/:x/:y",
  "GET /api/map/sprite/:file",
  "GET /api/map/glyphs/:fontstack/:range",
  "GET /api/map/offline-info",
  // Consultation requests to the dwfg come from anyone (without an account with a proof of work);
  // the receipt needs the sender's random key.
  "GET /api/business/consultations/challenge",
  "POST /api/business/consultations",
  // Feedback on a barrier comes from anyone too (the accessibility statement's feedback mechanism).
  "GET /api/accessibility/feedback/challenge",
  "POST /api/accessibility/feedback",
  // Proposals for a better translation come from anyone too; the review status is public.
  "GET /api/translations/status",
  "GET /api/translations/reports/challenge",
  "POST /api/translations/reports",
  // The start page's video in German Sign Language is public.
  "GET /api/accessibility/sign-language-video",
  // A waste district's collection days as an iCalendar feed (public dates of a public service).
  "GET /api/waste/districts/:id/calendar.ics",
  // The council's meetings as an iCalendar feed (public like the council information system).
  "GET /api/council/meetings.ics",
  // Council files through our server and the search in the papers' documents: public like the RIS.
  "GET /api/council/files/:id",
  "GET /api/council/search",
  // Streams and information events: public like the sessions they show; questions from anyone
  // (without an account with a proof of work), public only once moderated.
  "GET /api/council/streams/:id",
  "GET /api/council/streams/:id/live",
  "GET /api/council/meetings/:id/stream",
  "GET /api/council/events",
  "GET /api/council/events/:id",
  "GET /api/council/events/questions/challenge",
  "POST /api/council/events/:id/questions",
  // Delmenhorst Shopping: photos of live entries and the open data export.
  "GET /api/shops/photos/:id/:file",
  "GET /api/shops/export.geojson",
  "GET /api/shops/export.csv",
  "GET /api/business/consultations/receipts/:key",
  // Anyone may ask the Bürgerbüro (without an account with a proof of work); a conversation is
  // reached only by its owner (rows above).
  "GET /api/chat/status",
  "GET /api/chat/challenge",
  "POST /api/chat/conversations",
  "GET /api/chat/conversations/current",
  "POST /api/chat/cases",
  // Defect reports come from anyone (without an account with a proof of work); the public answers
  // carry no personal data (server/features/reports/privacy.test.ts). Photos and reopening need the
  // reporter's account or the secret returned at creation; follows need the device's manage token.
  "GET /api/reports/challenge",
  "POST /api/reports",
  "GET /api/reports/receipts/:key",
  "GET /api/reports",
  "GET /api/reports/nearby",
  "POST /api/reports/follows",
  "GET /api/reports/follows/:subscriptionId",
  "DELETE /api/reports/follows/:subscriptionId/:id",
  "GET /api/reports/:id",
  "GET /api/reports/:id/photos/:photoId/:file",
  "POST /api/reports/:id/photos",
  "POST /api/reports/:id/support",
  "POST /api/reports/:id/reopen",
  // Council alerts: any device follows with its push subscription's manage token (the weekly mail
  // additionally needs the signed-in account, checked in the route: 401).
  "POST /api/council/follows",
  "GET /api/council/follows/:subscriptionId",
  "DELETE /api/council/follows/:subscriptionId/:id",
];

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.t.close();
  fixture = undefined;
});

async function createFixture(): Promise<Fixture> {
  const t = await createTestApp();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const now = new Date().toISOString();
  const make = (role: AccountTable["role"], department: string | null, familyName: string) =>
    insertAccount(t.db, {
      email: `${familyName.toLowerCase()}-${randomBytes(3).toString("hex")}@example.org`,
      password_hash: passwordHash,
      role,
      department,
      given_name: "Erika",
      family_name: familyName,
      language: "de",
      birth_date: role === "citizen" ? "1980-02-03" : null,
      email_verified_at: now,
    });
  const accounts = {
    citizenA: await make("citizen", null, "Musterfrau"),
    citizenB: await make("citizen", null, "Mustermann"),
    staffOther: await make("staff", "bauamt", "Bauer"),
    staff: await make("staff", "buergerbuero", "Buero"),
    admin: await make("admin", null, "Admin"),
  };
  const clients: Record<Actor, TestClient> = {
    anonymous: new TestClient(t),
    citizenA: await signInDirectly(t, accounts.citizenA),
    citizenB: await signInDirectly(t, accounts.citizenB),
    staffOther: await signInDirectly(t, accounts.staffOther),
    staff: await signInDirectly(t, accounts.staff),
    admin: await signInDirectly(t, accounts.admin),
  };

  const uploaded = await clients.citizenA.fetch("/api/account/documents", {
    method: "POST",
    body: pdfForm({}, "file"),
  });
  expect(uploaded.status).toBe(201);
  const documentOfA = idOf(await uploaded.json());
  const sent = await clients.staff.fetch(`/api/staff/citizens/${accounts.citizenA.id}/messages`, {
    method: "POST",
    body: pdfForm({ reason: REASON, kind: "decision", subject: "Bescheid", body: "Anbei." }, "attachment"),
  });
  expect(sent.status).toBe(201);
  const messageOfA = idOf(await sent.json());
  const attachment = await t.db
    .selectFrom("files")
    .select("id")
    .where("message_id", "=", messageOfA)
    .executeTakeFirstOrThrow();
  const passkeyOfA = `passkey-${randomBytes(8).toString("hex")}`;
  await t.db
    .insertInto("passkeys")
    .values({
      id: passkeyOfA,
      account_id: accounts.citizenA.id,
      public_key: "AAAA",
      counter: 0,
      transports: "[]",
      name: "Handy",
      created_at: now,
      last_used_at: null,
    })
    .execute();
  await seedGuideOnFirstStart(t.db);
  const [service] = await listEntries(t.db, "services");
  const notice = await publishCityNotice(t.db, {
    kind: "road-closure",
    severity: "Minor",
    headline: "Sperrung Bahnhofstraße",
    description: "Die Bahnhofstraße ist wegen Bauarbeiten gesperrt.",
    instruction: null,
    area: "Bahnhofstraße",
    onset: null,
    expires: "2099-01-01T00:00:00+01:00",
    english: null,
  });
  const pushSubscriptionOfA = await upsertSubscription(t.db, {
    endpoint: `https://push.example/${randomBytes(8).toString("hex")}`,
    p256dh: `B${"A".repeat(86)}`,
    auth: "A".repeat(22),
    manageTokenHash: hashToken(newToken()),
    signedIn: null,
    preferences: pushPreferencesSchema.parse(pushPreferences),
  });
  const appointmentOfA = await bookForCitizenA(t, clients.citizenA);
  const closureId = randomBytes(8).toString("hex");
  await t.db
    .insertInto("appointment_closures")
    .values({
      id: closureId,
      office_id: "buergerbuero",
      starts_at: "2099-01-01T08:00:00.000Z",
      ends_at: "2099-01-01T09:00:00.000Z",
      reason: "Schulung",
      created_by: null,
      created_at: now,
    })
    .execute();
  const applicationOfA = await applyForCitizenA(clients.citizenA);
  await seedMapOnFirstStart(t.db);
  await seedBusinessOnFirstStart(t.db);
  await seedShopsOnFirstStart(t.db);
  await t.db
    .updateTable("shops")
    .set({ owner_id: accounts.citizenA.id })
    .where("id", "=", SHOP_OF_A)
    .execute();
  await writeSource(t.db, "vacant-lots", { kind: "geojson", url: "http://127.0.0.1:9/lots.geojson" });
  const { id: chatOfA, fileId: chatFileOfA } = await endedChatOf(t, accounts.citizenA, accounts.staff);
  return {
    chatOfA,
    chatFileOfA,
    t,
    accounts,
    clients,
    appointmentOfA,
    applicationOfA,
    closureId,
    documentOfA,
    messageOfA,
    attachmentOfA: attachment.id,
    passkeyOfA,
    serviceId: service ? idOf(service.data) : "",
    noticeId: notice.id,
    pushSubscriptionOfA,
  };
}

const CHAT_TEXT_OF_A = "Brauche ich für den Reisepass ein biometrisches Foto?";

/** An ended chat of the citizen with the agent, written the way the service writes it. */
async function endedChatOf(t: TestApp, citizen: AccountTable, agent: AccountTable) {
  const id = randomUUID();
  const at = new Date().toISOString();
  await t.db
    .insertInto("chat_conversations")
    .values({
      id,
      status: "closed",
      topic: "identity",
      language: "de",
      department: "buergerbuero",
      account_id: citizen.id,
      token_hash: null,
      resident_name: citizen.given_name,
      question: CHAT_TEXT_OF_A,
      agent_id: agent.id,
      last_seq: 4,
      started_at: at,
      waiting_since: null,
      accepted_at: at,
      ended_at: at,
      outcome: "answered",
      blocked: 0,
      saved_to_postbox: 0,
    })
    .execute();
  const entry = {
    conversation_id: id,
    author_id: null,
    author_name: null,
    client_id: null,
    read_up_to: null,
    outcome: null,
    text: null,
    sent_at: at,
    file_id: null,
  };
  const file = await storeFile(
    t.db,
    { name: "schaden.pdf", mediaType: "application/pdf", bytes: PDF },
    { kind: "chat", ownerId: null, messageId: null },
  );
  await t.db
    .insertInto("chat_entries")
    .values([
      {
        ...entry,
        seq: 1,
        kind: "message",
        author: "resident",
        text: CHAT_TEXT_OF_A,
        client_id: randomUUID(),
      },
      { ...entry, seq: 2, kind: "joined", author: "agent", author_id: agent.id },
      { ...entry, seq: 3, kind: "message", author: "resident", client_id: randomUUID(), file_id: file.id },
      { ...entry, seq: 4, kind: "closed", author: "agent", author_id: agent.id, outcome: "answered" },
    ])
    .execute();
  return { id, fileId: file.id };
}

async function bookForCitizenA(t: TestApp, client: TestClient) {
  const slots = slotsResponseSchema.parse(
    await (
      await client.fetch("/api/appointments/slots?office=buergerbuero&services=personalausweis:1")
    ).json(),
  );
  // Never today's: check-in is allowed on the appointment's day only, and the matrix expects a 409 from it
  // (shortly after midnight the first free slot is the same day's morning).
  const [first, second] = slots.days.filter((day) => day.date !== berlinDate(Date.now()));
  if (!first?.slots[0] || !second?.slots[0]) throw new Error("no free slots for the fixture");
  const response = await client.fetch("/api/appointments", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      officeId: "buergerbuero",
      services: [{ serviceId: "personalausweis", persons: 1 }],
      start: first.slots[0],
      visitType: "on-site",
      language: "de",
    }),
  });
  const { appointment } = bookingResultSchema.parse(await response.json());
  return {
    id: appointment.id,
    reference: appointment.reference,
    date: first.date,
    laterSlot: second.slots[0],
  };
}

async function applyForCitizenA(client: TestClient) {
  const fileId = randomUUID();
  await client.fetch(`/api/applications/uploads/${fileId}`, { method: "PUT", body: pdfForm({}, "file") });
  const response = await client.fetch("/api/applications", {
    method: "POST",
    headers: { "content-type": "application/json", "Idempotency-Key": randomUUID() },
    body: JSON.stringify({ ...request(), attachments: { photos: [fileId] } }),
  });
  return { id: applicationSchema.parse(await response.json()).id, fileId };
}

function idOf(value: unknown): string {
  if (typeof value === "object" && value !== null && "id" in value && typeof value.id === "string") {
    return value.id;
  }
  throw new Error(`no id in ${JSON.stringify(value)}`);
}

async function bodyFor(
  row: Row,
  f: Fixture,
): Promise<{ body?: string | FormData | Blob; headers: Record<string, string> }> {
  const headers: Record<string, string> = {};
  if (row.idempotent) headers["Idempotency-Key"] = randomBytes(16).toString("base64url");
  if (row.route === "/api/staff/guide/services/:id") {
    const [service] = await listEntries(f.t.db, "services");
    headers["Content-Type"] = "application/json";
    return { body: JSON.stringify(service?.data), headers };
  }
  // The guide's offices and life situations: the seeded record, sent back whole.
  const guideRecord = /^\/api\/staff\/guide\/(offices|life-situations)\/:id$/.exec(row.route)?.[1];
  if (guideRecord === "offices" || guideRecord === "life-situations") {
    const id = row.path(f).split("/").at(-1);
    const entry = (await listEntries(f.t.db, guideRecord)).find((e) => e.id === id);
    headers["Content-Type"] = "application/json";
    return { body: JSON.stringify(entry?.data), headers };
  }
  if (row.method === "PATCH" && row.route === "/api/applications/uploads/:id") {
    headers["Content-Type"] = "application/offset+octet-stream";
    headers["Upload-Offset"] = "0";
    headers["Upload-Length"] = String(PDF.length);
    headers["Upload-Name"] = "plan.pdf";
    return { body: new Blob([PDF]), headers };
  }
  const value = row.body?.(f);
  if (value === undefined) return { headers };
  if (value instanceof FormData) return { body: value, headers };
  headers["Content-Type"] = "application/json";
  return { body: JSON.stringify(value), headers };
}

describe(`authorization matrix (${databaseKind})`, () => {
  for (const row of ROWS) {
    it(`${row.method} ${row.label ?? row.route}`, async () => {
      fixture = await createFixture();
      const f = fixture;
      // Refusals first, so that an allowed change (a deletion) cannot hide a refusal after it.
      const order =
        row.order ?? [...ACTORS].sort((a, b) => Number(row.expect[a] < 400) - Number(row.expect[b] < 400));
      const seen: Partial<Record<Actor, number>> = {};
      for (const actor of order) {
        const { body, headers } = await bodyFor(row, f);
        const response = await f.clients[actor].fetch(row.path(f), { method: row.method, headers, body });
        seen[actor] = response.status;
        const text = await response.text();
        if (row.notLeaking && actor !== "citizenA" && response.status < 400) {
          expect(text, `${actor} must not see citizen A's data`).not.toContain(row.notLeaking(f));
        }
      }
      expect(seen).toEqual(row.expect);
    });
  }

  it("covers every route of the API", async () => {
    const t = await createTestApp();
    try {
      const covered = new Set([...ROWS.map((r) => `${r.method} ${r.route}`), ...PUBLIC_ROUTES]);
      const routes = t.app.routes
        .filter((r) => r.method !== "ALL" && (r.path.startsWith("/api/") || r.path.endsWith("z")))
        .map((r) => `${r.method} ${r.path}`);
      const missing = [...new Set(routes)].filter((route) => !covered.has(route));
      expect(missing, "add these routes to ROWS or PUBLIC_ROUTES").toEqual([]);
    } finally {
      await t.close();
    }
  });
});
