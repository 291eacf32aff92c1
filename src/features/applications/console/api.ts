// The applications console's requests (the department's inbox). Every answer is parsed with the
// contract's schemas; nothing is stored on the device.
import {
  type Decide,
  type InboxView,
  type StaffApplication,
  staffApplicationSchema,
  type StaffApplicationSummary,
  staffApplicationSummarySchema,
} from "../../../lib/contract/applications";
import { z } from "../../../lib/contract/zod";
import { query, read, write } from "../../../lib/console-api";
import { saveBlob } from "../../../lib/download";
import { send } from "../../../lib/http";

const applicationUrl = (id: string) => `/api/staff/applications/${encodeURIComponent(id)}`;

export const fetchApplications = (view: InboxView): Promise<StaffApplicationSummary[]> =>
  read(`/api/staff/applications?${query({ view })}`, z.array(staffApplicationSummarySchema));

export const fetchApplication = (id: string): Promise<StaffApplication> =>
  read(applicationUrl(id), staffApplicationSchema);

export const claimApplication = (id: string): Promise<StaffApplication> =>
  write("POST", `${applicationUrl(id)}/claim`, {}, staffApplicationSchema);

export const askQuestion = (id: string, text: string): Promise<StaffApplication> =>
  write("POST", `${applicationUrl(id)}/questions`, { text }, staffApplicationSchema);

export const decideApplication = (id: string, body: Decide): Promise<StaffApplication> =>
  write("POST", `${applicationUrl(id)}/decision`, body, staffApplicationSchema);

/** A download straight to the browser: nothing of the file stays in the page or the device's caches. */
async function download(url: string, name: string): Promise<void> {
  const response = await send(fetch, url, { cache: "no-store" });
  saveBlob(await response.blob(), name);
}

export const downloadApplicationFile = (id: string, file: { id: string; name: string }) =>
  download(`${applicationUrl(id)}/files/${encodeURIComponent(file.id)}`, file.name);

/** The whole application as JSON, e.g. for a specialised procedure's software (Fachverfahren). */
export const exportApplication = (id: string, reference: string) =>
  download(`${applicationUrl(id)}/export`, `antrag-${reference}.json`);
