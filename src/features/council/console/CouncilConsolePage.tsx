// /verwaltung/rat: the council office (department "rat") and admins. The streams with their state
// and target, one to steer live ("Jetzt: TOP n", § 64 spans, start and end); attaching a stream to a
// meeting or an information event; the information events (create, change, delete) with their
// residents' questions to publish or reject.
import { createResource, createSignal, For, Show } from "solid-js";
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
import { deleteEvent, fetchEvents, fetchStreams } from "./api";
import { EventForm } from "./EventForm";
import { LiveControl } from "./LiveControl";
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
  const [meetings] = createResource(async () =>
    (await allMeetings()).sort((a, b) => (b.start ?? "").localeCompare(a.start ?? "")),
  );
  const [steering, setSteering] = createSignal<string>();
  const [editingStream, setEditingStream] = createSignal<StreamView | null>(null);
  const [editingEvent, setEditingEvent] = createSignal<InfoEvent | null>(null);
  const [questionsOf, setQuestionsOf] = createSignal<string>();
  const write = createWrite<string>();
  const steered = () => streams.data()?.find((s) => s.id === steering());
  const changed = () => {
    streams.reload();
    events.reload();
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
