// /warnungen/benachrichtigungen: Web Push on this device. Nothing is asked of the browser before
// the user taps "einschalten"; the choices (places, level, sources, quiet hours) live on the server
// with the subscription, a copy in Dexie lets this page change or end it.
import { A } from "@solidjs/router";
import { createEffect, createSignal, For, onMount, Show } from "solid-js";
import {
  DELMENHORST_ARS,
  type PushPreferences,
  pushPreferencesSchema,
  type PushTopic,
  SEVERITIES,
  WARNING_PROVIDERS,
} from "../../lib/contract/warnings";
import { createWrite } from "../../lib/write";
import { ApiError, NetworkError } from "../../lib/http";
import { LANGUAGE_INFO } from "../../lib/contract/languages";
import { availableLanguages, contentLanguage, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { Checkbox, Checkboxes, Choice, ChoiceGroup, Radios } from "../../ui/Choices";
import { FieldRow, SelectInput, TimeInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { account, loadSession, sessionKnown } from "../account/session";
import { storedPushRegistration } from "./data";
import { providerLabel, severityLabel } from "./labels";
import {
  defaultPreferences,
  PermissionDeniedError,
  PUSH_TIMEOUT_MS,
  pushSupport,
  PushTimeoutError,
  savePreferences,
  SubscriptionGoneError,
  subscribe,
  unsubscribe,
} from "./push-subscription";
import "./warnings.css";

/** Delmenhorst and its neighbours (district ARS, as NINA's dashboard knows them). */
const PLACES = [DELMENHORST_ARS, "040110000000", "034580000000", "034030000000", "034610000000"] as const;

const TOPICS = ["warnings", "postbox", "appointments", "applications", "council"] satisfies PushTopic[];

/** "council" was added later: a device that never chose counts as on, as the server sends it. */
const topicChecked = (topics: Partial<Record<PushTopic, boolean>>, topic: PushTopic) =>
  topic === "council" ? topics[topic] !== false : topics[topic] === true;

/** What a topic needs besides this device: the postbox, appointments and applications an account. */
function topicHint(topic: PushTopic): string | undefined {
  if (topic === "postbox")
    return account() ? t("warnings.push.postboxHint") : t("warnings.push.postboxSignedOut");
  if (topic === "applications")
    return account() ? t("warnings.push.applicationsHint") : t("warnings.push.applicationsSignedOut");
  if (topic === "appointments")
    return account() ? t("warnings.push.appointmentsHint") : t("warnings.push.appointmentsSignedOut");
  if (topic === "council") return t("warnings.push.councilHint");
  return undefined;
}

/** Which text explains a failure of switching on, saving or switching off. */
function failureKey(error: unknown): string {
  if (error instanceof PermissionDeniedError) return "warnings.push.errors.denied";
  if (error instanceof SubscriptionGoneError) return "warnings.push.errors.gone";
  if (error instanceof PushTimeoutError) return "warnings.push.errors.timeout";
  if (error instanceof NetworkError) return "warnings.push.errors.offline";
  if (error instanceof ApiError) return `errors.${error.code}`;
  return "warnings.push.errors.failed";
}

export default function PushSettingsPage() {
  usePageTitle(() => t("warnings.push.title"));
  const support = pushSupport();
  return (
    <section class="warnings push-settings">
      <p class="breadcrumb">
        <A href="/warnungen">{t("warnings.detail.back")}</A>
      </p>
      <h1>{t("warnings.push.title")}</h1>
      <p class="lead">{t("warnings.push.lead")}</p>
      <div class="notice" role="note">
        <p>
          <strong>{t("warnings.push.silentTitle")}</strong>
        </p>
        <p>{t("warnings.push.silentMode")}</p>
      </div>
      <Show when={support === "supported"} fallback={<NoPush support={support} />}>
        <PushForm />
      </Show>
    </section>
  );
}

function NoPush(props: { support: "needs-home-screen" | "unsupported" | "supported" }) {
  return (
    <Show when={props.support === "needs-home-screen"} fallback={<p>{t("warnings.push.unsupported")}</p>}>
      <h2>{t("warnings.push.homeScreenTitle")}</h2>
      <p>{t("warnings.push.homeScreenText")}</p>
    </Show>
  );
}

function PushForm() {
  const stored = createLiveQuery(() => storedPushRegistration);
  const [preferences, setPreferences] = createSignal<PushPreferences>(defaultPreferences(contentLanguage()));
  /** Succeeds with the key of what was done. */
  const write = createWrite();
  const [choiceError, setChoiceError] = createSignal<string>();
  /** The failed action again, when waiting a moment may be all it needs (no answer, no network). */
  const [retry, setRetry] = createSignal<() => void>();
  const subscribed = () => stored.data() !== undefined;

  onMount(() => {
    if (!sessionKnown())
      loadSession().catch((failure: unknown) => console.error("session not loaded", failure));
  });
  // The saved choices, once they are read from the device.
  let loaded = false;
  createEffect(() => {
    if (!stored.ready() || loaded) return;
    loaded = true;
    const saved = stored.data();
    if (saved) setPreferences(saved.preferences);
  });

  const update = (change: Partial<PushPreferences>) => setPreferences((p) => ({ ...p, ...change }));
  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

  const validationKey = (): string | undefined => {
    const result = pushPreferencesSchema.safeParse(preferences());
    if (result.success) return undefined;
    const field = result.error.issues[0]?.path[0];
    if (field === "sources") return "warnings.push.errors.sources";
    if (field === "quietHours") return "warnings.push.errors.quietHours";
    return "warnings.push.errors.failed";
  };

  const run = async (action: () => Promise<void>, doneKey: string) => {
    if (write.busy()) return;
    setChoiceError(undefined);
    const explain = (failure: unknown) => {
      console.error("push settings", failure);
      const again = () => void run(action, doneKey);
      const worthAgain = failure instanceof PushTimeoutError || failure instanceof NetworkError;
      setRetry(() => (worthAgain ? again : undefined));
      return failureKey(failure);
    };
    const succeeded = async () => {
      await action();
      return doneKey;
    };
    await write.run(true, succeeded, { explain, done: () => setRetry(undefined) });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const invalid = validationKey();
    if (invalid) {
      write.clear();
      setRetry(undefined);
      setChoiceError(invalid);
      return;
    }
    const chosen = preferences();
    if (subscribed()) void run(() => savePreferences(chosen), "warnings.push.saved");
    else void run(() => subscribe(chosen), "warnings.push.enabled");
  };

  return (
    <Show when={stored.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <p class="push-state">
        <strong>{subscribed() ? t("warnings.push.statusOn") : t("warnings.push.statusOff")}</strong>
      </p>
      <form class="push-form" onSubmit={submit} novalidate>
        <ChoiceGroup id="push-places" legend={t("warnings.push.places")} hint={t("warnings.push.placesHint")}>
          <For each={PLACES}>
            {(ars) => (
              <Choice
                id={`push-place-${ars}`}
                type="checkbox"
                name="push-places"
                label={t(`warnings.push.placeNames.${ars}`)}
                checked={ars === DELMENHORST_ARS || preferences().places.includes(ars)}
                disabled={ars === DELMENHORST_ARS}
                onChange={(checked) => update({ places: toggle(preferences().places, ars, checked) })}
              />
            )}
          </For>
        </ChoiceGroup>

        <SelectInput
          id="push-min-severity"
          label={t("warnings.push.minSeverity")}
          hint={t("warnings.push.minSeverityHint")}
          value={preferences().minSeverity}
          onChange={(value) => {
            const severity = SEVERITIES.find((s) => s === value);
            if (severity) update({ minSeverity: severity });
          }}
          options={SEVERITIES.map((severity) => ({ value: severity, label: severityLabel(severity) }))}
        />

        <Checkboxes
          id="push-source"
          legend={t("warnings.push.sources")}
          options={WARNING_PROVIDERS.map((provider) => ({ value: provider, label: providerLabel(provider) }))}
          values={preferences().sources}
          onChange={(values) => update({ sources: WARNING_PROVIDERS.filter((p) => values.includes(p)) })}
        />

        <Radios
          id="push-language"
          legend={t("warnings.push.language")}
          options={availableLanguages.map((code) => ({
            value: code,
            label: LANGUAGE_INFO[code].name,
            lang: code,
          }))}
          value={preferences().language}
          onChange={(value) => {
            const code = availableLanguages.find((item) => item === value);
            if (code) update({ language: code });
          }}
        />

        <ChoiceGroup id="push-quiet-hours" legend={t("warnings.push.quietHours")}>
          <Checkbox
            id="push-quiet"
            label={t("warnings.push.quietHoursToggle")}
            hint={t("warnings.push.quietHoursNote")}
            checked={preferences().quietHours !== null}
            onChange={(checked) => update({ quietHours: checked ? { from: "22:00", to: "06:30" } : null })}
          />
          <Show when={preferences().quietHours}>
            {(quiet) => (
              <FieldRow>
                <TimeInput
                  id="push-quiet-from"
                  label={t("warnings.push.quietFrom")}
                  value={quiet().from}
                  onChange={(from) => update({ quietHours: { ...quiet(), from } })}
                />
                <TimeInput
                  id="push-quiet-to"
                  label={t("warnings.push.quietTo")}
                  value={quiet().to}
                  onChange={(to) => update({ quietHours: { ...quiet(), to } })}
                />
              </FieldRow>
            )}
          </Show>
        </ChoiceGroup>

        <ChoiceGroup id="push-topics" legend={t("warnings.push.topics")}>
          <For each={TOPICS}>
            {(topic) => (
              <Choice
                id={`push-topic-${topic}`}
                type="checkbox"
                name="push-topics"
                label={t(`warnings.push.topicNames.${topic}`)}
                hint={topicHint(topic)}
                checked={topicChecked(preferences().topics, topic)}
                onChange={(checked) => update({ topics: { ...preferences().topics, [topic]: checked } })}
              />
            )}
          </For>
          <p class="hint">{t("warnings.push.chatHint")}</p>
        </ChoiceGroup>

        <div role="alert" class="push-alert-region">
          <Show when={choiceError() ?? write.failure()}>
            {(key) => <p class="push-error">{t(key(), { seconds: PUSH_TIMEOUT_MS / 1000 })}</p>}
          </Show>
        </div>
        <Show when={retry()}>
          {(again) => (
            <p>
              <button
                type="button"
                class="button secondary"
                disabled={write.busy()}
                onClick={() => again()()}
              >
                {t("warnings.push.retry")}
              </button>
            </p>
          )}
        </Show>
        <div role="status">
          <Show when={write.success()}>{(key) => <p class="push-done">{t(key())}</p>}</Show>
        </div>

        <p class="button-row">
          <button type="submit" class="button" disabled={write.busy()}>
            {subscribed()
              ? write.busy()
                ? t("warnings.push.saving")
                : t("warnings.push.save")
              : write.busy()
                ? t("warnings.push.enabling")
                : t("warnings.push.enable")}
          </button>
          <Show when={subscribed()}>
            <button
              type="button"
              class="button secondary"
              disabled={write.busy()}
              onClick={() => void run(unsubscribe, "warnings.push.disabled")}
            >
              {t("warnings.push.disable")}
            </button>
          </Show>
        </p>
      </form>
    </Show>
  );
}
