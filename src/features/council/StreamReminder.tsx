// "Erinnern": a push to this device 15 minutes before the stream starts, once. It uses the device's
// push subscription (made here with every other topic off when it has none, as /abfall does; the push
// settings page manages it). Its own chunk: the push code loads only for a stream still to come.
import { createSignal, onMount, Show } from "solid-js";
import { STREAM_REMINDER_MINUTES } from "../../lib/contract/council-streams";
import type { UiLanguage } from "../../lib/contract/languages";
import type { PushPreferences } from "../../lib/contract/warnings";
import type { StoredPushRegistration } from "../../lib/db";
import { ApiError, NetworkError } from "../../lib/http";
import { contentLanguage, language, t } from "../../lib/i18n";
import { forgetPushRegistration, storedPushRegistration } from "../warnings/data";
import {
  defaultPreferences,
  PermissionDeniedError,
  pushSupport,
  PushTimeoutError,
  subscribe,
} from "../warnings/push-subscription";
import { deleteStreamReminder, fetchStreamReminder, saveStreamReminder } from "./streams-api";

const remindersOnly = (lang: UiLanguage): PushPreferences => ({
  ...defaultPreferences(lang),
  topics: { warnings: false, postbox: false, appointments: false, applications: false },
});

function failureKey(error: unknown): string {
  if (error instanceof PermissionDeniedError) return "council.reminder.denied";
  if (error instanceof PushTimeoutError || error instanceof NetworkError) return "council.reminder.offline";
  if (error instanceof ApiError && error.code === "conflict") return "council.reminder.started";
  console.error("stream reminder", error);
  return "council.reminder.failed";
}

async function deviceRegistration(): Promise<StoredPushRegistration> {
  const stored = await storedPushRegistration();
  if (stored) return stored;
  await subscribe(remindersOnly(contentLanguage()));
  const made = await storedPushRegistration();
  if (!made) throw new Error("push subscription not stored");
  return made;
}

export default function StreamReminder(props: { streamId: string }) {
  const [on, setOn] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();

  onMount(() => {
    void (async () => {
      const stored = await storedPushRegistration();
      if (stored) setOn(await fetchStreamReminder(props.streamId, stored.id, stored.manageToken));
    })().catch((error: unknown) => console.warn("stream reminder not read", error));
  });

  const change = async (wanted: boolean) => {
    if (busy()) return;
    setBusy(true);
    setFailure(undefined);
    try {
      let registration = await deviceRegistration();
      const write = () =>
        wanted
          ? saveStreamReminder(props.streamId, registration.id, registration.manageToken, language())
          : deleteStreamReminder(props.streamId, registration.id, registration.manageToken);
      try {
        await write();
      } catch (error) {
        // The subscription is gone on the server: make a new one once.
        if (!(error instanceof ApiError && error.code === "not_found") || !wanted) throw error;
        await forgetPushRegistration();
        registration = await deviceRegistration();
        await write();
      }
      setOn(wanted);
    } catch (error) {
      setFailure(failureKey(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="stream-reminder">
      <Show
        when={pushSupport() === "supported"}
        fallback={<p class="hint">{t("council.reminder.unsupported")}</p>}
      >
        <button
          type="button"
          class="button"
          disabled={busy()}
          aria-pressed={on()}
          onClick={() => void change(!on())}
        >
          {on()
            ? t("council.reminder.switchOff")
            : t("council.reminder.switchOn", { minutes: STREAM_REMINDER_MINUTES })}
        </button>
        <p role="status" class="hint">
          {on() ? t("council.reminder.on", { minutes: STREAM_REMINDER_MINUTES }) : ""}
        </p>
        <div role="alert">
          <Show when={failure()}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
        </div>
      </Show>
    </div>
  );
}
