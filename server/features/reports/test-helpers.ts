// Shared by the defect reports' tests: a report as the app sends it (from the outbox, with a solved
// proof of work when anonymous), a device's push subscription, and photos made on the spot.
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { type CreatedReport, createdReportSchema } from "../../../src/lib/contract/reports";
import { pushRegistrationSchema } from "../../../src/lib/contract/warnings";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import type { TestClient } from "../../testing/test-client";

/** The town hall square and a spot 30 m east of it; Bremen's market is outside the city. */
export const TOWN_HALL = { lat: 53.0507, lon: 8.6314 };
export const NEAR_TOWN_HALL = { lat: 53.0507, lon: 8.6318 };
export const BREMEN = { lat: 53.0758, lon: 8.8072 };

export const newKey = () => randomBytes(16).toString("base64url");

export const reportBody = (overrides: Record<string, unknown> = {}) => ({
  category: "street-lighting",
  ...TOWN_HALL,
  address: "Rathausplatz 1",
  description: "Die Laterne vor dem Rathaus ist seit Tagen dunkel.",
  language: "de",
  ...overrides,
});

/** Sent as the outbox sends it; `anonymous` clients solve a challenge first. */
export async function sendReport(
  client: TestClient,
  body: unknown,
  options: { anonymous?: boolean; key?: string } = {},
) {
  const proof: Record<string, string> =
    options.anonymous === false
      ? {}
      : { [PROOF_OF_WORK_HEADER]: await solvedProofOfWork(client, "/api/reports/challenge") };
  return client.json<CreatedReport>("POST", "/api/reports", body, {
    "Idempotency-Key": options.key ?? newKey(),
    ...proof,
  });
}

export async function createReport(client: TestClient, overrides: Record<string, unknown> = {}) {
  const response = await sendReport(client, reportBody(overrides));
  if (response.status !== 201) throw new Error(`report not created: ${JSON.stringify(response.body)}`);
  return createdReportSchema.parse(response.body);
}

let endpoints = 0;
export async function subscribeDevice(client: TestClient) {
  const response = await client.json("POST", "/api/push/subscriptions", {
    subscription: {
      endpoint: `https://push.example/send/report-${++endpoints}`,
      expirationTime: null,
      keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
    },
    preferences: {
      places: ["034010000000"],
      minSeverity: "Minor",
      sources: ["mowas"],
      language: "de",
      quietHours: null,
      topics: {},
    },
  });
  const { id, manageToken } = pushRegistrationSchema.parse(response.body);
  return { subscriptionId: id, manageToken };
}

/** A camera-like JPEG with an EXIF note that must not survive the re-encoding. */
export async function cameraPhoto(): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#7a7" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "EXIF-SECRET-OWNER" } })
    .toBuffer();
  return Uint8Array.from(buffer);
}

export function photoForm(bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.set("photo", new File([bytes], "lamp.jpg", { type: "image/jpeg" }));
  return form;
}
