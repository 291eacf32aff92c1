// "Erinnerung am Vorabend": the resident picks bins and a time, and this device gets a push the
// evening before a collection day. It uses the device's push subscription (made here with every other
// topic off when it has none; the push settings page manages it). Loaded only when a district is
// shown: the push code stays out of /abfall's first chunk.
import { A } from "@solidjs/router";
import { createEffect, createSignal, on, Show } from "solid-js";
import { BIN_TYPES, type BinType, DEFAULT_REMINDER_TIME, type WasteReminder } from "../../lib/contract/waste";
import type { UiLanguage } from "../../lib/contract/languages";
import type { PushPreferences } from "../../lib/contract/warnings";
import type { StoredPushRegistration } from "../../lib/db";
import { ApiError, NetworkError } from "../../lib/http";
import { contentLanguage, language, t } from "../../lib/i18n";
import { Checkboxes } from "../../ui/Choices";
import { SelectInput } from "../../ui/Field";
import { forgetPushRegistration, storedPushRegistration } from "../warnings/data";
import {
  defaultPreferences,
  PermissionDeniedError,
  pushSupport,
  PushTimeoutError,
  subscribe,
} from "../warnings/push-subscription";
import { deleteReminder, fetchReminder, saveReminder } from "./reminder-api";

/** 16:00 to 22:00 in half hours: "the evening before". */
const TIMES = Array.from({ length: 13 }, (_, i) => {
  const minutes = 16 * 60 + i * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
});

/** A device subscribed here hears only of its bins: every other topic off. */
const remindersOnly = (lang: UiLanguage): PushPreferences => ({
  ...defaultPreferences(lang),
  topics: { warnings: false, postbox: false, appointments: false, applications: false },
});

function failureKey(error: unknown): string {
  if (error instanceof PermissionDeniedError) return "waste.reminder.denied";
  if (error instanceof PushTimeoutError) return "waste.reminder.timeout";
  if (error instanceof NetworkError) return "waste.reminder.offline";
  if (error instanceof ApiError) return `errors.${error.code}`;
  console.error("waste reminder", error);
  return "waste.reminder.failed";
}

async function deviceRegistration(): Promise<StoredPushRegistration> {
  const stored = await storedPushRegistration();
  if (stored) return stored;
  await subscribe(remindersOnly(contentLanguage()));
  const made = await storedPushRegistration();
  if (!made) throw new Error("push subscription not stored");
  return made;
}

export default function Reminders(props: { districtId: string; bins: BinType[] }) {
  const [saved, setSaved] = createSignal<WasteReminder | null>(null);
  const [bins, setBins] = createSignal<string[]>([]);
  const [time, setTime] = createSignal(DEFAULT_REMINDER_TIME);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [binsError, setBinsError] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  /** On for this district: a reminder of another address counts as off until switched on here. */
  const isOn = () => saved()?.districtId === props.districtId;

  createEffect(
    on(
      () => props.districtId,
      () => {
        // Every bin of the district is ticked until the device's own choice is read.
        setBins([...props.bins]);
        setTime(DEFAULT_REMINDER_TIME);
        void (async () => {
          const stored = await storedPushRegistration();
          if (!stored) return;
          const { reminder } = await fetchReminder(stored.id, stored.manageToken);
          setSaved(reminder);
          if (reminder && reminder.districtId === props.districtId) {
            setBins(reminder.bins);
            setTime(reminder.time);
          }
        })().catch((error: unknown) => console.warn("waste reminder not read", error));
      },
    ),
  );

  const statusText = () => {
    if (done() === "waste.reminder.off") return t("waste.reminder.off");
    const reminder = saved();
    return reminder && isOn() && done() ? t("waste.reminder.on", { time: reminder.time }) : "";
  };

  const chosenBins = () => BIN_TYPES.filter((bin) => bins().includes(bin));

  const change = async (wanted: "on" | "off") => {
    if (busy()) return;
    setFailure(undefined);
    setDone(undefined);
    setBinsError(undefined);
    if (wanted === "on" && chosenBins().length === 0) return setBinsError("waste.reminder.binsMissing");
    setBusy(true);
    try {
      let registration = await deviceRegistration();
      const reminder: WasteReminder = {
        districtId: props.districtId,
        bins: chosenBins(),
        time: time(),
        language: language(),
      };
      const write = async () => {
        if (wanted === "on")
          setSaved((await saveReminder(registration.id, registration.manageToken, reminder)).reminder);
        else {
          await deleteReminder(registration.id, registration.manageToken);
          setSaved(null);
        }
      };
      try {
        await write();
      } catch (error) {
        // The subscription is gone on the server (expired, removed): make a new one once.
        if (!(error instanceof ApiError && error.code === "not_found") || wanted === "off") throw error;
        await forgetPushRegistration();
        registration = await deviceRegistration();
        await write();
      }
      setDone(wanted === "on" ? "waste.reminder.on" : "waste.reminder.off");
    } catch (error) {
      if (wanted === "off" && error instanceof ApiError && error.code === "not_found") {
        // Nothing left on the server to switch off.
        setSaved(null);
        setDone("waste.reminder.off");
      } else setFailure(failureKey(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="waste-reminder" aria-labelledby="waste-reminder-title">
      <h2 id="waste-reminder-title">{t("waste.reminder.title")}</h2>
      <p>{t("waste.reminder.text")}</p>
      <Show when={pushSupport() === "needs-home-screen"}>
        <p class="notice">{t("waste.reminder.homeScreen")}</p>
      </Show>
      <Show when={pushSupport() === "unsupported"}>
        <p class="notice">{t("waste.reminder.unsupported")}</p>
      </Show>
      <Show when={pushSupport() === "supported"}>
        <form
          class="waste-reminder-form"
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            void change("on");
          }}
        >
          <Checkboxes
            id="waste-reminder-bins"
            legend={t("waste.reminder.bins")}
            error={binsError()}
            options={props.bins.map((bin) => ({ value: bin, label: t(`waste.bins.${bin}`) }))}
            values={bins()}
            onChange={setBins}
          />
          <SelectInput
            id="waste-reminder-time"
            label={t("waste.reminder.time")}
            short
            value={time()}
            onChange={setTime}
            options={TIMES.map((value) => ({ value, label: value }))}
          />
          <p class="waste-actions">
            <button type="submit" class="button" disabled={busy()}>
              {isOn() ? t("waste.reminder.save") : t("waste.reminder.switchOn")}
            </button>
            <Show when={isOn()}>
              <button
                type="button"
                class="button secondary"
                disabled={busy()}
                onClick={() => void change("off")}
              >
                {t("waste.reminder.switchOff")}
              </button>
            </Show>
          </p>
        </form>
        <p role="status" class="hint">
          <Show when={busy()} fallback={statusText()}>
            {t("waste.reminder.busy")}
          </Show>
        </p>
        <div role="alert">
          <Show when={failure()}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
        </div>
        <p>
          <A href="/warnungen/benachrichtigungen">{t("waste.reminder.settings")}</A>
        </p>
      </Show>
    </section>
  );
}
