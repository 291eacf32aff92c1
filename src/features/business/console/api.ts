// The console's requests for business support (server/features/business): consultation requests,
// digital providers and funding programmes. Every answer is parsed with the contract's schemas;
// nothing is stored on the device (requests hold personal data; the console is online-only).
import {
  CONSULTATION_TOPICS,
  type Consultation,
  type DigitalProvider,
  digitalProviderSchema,
  type FundingProgramme,
  fundingProgrammeSchema,
} from "../../../lib/contract/business";
import { z } from "../../../lib/contract/zod";
import { send } from "../../../lib/http";

const BASE = "/api/staff/business";
const ACCEPT = { Accept: "application/json" };
const JSON_HEADERS = { "Content-Type": "application/json", ...ACCEPT };

const consultationSchema: z.ZodType<Consultation> = z.object({
  id: z.string(),
  reference: z.string(),
  createdAt: z.string(),
  state: z.enum(["new", "done"]),
  name: z.string(),
  company: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  topic: z.enum(CONSULTATION_TOPICS),
  message: z.string(),
});

async function request<T>(url: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const headers = init.body === undefined ? ACCEPT : JSON_HEADERS;
  const response = await send(fetch, url, { cache: "no-store", headers, ...init });
  return schema.parse(await response.json());
}

const put = <T>(url: string, body: unknown, schema: z.ZodType<T>) =>
  request(url, schema, { method: "PUT", body: JSON.stringify(body) });

/** With an empty JSON body: the server refuses a body-less DELETE as of unknown media type (415). */
async function remove(url: string): Promise<void> {
  await send(fetch, url, { method: "DELETE", headers: JSON_HEADERS, body: "{}", cache: "no-store" });
}

const entryUrl = (kind: "providers" | "funding", id: string) => `${BASE}/${kind}/${encodeURIComponent(id)}`;

export const fetchConsultations = async (): Promise<Consultation[]> =>
  (await request(`${BASE}/consultations`, z.object({ consultations: z.array(consultationSchema) })))
    .consultations;

export const markConsultationDone = (id: string): Promise<Consultation> =>
  request(`${BASE}/consultations/${encodeURIComponent(id)}/done`, consultationSchema, {
    method: "POST",
    body: "{}",
  });

export const fetchProviders = async (): Promise<DigitalProvider[]> =>
  (await request(`${BASE}/providers`, z.object({ providers: z.array(digitalProviderSchema) }))).providers;

/** Creates or replaces the entry; a refusal names the fields at fault (ApiError.faults). */
export const saveProvider = (id: string, write: Omit<DigitalProvider, "id">): Promise<DigitalProvider> =>
  put(entryUrl("providers", id), write, digitalProviderSchema);

export const deleteProvider = (id: string): Promise<void> => remove(entryUrl("providers", id));

export const fetchProgrammes = async (): Promise<FundingProgramme[]> =>
  (await request(`${BASE}/funding`, z.object({ programmes: z.array(fundingProgrammeSchema) }))).programmes;

export const saveProgramme = (id: string, write: Omit<FundingProgramme, "id">): Promise<FundingProgramme> =>
  put(entryUrl("funding", id), write, fundingProgrammeSchema);

export const deleteProgramme = (id: string): Promise<void> => remove(entryUrl("funding", id));
