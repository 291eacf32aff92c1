// The streams' and info events' reads (online only: a stream is live or it is nothing), the live
// state over Server-Sent Events, and "Erinnern" for this device (questions: questions.ts). The contract's schemas are imported when a request is made, so pages load without zod.
import { getJson, sendJson } from "../../lib/api";
import type { InfoEvent, InfoEventPage, StreamLive, StreamView } from "../../lib/contract/council-streams";

const contract = () => import("../../lib/contract/council-streams");
const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export async function fetchMeetingStream(meetingId: string): Promise<StreamView> {
  return getJson(`${at("/api/council/meetings", meetingId)}/stream`, (await contract()).streamViewSchema);
}

export async function fetchStream(streamId: string): Promise<StreamView> {
  return getJson(at("/api/council/streams", streamId), (await contract()).streamViewSchema);
}

export async function fetchInfoEvents(): Promise<InfoEvent[]> {
  return (await getJson("/api/council/events", (await contract()).infoEventListSchema)).events;
}

export async function fetchInfoEvent(id: string): Promise<InfoEventPage> {
  return getJson(at("/api/council/events", id), (await contract()).infoEventPageSchema);
}

/**
 * Follows the stream's live state: `onState` with every change (the whole state each time).
 * EventSource reconnects by itself; after the end the server answers 204 and it stops.
 */
export function followLive(streamId: string, onState: (live: StreamLive) => void): () => void {
  const source = new EventSource(`${at("/api/council/streams", streamId)}/live`);
  source.addEventListener("state", (event) => {
    void contract().then(({ streamLiveSchema }) => {
      const parsed = streamLiveSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (parsed.success) onState(parsed.data);
    });
  });
  return () => source.close();
}

const reminderUrl = (streamId: string, subscriptionId: string) =>
  `${at("/api/council/streams", streamId)}/reminders/${encodeURIComponent(subscriptionId)}`;
const token = (manageToken: string) => ({ headers: { "X-Push-Token": manageToken } });

export async function fetchStreamReminder(streamId: string, subscriptionId: string, manageToken: string) {
  const { streamReminderStateSchema } = await contract();
  return (await getJson(reminderUrl(streamId, subscriptionId), streamReminderStateSchema, token(manageToken)))
    .reminder;
}

export async function saveStreamReminder(
  streamId: string,
  subscriptionId: string,
  manageToken: string,
  language: string,
) {
  const { streamReminderStateSchema } = await contract();
  return sendJson(
    "PUT",
    reminderUrl(streamId, subscriptionId),
    { language },
    streamReminderStateSchema,
    token(manageToken),
  );
}

export const deleteStreamReminder = (streamId: string, subscriptionId: string, manageToken: string) =>
  sendJson("DELETE", reminderUrl(streamId, subscriptionId), undefined, undefined, token(manageToken));
