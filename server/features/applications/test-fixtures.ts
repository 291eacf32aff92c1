// A complete Bauantrag and helpers to upload and submit it, for the server tests.
import { randomUUID } from "node:crypto";
import type { Answers } from "../../../src/lib/contract/applications";
import type { TestClient } from "../../testing/test-client";

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
/** The smallest PNG signature with an IHDR chunk: enough for content sniffing. */
export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
]);

export const bauantragAnswers = (): Answers => ({
  applicantGivenName: "Erika",
  applicantFamilyName: "Mustermann",
  applicantStreet: "Lange Straße 12",
  applicantPostalCode: "27749",
  applicantCity: "Delmenhorst",
  applicantEmail: "erika@example.org",
  designerName: "Planungsbüro Nord",
  designerQualification: "architect",
  designerChamberNumber: "AKNDS-12345",
  designerEmail: "buero@example.org",
  plotStreet: "Am Wollepark 3",
  gemarkung: "Delmenhorst",
  flur: "12",
  flurstueck: "345/6",
  procedure: "simplified",
  projectKind: "newBuilding",
  description: "Neubau eines Einfamilienhauses mit Carport",
  buildingClass: "1",
  estimatedCost: "350000",
  truthful: true,
});

export async function upload(client: TestClient, bytes: Uint8Array, name: string, id: string = randomUUID()) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name));
  const res = await client.fetch(`/api/applications/uploads/${id}`, { method: "PUT", body: form });
  const text = await res.text();
  return { id, status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** Uploads one PDF for each required Bauantrag slot and returns the attachments map. */
export async function bauantragAttachments(client: TestClient): Promise<Record<string, string[]>> {
  const slots = ["sitePlan", "drawings", "buildingDescription"];
  const entries = await Promise.all(
    slots.map(async (slot): Promise<[string, string[]]> => [
      slot,
      [(await upload(client, PDF, `${slot}.pdf`)).id],
    ]),
  );
  return Object.fromEntries(entries);
}

export const submit = (client: TestClient, body: unknown, key: string = randomUUID()) =>
  client.json("POST", "/api/applications", body, { "Idempotency-Key": key });
