// /verwaltung/rat: the council office (department "rat") and admins. The streams with their state
// and target, one to steer live ("Jetzt: TOP n", § 64 spans, start and end); attaching a stream to a
// meeting or an information event; the information events (create, change, delete) with their
// residents' questions to publish or reject; meetings entered here where the council information
// system has no OParl yet (MeetingForm), published as imported ones.
import { createResource, createSignal, For, Show } from "solid-js";
import type { StaffMeeting } from "../../../lib/contract/council-staff-meetings";
import type { InfoEvent, StreamView } from "../../../lib/contract/council-streams";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { canKeepCouncil } from "../../staff/permissions";
import { allMeetings } from "../data";
import { deleteEvent, deleteMeeting, fetchEvents, fetchStaffMeetings, fetchStreams } from "./api";
import { EventForm } from "./EventForm";
import { LiveControl } from "./LiveControl";
import { MeetingForm } from "./MeetingForm";
import { Questions } from "./Questions";
import { StreamForm } from "./StreamForm";
import "./council-console.css";

export default function CouncilConsolePage() {
  usePageTitle(() => t("staff.council.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canKeepCouncil(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <CouncilConsole />
    </Show>
  );
}

function CouncilConsole() {
  const streams = createRemote(() => true, fetchStreams);
  const events = createRemote(() => true, fetchEvents);
  // Meetings come from the device's synced (public) council tables.
  const [meetings, { refetch: refetchMeetings }] = createResource(async () =>
    (await allMeetings()).sort((a, b) => (b.start ?? "").localeCompare(a.start ?? "")),
  );
  const [steering, setSteering] = createSignal<string>();
  const [editingStream, setEditingStream] = createSignal<StreamView | null>(null);
  const [editingEvent, setEditingEvent] = createSignal<InfoEvent | null>(null);
  // Meetings the office entered (no OParl yet), with the committees to pick from.
  const staffMeetings = createRemote(() => true, fetchStaffMeetings);
  const [editingMeeting, setEditingMeeting] = createSignal<StaffMeeting | null>(null);
  const [questionsOf, setQuestionsOf] = createSignal<string>();
  const write = createWrite<string>();
  const steered = () => streams.data()?.find((s) => s.id === steering());
  const changed = () => {
    streams.reload();
    events.reload();
  };
  const meetingsChanged = () => {
    staffMeetings.reload();
    void refetchMeetings();
  };
  return (
    <section class="council-console">
      <h1>{t("staff.council.title")}</h1>
      <p class="lead">{t("staff.council.lead")}</p>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />

      <h2>{t("staff.council.streamsTitle")}</h2>
      <RemoteStatus remote={streams} />
      <Show when={streams.data()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <EmptyState title={t("staff.council.noStreams")} text={t("staff.council.noStreamsText")} />
            }
          >
            <ul class="card-list">
              <For each={list()}>
                {(stream) => (
                  <li class="card">
                    <h3>{stream.title}</h3>
                    <p>
                      {t(`staff.council.states.${stream.state}`)} ·{" "}
                      {t(`staff.council.targets.${stream.target.kind}`)}
                      <Show when={stream.start}>{(start) => <> · {formatDateTime(start())}</>}</Show>
                    </p>
                    <p class="council-console-actions">
                      <button
                        type="button"
                        class="button"
                        aria-pressed={steering() === stream.id}
                        onClick={() => setSteering(steering() === stream.id ? undefined : stream.id)}
                      >
                        {t("staff.council.steer", { title: stream.title })}
                      </button>
                      <button type="button" class="button secondary" onClick={() => setEditingStream(stream)}>
                        {t("staff.council.editStream")}
                      </button>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      {/* Not keyed: each answer replaces the stream in the list, and the control keeps its outcome line. */}
      <Show when={steered()}>
        {(stream) => (
          <LiveControl stream={stream()} onChanged={(view) => streams.set(replace(streams.data(), view))} />
        )}
      </Show>
      <StreamForm
        stream={editingStream()}
        meetings={meetings() ?? []}
        events={events.data() ?? []}
        onSaved={() => {
          setEditingStream(null);
          changed();
        }}
        onCancel={() => setEditingStream(null)}
      />

      <h2>{t("staff.council.meetingsTitle")}</h2>
      <p>{t("staff.council.meetingsLead")}</p>
      <RemoteStatus remote={staffMeetings} />
      <Show when={staffMeetings.data()}>
        {(list) => (
          <Show when={list().meetings.length > 0} fallback={<p>{t("staff.council.noMeetings")}</p>}>
            <ul class="card-list">
              <For each={list().meetings}>
                {(meeting) => (
                  <li class="card">
                    <h3>{meeting.name}</h3>
                    <p>
                      {formatDateTime(meeting.start)}
                      <Show when={meeting.place}> · {meeting.place}</Show>
                      <Show when={meeting.cancelled}> · {t("staff.council.meetingIsCancelled")}</Show>
                    </p>
                    <p class="council-console-actions">
                      <button
                        type="button"
                        class="button secondary"
                        onClick={() => setEditingMeeting(meeting)}
                      >
                        {t("staff.council.editMeeting", { title: meeting.name })}
                      </button>
                      <button
                        type="button"
                        class="button danger"
                        disabled={write.busy() !== undefined}
                        onClick={() =>
                          void write.run(meeting.id, async () => {
                            await deleteMeeting(meeting.id);
                            meetingsChanged();
                            return t("staff.council.eventDeleted", { title: meeting.name });
                          })
                        }
                      >
                        {t("staff.council.deleteMeeting", { title: meeting.name })}
                      </button>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <MeetingForm
        meeting={editingMeeting()}
        organizations={staffMeetings.data()?.organizations ?? []}
        onSaved={() => {
          setEditingMeeting(null);
          meetingsChanged();
        }}
        onCancel={() => setEditingMeeting(null)}
      />

      <h2>{t("staff.council.eventsTitle")}</h2>
      <RemoteStatus remote={events} />
      <Show when={events.data()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t("staff.council.noEvents")}</p>}>
            <ul class="card-list">
              <For each={list()}>
                {(event) => (
                  <li class="card">
                    <h3>{event.title}</h3>
                    <p>
                      {formatDateTime(event.start)} · {event.place}
                    </p>
                    <p class="council-console-actions">
                      <button type="button" class="button secondary" onClick={() => setEditingEvent(event)}>
                        {t("staff.council.editEvent")}
                      </button>
                      <button
                        type="button"
                        class="button secondary"
                        aria-pressed={questionsOf() === event.id}
                        onClick={() => setQuestionsOf(questionsOf() === event.id ? undefined : event.id)}
                      >
                        {t("staff.council.questions")}
                      </button>
                      <button
                        type="button"
                        class="button danger"
                        disabled={write.busy() !== undefined}
                        onClick={() =>
                          void write.run(event.id, async () => {
                            await deleteEvent(event.id);
                            changed();
                            return t("staff.council.eventDeleted", { title: event.title });
                          })
                        }
                      >
                        {t("staff.council.deleteEvent")}
                      </button>
                    </p>
                    <Show when={questionsOf() === event.id}>
                      <Questions eventId={event.id} />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <EventForm
        event={editingEvent()}
        onSaved={() => {
          setEditingEvent(null);
          changed();
        }}
        onCancel={() => setEditingEvent(null)}
      />
    </section>
  );
}

const replace = (list: StreamView[] | undefined, view: StreamView) =>
  (list ?? []).map((item) => (item.id === view.id ? view : item));
