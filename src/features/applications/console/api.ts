// The applications console's requests (the department's inbox). Every answer is parsed with the
// contract's schemas; nothing is stored on the device.
import { getBlob, getJson, query, sendJson } from "../../../lib/api";
import {
  type Decide,
  type InboxView,
  type StaffApplication,
  staffApplicationSchema,
  type StaffApplicationSummary,
  staffApplicationSummarySchema,
} from "../../../lib/contract/applications";
import { z } from "../../../lib/contract/zod";
import { saveBlob } from "../../../lib/download";

const applicationUrl = (id: string) => `/api/staff/applications/${encodeURIComponent(id)}`;

export const fetchApplications = (view: InboxView): Promise<StaffApplicationSummary[]> =>
  getJson(`/api/staff/applications?${query({ view })}`, z.array(staffApplicationSummarySchema));

export const fetchApplication = (id: string): Promise<StaffApplication> =>
  getJson(applicationUrl(id), staffApplicationSchema);

export const claimApplication = (id: string): Promise<StaffApplication> =>
  sendJson("POST", `${applicationUrl(id)}/claim`, {}, staffApplicationSchema);

export const askQuestion = (id: string, text: string): Promise<StaffApplication> =>
  sendJson("POST", `${applicationUrl(id)}/questions`, { text }, staffApplicationSchema);

export const decideApplication = (id: string, body: Decide): Promise<StaffApplication> =>
  sendJson("POST", `${applicationUrl(id)}/decision`, body, staffApplicationSchema);

/** A download straight to the browser: nothing of the file stays in the page or the device's caches. */
async function download(url: string, name: string): Promise<void> {
  saveBlob(await getBlob(url), name);
}

export const downloadApplicationFile = (id: string, file: { id: string; name: string }) =>
  download(`${applicationUrl(id)}/files/${encodeURIComponent(file.id)}`, file.name);

/** The whole application as JSON, e.g. for a specialised procedure's software (Fachverfahren). */
export const exportApplication = (id: string, reference: string) =>
  download(`${applicationUrl(id)}/export`, `antrag-${reference}.json`);
