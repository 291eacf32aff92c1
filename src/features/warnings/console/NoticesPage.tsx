// /verwaltung/meldungen: the city's own notices (road closures, water supply …). Published ones go
// out through the warnings feed and push like NINA's warnings; "beenden" turns one into an all-clear.
import { createMemo, createSignal, For, Show } from "solid-js";
import { type CityNotice, cityNoticeSchema } from "../../../lib/contract/warnings";
import {
  CITY_NOTICE_KINDS,
  type CityNoticeKind,
  SEVERITIES,
  type Severity,
} from "../../../lib/contract/warnings-constants";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { endNotice, publishNotice } from "../api";
import { berlinLocalToIso } from "../../../lib/contract/berlin-time";
import { allWarnings, storeWarning } from "../data";
import { noticeKindLabel, severityLabel } from "../labels";
import { partition, relate } from "../model";
import { SeverityLabel } from "../SeverityLabel";
import { NoAccessNotice } from "../../staff/Access";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { Checkbox } from "../../../ui/Choices";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { canPublishNotices } from "../../staff/permissions";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";

type FieldName =
  "kind" | "severity" | "headline" | "description" | "instruction" | "area" | "onset" | "expires" | "english";

const MESSAGES: Record<FieldName, string> = {
  kind: "warnings.console.errors.kind",
  severity: "warnings.console.errors.severity",
  headline: "warnings.console.errors.headline",
  description: "warnings.console.errors.description",
  instruction: "warnings.console.errors.instruction",
  area: "warnings.console.errors.area",
  onset: "warnings.console.errors.onset",
  expires: "warnings.console.errors.expires",
  english: "warnings.console.errors.english",
};

const SUMMARY_ORDER = [...Object.keys(MESSAGES).filter((field) => field !== "english"), "english-headline"];

export default function NoticesPage() {
  usePageTitle(() => t("warnings.console.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canPublishNotices(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <section>
        <h1>{t("warnings.console.title")}</h1>
        <p class="lead">{t("warnings.console.lead")}</p>
        <NoticeForm />
        <ActiveNotices />
      </section>
    </Show>
  );
}

/** Empty optional text -> null, as the contract wants it. */
const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

function NoticeForm() {
  const [kind, setKind] = createSignal<CityNoticeKind>("road-closure");
  const [severity, setSeverity] = createSignal<Severity>("Minor");
  const [headline, setHeadline] = createSignal("");
  const [description, setDescription] = createSignal("");
  const [instruction, setInstruction] = createSignal("");
  const [area, setArea] = createSignal("");
  const [onset, setOnset] = createSignal("");
  const [expires, setExpires] = createSignal("");
  const [withEnglish, setWithEnglish] = createSignal(false);
  const [englishHeadline, setEnglishHeadline] = createSignal("");
  const [englishDescription, setEnglishDescription] = createSignal("");
  const [englishInstruction, setEnglishInstruction] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const write = createWrite<true>();

  const notice = () => ({
    kind: kind(),
    severity: severity(),
    headline: headline(),
    description: description(),
    instruction: orNull(instruction()),
    area: area(),
    // An unreadable date stays a string, so the schema names the field.
    onset: onset().trim() === "" ? null : (berlinLocalToIso(onset()) ?? onset()),
    expires: berlinLocalToIso(expires()) ?? expires(),
    english: withEnglish()
      ? {
          headline: englishHeadline(),
          description: englishDescription(),
          instruction: orNull(englishInstruction()),
        }
      : null,
  });

  /** The schema's rules, and the one it cannot know: the end lies ahead (and after the start). */
  const check = (input: ReturnType<typeof notice>): FieldErrors<FieldName> => {
    const found = fieldErrors(cityNoticeSchema, input, MESSAGES);
    if (!found.expires) {
      const end = Date.parse(input.expires);
      const start = input.onset ? Date.parse(input.onset) : Date.now();
      if (end <= Date.now() || end <= start) found.expires = "warnings.console.errors.expiresOrder";
    }
    return found;
  };

  const reset = () => {
    for (const set of [setHeadline, setDescription, setInstruction, setArea, setOnset, setExpires]) set("");
    for (const set of [setEnglishHeadline, setEnglishDescription, setEnglishInstruction]) set("");
    setWithEnglish(false);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const input = notice();
    const found = check(input);
    setErrors(found);
    write.clear();
    if (hasErrors(found)) return;
    const parsed = cityNoticeSchema.safeParse(input);
    if (!parsed.success) return;
    const body: CityNotice = parsed.data;
    await write.run(
      true,
      async () => {
        const warning = await publishNotice(body);
        // Shown in the list (and the citizens' view on this device) before the next sync.
        await storeWarning(warning);
        reset();
        return t("warnings.console.published", { headline: warning.texts.de.headline });
      },
      { overrides: { forbidden: "warnings.console.forbidden" } },
    );
  };

  // The English texts' error leads to their first field, not to the checkbox that opened them.
  const summary = (): SummaryItem[] => {
    const failure = write.failure();
    return [
      ...summaryOf(SUMMARY_ORDER, { ...errors(), "english-headline": errors().english }, "notice"),
      ...(failure ? [{ message: failure }] : []),
    ];
  };

  return (
    <section>
      <h2>{t("warnings.console.formTitle")}</h2>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <SelectInput
          id="notice-kind"
          label={t("warnings.console.kind")}
          value={kind()}
          onChange={(value) => setKind(CITY_NOTICE_KINDS.find((k) => k === value) ?? "other")}
          options={CITY_NOTICE_KINDS.map((value) => ({ value, label: noticeKindLabel(value) }))}
          error={errors().kind}
          required
        />
        <SelectInput
          id="notice-severity"
          label={t("warnings.console.severity")}
          hint={t("warnings.console.severityHint")}
          value={severity()}
          onChange={(value) => setSeverity(SEVERITIES.find((s) => s === value) ?? "Minor")}
          options={SEVERITIES.map((value) => ({ value, label: severityLabel(value) }))}
          error={errors().severity}
          required
        />
        <TextInput
          id="notice-headline"
          label={t("warnings.console.headline")}
          value={headline()}
          onInput={setHeadline}
          error={errors().headline}
          required
          autocomplete="off"
        />
        <TextArea
          id="notice-description"
          label={t("warnings.console.description")}
          hint={t("warnings.console.descriptionHint")}
          value={description()}
          onInput={setDescription}
          error={errors().description}
          rows={8}
          required
        />
        <TextArea
          id="notice-instruction"
          label={t("warnings.console.instruction")}
          value={instruction()}
          onInput={setInstruction}
          error={errors().instruction}
          rows={8}
        />
        <TextInput
          id="notice-area"
          label={t("warnings.console.area")}
          hint={t("warnings.console.areaHint")}
          value={area()}
          onInput={setArea}
          error={errors().area}
          required
          autocomplete="off"
        />
        <TextInput
          type="datetime-local"
          id="notice-onset"
          label={t("warnings.console.onset")}
          hint={t("warnings.console.onsetHint")}
          value={onset()}
          onInput={setOnset}
          error={errors().onset}
          autocomplete="off"
        />
        <TextInput
          type="datetime-local"
          id="notice-expires"
          label={t("warnings.console.expires")}
          hint={t("warnings.console.expiresHint")}
          value={expires()}
          onInput={setExpires}
          error={errors().expires}
          required
          autocomplete="off"
        />
        <Checkbox
          id="notice-english"
          label={t("warnings.console.withEnglish")}
          checked={withEnglish()}
          onChange={setWithEnglish}
        />
        <Show when={withEnglish()}>
          <fieldset class="staff-fieldset" lang="en">
            <legend>{t("warnings.console.englishTitle")}</legend>
            <TextInput
              id="notice-english-headline"
              label={t("warnings.console.headline")}
              value={englishHeadline()}
              onInput={setEnglishHeadline}
              error={errors().english}
              required
              autocomplete="off"
            />
            <TextArea
              id="notice-english-description"
              label={t("warnings.console.description")}
              value={englishDescription()}
              onInput={setEnglishDescription}
              rows={8}
              required
            />
            <TextArea
              id="notice-english-instruction"
              label={t("warnings.console.instruction")}
              value={englishInstruction()}
              onInput={setEnglishInstruction}
              rows={8}
            />
          </fieldset>
        </Show>
        <button type="submit" class="button" disabled={Boolean(write.busy())}>
          {write.busy() ? t("warnings.console.publishing") : t("warnings.console.publish")}
        </button>
        <div role="status">
          <Show when={write.success()}>{(text) => <p class="staff-success">{text()}</p>}</Show>
        </div>
      </form>
    </section>
  );
}

function ActiveNotices() {
  const warnings = createLiveQuery(() => allWarnings);
  const notices = createMemo(() =>
    partition(relate(warnings.data() ?? [], Date.now())).active.filter((e) => e.warning.provider === "city"),
  );
  // Which notice is being ended, by id.
  const ending = createWrite<string>();

  const end = async (id: string, headline: string) => {
    if (ending.busy()) return;
    await ending.run(
      id,
      async () => {
        await storeWarning(await endNotice(id));
        return t("warnings.console.ended", { headline });
      },
      { overrides: { forbidden: "warnings.console.forbidden" } },
    );
  };

  return (
    <section>
      <h2>{t("warnings.console.activeTitle")}</h2>
      <ActionOutcome failureKey={ending.failure()} success={ending.success()} />
      <Show when={warnings.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={notices().length > 0}
          fallback={
            <EmptyState title={t("warnings.console.emptyTitle")} text={t("warnings.console.emptyText")} />
          }
        >
          <ul class="card-list">
            <For each={notices()}>
              {(entry, index) => (
                <li class="card">
                  <p>
                    <SeverityLabel severity={entry.warning.severity} />
                  </p>
                  <h3 id={`notice-${index()}`}>{entry.warning.texts.de.headline}</h3>
                  <p>
                    {t("warnings.console.meta", {
                      kind: entry.warning.noticeKind ? noticeKindLabel(entry.warning.noticeKind) : "",
                      area: entry.warning.areas.join(", "),
                    })}
                  </p>
                  <Show when={entry.warning.expires}>
                    {(until) => <p>{t("warnings.console.until", { time: formatDateTime(until()) })}</p>}
                  </Show>
                  <button
                    type="button"
                    class="button secondary"
                    disabled={ending.busy() !== undefined}
                    aria-describedby={`notice-${index()}`}
                    onClick={() => void end(entry.warning.id, entry.warning.texts.de.headline)}
                  >
                    {ending.busy() === entry.warning.id
                      ? t("warnings.console.ending")
                      : t("warnings.console.end")}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
