// The council office's requests (server/features/council/streams-staff-routes.ts), parsed with the
// contract's schemas.
import { getJson, sendJson } from "../../../lib/api";
import {
  type InfoEvent,
  infoEventListSchema,
  infoEventSchema,
  type InfoEventWrite,
  type SkipWrite,
  staffQuestionListSchema,
  staffQuestionSchema,
  staffStreamListSchema,
  type StreamView,
  streamViewSchema,
  type StreamWrite,
} from "../../../lib/contract/council-streams";
import {
  staffMeetingListSchema,
  staffMeetingSchema,
  type StaffMeetingWrite,
} from "../../../lib/contract/council-staff-meetings";

const BASE = "/api/staff/council";
const at = (path: string, id: string) => `${BASE}/${path}/${encodeURIComponent(id)}`;

export const fetchStreams = async (): Promise<StreamView[]> =>
  (await getJson(`${BASE}/streams`, staffStreamListSchema)).streams;

export const fetchEvents = async (): Promise<InfoEvent[]> =>
  (await getJson(`${BASE}/events`, infoEventListSchema)).events;

export const saveEvent = (id: string | undefined, write: InfoEventWrite) =>
  id
    ? sendJson("PUT", at("events", id), write, infoEventSchema)
    : sendJson("POST", `${BASE}/events`, write, infoEventSchema);

export const deleteEvent = (id: string) => sendJson("DELETE", at("events", id), undefined);

export const saveStream = (id: string | undefined, write: StreamWrite) =>
  id
    ? sendJson("PUT", at("streams", id), write, streamViewSchema)
    : sendJson("POST", `${BASE}/streams`, write, streamViewSchema);

export const deleteStream = (id: string) => sendJson("DELETE", at("streams", id), undefined);

export const markNow = (streamId: string, agendaItemId: string) =>
  sendJson("POST", `${at("streams", streamId)}/now`, { agendaItemId }, streamViewSchema);

export const addSkip = (streamId: string, write: SkipWrite) =>
  sendJson("POST", `${at("streams", streamId)}/skips`, write, streamViewSchema);

export const removeSkip = (streamId: string, skipId: string) =>
  sendJson("DELETE", `${at("streams", streamId)}/skips/${encodeURIComponent(skipId)}`, undefined);

export const fetchQuestions = async (eventId: string) =>
  (await getJson(`${at("events", eventId)}/questions`, staffQuestionListSchema)).questions;

export const moderate = (questionId: string, status: "published" | "rejected") =>
  sendJson("PUT", `${at("questions", questionId)}/status`, { status }, staffQuestionSchema);

export const fetchStaffMeetings = () => getJson(`${BASE}/meetings`, staffMeetingListSchema);

export const saveMeeting = (id: string | undefined, write: StaffMeetingWrite) =>
  id
    ? sendJson("PUT", at("meetings", id), write, staffMeetingSchema)
    : sendJson("POST", `${BASE}/meetings`, write, staffMeetingSchema);

export const deleteMeeting = (id: string) => sendJson("DELETE", at("meetings", id), undefined);
