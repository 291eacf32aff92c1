// Steering one stream during the session: go live and end; one "Jetzt: TOP n" button per agenda item
// (every viewer sees it at once; the recording gets a chapter); a span a member objected to under
// § 64 (2) NKomVG, from and to as seconds since the start, which the recording skips.
import { createSignal, For, Show } from "solid-js";
import type { StreamState, StreamView } from "../../../lib/contract/council-streams";
import { t } from "../../../lib/i18n";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { TextInput } from "../../../ui/Field";
import { clockOf } from "../stream-logic";
import { addSkip, markNow, removeSkip, saveStream } from "./api";
import { parseClock } from "./console-forms";

export function LiveControl(props: { stream: StreamView; onChanged: (view: StreamView) => void }) {
  const write = createWrite<string>();
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [note, setNote] = createSignal(t("staff.council.skipNoteDefault"));
  const [errors, setErrors] = createSignal<{ from?: string; to?: string; note?: string }>({});
  const busy = () => write.busy() !== undefined;
  const labelOf = (item: { number: string | null; name: string }) =>
    item.number
      ? t("staff.council.now", { number: item.number })
      : t("staff.council.nowNamed", { name: item.name });

  const setState = (state: StreamState) => {
    const { id, target, liveUrl, recordingUrl } = props.stream;
    const changed = props.onChanged;
    void write.run(state, async () => {
      changed(await saveStream(id, { target, liveUrl, recordingUrl, state }));
      return t(`staff.council.stateSaved.${state}`);
    });
  };
  const now = (itemId: string, label: string) => {
    const id = props.stream.id;
    const changed = props.onChanged;
    void write.run(itemId, async () => {
      changed(await markNow(id, itemId));
      return t("staff.council.marked", { item: label });
    });
  };
  const skip = (event: SubmitEvent) => {
    event.preventDefault();
    const start = parseClock(from());
    const end = parseClock(to());
    const found = {
      from: start === undefined ? t("staff.council.clockInvalid") : undefined,
      to:
        end === undefined
          ? t("staff.council.clockInvalid")
          : start !== undefined && end <= start
            ? t("staff.council.toBeforeFrom")
            : undefined,
      note: note().trim().length < 3 ? t("staff.council.noteMissing") : undefined,
    };
    setErrors(found);
    if (found.from || found.to || found.note || start === undefined || end === undefined) return;
    const id = props.stream.id;
    const changed = props.onChanged;
    const span = { from: start, to: end, note: note().trim() };
    void write.run("skip", async () => {
      changed(await addSkip(id, span));
      setFrom("");
      setTo("");
      return t("staff.council.skipSaved");
    });
  };
  const unskip = (skipId: string) => {
    const stream = props.stream;
    const changed = props.onChanged;
    void write.run(skipId, async () => {
      await removeSkip(stream.id, skipId);
      changed({ ...stream, skips: stream.skips.filter((s) => s.id !== skipId) });
      return t("staff.council.skipRemoved");
    });
  };

  return (
    <section class="council-live" aria-labelledby="council-live-title">
      <h2 id="council-live-title">{t("staff.council.liveTitle", { title: props.stream.title })}</h2>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <p>
        {t("staff.council.stateNow", { state: t(`staff.council.states.${props.stream.state}`) })}
        <Show when={props.stream.startedAt}>
          {" "}
          {t("staff.council.startedAt", { time: new Date(props.stream.startedAt!).toLocaleTimeString() })}
        </Show>
      </p>
      <p class="council-console-actions">
        <Show when={props.stream.state !== "live"}>
          <button type="button" class="button" disabled={busy()} onClick={() => setState("live")}>
            {t("staff.council.goLive")}
          </button>
        </Show>
        <Show when={props.stream.state === "live"}>
          <button type="button" class="button danger" disabled={busy()} onClick={() => setState("ended")}>
            {t("staff.council.end")}
          </button>
        </Show>
      </p>
      <h3>{t("staff.council.agenda")}</h3>
      <Show when={props.stream.agenda.length > 0} fallback={<p>{t("staff.council.noAgenda")}</p>}>
        <ol class="council-live-agenda">
          <For each={props.stream.agenda}>
            {(item) => (
              <li aria-current={item.id === props.stream.currentItemId ? "true" : undefined}>
                <span>
                  {item.number ? `${item.number} ` : ""}
                  {item.name}
                </span>
                <button
                  type="button"
                  class="button"
                  disabled={busy() || props.stream.state === "ended"}
                  onClick={() => now(item.id, labelOf(item))}
                >
                  {labelOf(item)}
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <h3>{t("staff.council.skipsTitle")}</h3>
      <p class="hint">{t("staff.council.skipsLead")}</p>
      <Show when={props.stream.skips.length > 0}>
        <ul class="council-live-skips">
          <For each={props.stream.skips}>
            {(span) => (
              <li>
                {clockOf(span.from)}–{clockOf(span.to)}: {span.note}{" "}
                <button
                  type="button"
                  class="button secondary"
                  disabled={busy()}
                  onClick={() => unskip(span.id)}
                >
                  {t("staff.council.removeSkip")}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form noValidate onSubmit={skip} class="council-skip-form">
        <TextInput
          id="skip-from"
          label={t("staff.council.skipFrom")}
          hint={t("staff.council.clockHint")}
          short
          value={from()}
          onInput={setFrom}
          error={errors().from}
        />
        <TextInput
          id="skip-to"
          label={t("staff.council.skipTo")}
          hint={t("staff.council.clockHint")}
          short
          value={to()}
          onInput={setTo}
          error={errors().to}
        />
        <TextInput
          id="skip-note"
          label={t("staff.council.skipNote")}
          value={note()}
          onInput={setNote}
          error={errors().note}
        />
        <button type="submit" class="button" disabled={busy()}>
          {t("staff.council.addSkip")}
        </button>
      </form>
    </section>
  );
}
