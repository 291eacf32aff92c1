// Attaching a stream to a meeting (from the synced council tables) or an information event, or
// changing one: the live HLS address, the recording's address (after the session), the state.
import { createEffect, createSignal, on } from "solid-js";
import type { CouncilMeeting } from "../../../lib/contract/council";
import type { InfoEvent, StreamState, StreamView, StreamWrite } from "../../../lib/contract/council-streams";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createWrite, failureItems } from "../../../lib/write";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { SelectInput, TextInput } from "../../../ui/Field";
import { saveStream } from "./api";

const STATES: StreamState[] = ["planned", "live", "ended"];

export function StreamForm(props: {
  stream: StreamView | null;
  meetings: CouncilMeeting[];
  events: InfoEvent[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [target, setTarget] = createSignal("");
  const [liveUrl, setLiveUrl] = createSignal("");
  const [recordingUrl, setRecordingUrl] = createSignal("");
  const [state, setState] = createSignal<StreamState>("planned");
  const [targetError, setTargetError] = createSignal<string>();
  const write = createWrite<true>();
  createEffect(
    on(
      () => props.stream,
      (stream) => {
        setTarget(stream ? `${stream.target.kind}:${stream.target.id}` : "");
        setLiveUrl(stream?.liveUrl ?? "");
        setRecordingUrl(stream?.recordingUrl ?? "");
        setState(stream?.state ?? "planned");
        // Opening a record for editing starts afresh; closing it after a save keeps "saved".
        if (stream) write.clear();
      },
    ),
  );
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const [kind, ...rest] = target().split(":");
    const id = rest.join(":");
    if ((kind !== "meeting" && kind !== "event") || !id)
      return setTargetError(t("staff.council.targetMissing"));
    setTargetError(undefined);
    const existing = props.stream?.id;
    const saved = props.onSaved;
    const streamWrite: StreamWrite = {
      target: kind === "meeting" ? { kind: "meeting", id } : { kind: "event", id },
      liveUrl: liveUrl().trim() || null,
      recordingUrl: recordingUrl().trim() || null,
      state: state(),
    };
    void write.run(
      true,
      async () => {
        await saveStream(existing, streamWrite);
        return t("staff.council.streamSaved");
      },
      { done: () => saved() },
    );
  };
  return (
    <form id="council-stream-form" noValidate onSubmit={submit} class="card">
      <h3>{props.stream ? t("staff.council.editStreamTitle") : t("staff.council.attachTitle")}</h3>
      <ErrorSummary
        items={[
          ...(targetError() ? [{ fieldId: "stream-target", message: targetError()! }] : []),
          ...failureItems(write.failure()),
        ]}
      />
      <SelectInput
        id="stream-target"
        label={t("staff.council.target")}
        value={target()}
        onChange={setTarget}
        error={targetError()}
        options={[{ value: "", label: t("staff.council.choose") }]}
        groups={[
          {
            label: t("staff.council.targets.event"),
            options: props.events.map((e) => ({
              value: `event:${e.id}`,
              label: `${e.title} (${formatDateTime(e.start)})`,
            })),
          },
          {
            label: t("staff.council.targets.meeting"),
            options: props.meetings.map((m) => ({
              value: `meeting:${m.id}`,
              label: m.start ? `${m.name} (${formatDateTime(m.start)})` : m.name,
            })),
          },
        ]}
      />
      <TextInput
        id="stream-live-url"
        type="url"
        label={t("staff.council.liveUrl")}
        hint={t("staff.council.urlHint")}
        value={liveUrl()}
        onInput={setLiveUrl}
        code
      />
      <TextInput
        id="stream-recording-url"
        type="url"
        label={t("staff.council.recordingUrl")}
        hint={t("staff.council.recordingHint")}
        value={recordingUrl()}
        onInput={setRecordingUrl}
        code
      />
      <SelectInput
        id="stream-state"
        label={t("staff.council.state")}
        value={state()}
        onChange={(value) => setState(STATES.find((s) => s === value) ?? "planned")}
        options={STATES.map((s) => ({ value: s, label: t(`staff.council.states.${s}`) }))}
      />
      <p role="status">{write.success() ?? ""}</p>
      <p class="council-console-actions">
        <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
          {props.stream ? t("staff.council.save") : t("staff.council.attach")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {t("staff.council.cancel")}
        </button>
      </p>
    </form>
  );
}
