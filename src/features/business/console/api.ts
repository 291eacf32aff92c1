// The console's requests for business support (server/features/business): consultation requests,
// digital providers and funding programmes. Every answer is parsed with the contract's schemas;
// nothing is stored on the device (requests hold personal data; the console is online-only).
import { getJson, sendJson } from "../../../lib/api";
import {
  type Consultation,
  consultationSchema,
  type DigitalProvider,
  digitalProviderSchema,
  type FundingProgramme,
  fundingProgrammeSchema,
} from "../../../lib/contract/business";
import { z } from "../../../lib/contract/zod";

const BASE = "/api/staff/business";

const entryUrl = (kind: "providers" | "funding", id: string) => `${BASE}/${kind}/${encodeURIComponent(id)}`;

/** 204 No Content; with an empty JSON body, as jsonRequired() refuses a body-less DELETE (415). */
const remove = (url: string): Promise<void> => sendJson("DELETE", url, {});

export const fetchConsultations = async (): Promise<Consultation[]> =>
  (await getJson(`${BASE}/consultations`, z.object({ consultations: z.array(consultationSchema) })))
    .consultations;

export const markConsultationDone = (id: string): Promise<Consultation> =>
  sendJson("POST", `${BASE}/consultations/${encodeURIComponent(id)}/done`, {}, consultationSchema);

export const fetchProviders = async (): Promise<DigitalProvider[]> =>
  (await getJson(`${BASE}/providers`, z.object({ providers: z.array(digitalProviderSchema) }))).providers;

/** Creates or replaces the entry; a refusal names the fields at fault (ApiError.faults). */
export const saveProvider = (id: string, write: Omit<DigitalProvider, "id">): Promise<DigitalProvider> =>
  sendJson("PUT", entryUrl("providers", id), write, digitalProviderSchema);

export const deleteProvider = (id: string): Promise<void> => remove(entryUrl("providers", id));

export const fetchProgrammes = async (): Promise<FundingProgramme[]> =>
  (await getJson(`${BASE}/funding`, z.object({ programmes: z.array(fundingProgrammeSchema) }))).programmes;

export const saveProgramme = (id: string, write: Omit<FundingProgramme, "id">): Promise<FundingProgramme> =>
  sendJson("PUT", entryUrl("funding", id), write, fundingProgrammeSchema);

export const deleteProgramme = (id: string): Promise<void> => remove(entryUrl("funding", id));
