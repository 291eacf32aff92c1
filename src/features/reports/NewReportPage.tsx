// /melden: a defect in public space, with its category, a pin on the map, photos, a description and
// an optional address for updates. Open reports of the same kind nearby come first ("Schon
// gemeldet?"); a new report goes through the outbox, so it can be written offline. What is entered
// is kept on the device as it is written (report-draft.ts) and comes back when /melden opens again.
import { A } from "@solidjs/router";
import { createEffect, createResource, createSignal, on, onCleanup, Show } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { hasErrors, type FieldErrors } from "../../lib/field-errors";
import { language, t } from "../../lib/i18n";
import { createWrite, failureItems } from "../../lib/write";
import { Radios } from "../../ui/Choices";
import { ErrorSummary, summaryOf } from "../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { REPORT_CATEGORIES, REPORT_DESCRIPTION_MAX } from "../../lib/contract/reports";
import type { Pin } from "../map/pin";
import { PositionPicker } from "../map/PositionPicker";
import { queueReport } from "./api";
import { NearbyReports } from "./NearbyReports";
import { PhotoPicker } from "./PhotoPicker";
import {
  checkReport,
  isCategory,
  newReport,
  REPORT_FIELDS,
  type ReportDraft,
  type ReportField,
} from "./report-form";
import { discardReportDraft, loadReportDraft, makeDraftSaver, saveReportDraft } from "./report-draft";
import { SentReport } from "./SentReport";
import "./reports.css";

const emptyDraft = (): ReportDraft => ({
  category: "",
  pin: null,
  place: "",
  description: "",
  email: "",
  photos: [],
});

export default function NewReportPage() {
  usePageTitle(() => t("reports.form.title"));
  const [sent, setSent] = createSignal<{ id: string; photos: File[] }>();
  // A device whose storage cannot be read starts with an empty form.
  const [kept, { mutate: setKept }] = createResource(() => loadReportDraft().catch(() => undefined));
  return (
    <section>
      <h1>{t("reports.form.title")}</h1>
      <Show
        when={sent()}
        keyed
        fallback={
          <Show when={!kept.loading} fallback={<p class="loading">{t("common.loading")}</p>}>
            <ReportForm
              initial={kept()}
              onSent={(id, photos) => {
                // Sent: "Weiteren Mangel melden" starts with an empty form, not the draft read on opening.
                setKept(undefined);
                setSent({ id, photos });
              }}
            />
          </Show>
        }
      >
        {(report) => (
          <SentReport id={report.id} photos={report.photos} onAnother={() => setSent(undefined)} />
        )}
      </Show>
    </section>
  );
}

function ReportForm(props: {
  initial: ReportDraft | undefined;
  onSent: (id: string, photos: File[]) => void;
}) {
  // The kept draft is read once, when the form opens.
  const [draft, setDraft] = createStore<ReportDraft>(props.initial ?? emptyDraft());
  const [restored, setRestored] = createSignal(props.initial !== undefined);
  const [errors, setErrors] = createSignal<FieldErrors<ReportField>>({});
  const write = createWrite<true>();

  // Every change is kept on the device a moment later; leaving or hiding the page writes at once.
  const saver = makeDraftSaver((current) => saveReportDraft(current));
  const snapshot = (): ReportDraft => ({
    category: draft.category,
    pin: draft.pin ? { lat: draft.pin.lat, lon: draft.pin.lon } : null,
    place: draft.place,
    description: draft.description,
    email: draft.email,
    photos: [...draft.photos],
  });
  createEffect(on(snapshot, (current) => saver.schedule(current), { defer: true }));
  const onHidden = () => {
    if (document.visibilityState === "hidden") void saver.flush();
  };
  document.addEventListener("visibilitychange", onHidden);
  onCleanup(() => {
    document.removeEventListener("visibilitychange", onHidden);
    void saver.flush();
  });

  const discard = async () => {
    await saver.cancel();
    await discardReportDraft();
    setDraft(emptyDraft());
    setErrors({});
    setRestored(false);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const current = unwrap(draft);
    const found = checkReport(current);
    setErrors(found);
    const { pin, category } = current;
    if (hasErrors(found) || !pin || !isCategory(category)) return;
    // Only the device's own storage can fail here: the outbox sends when there is a connection.
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    void write.run(true, async () => {
      await saver.cancel();
      const id = await queueReport(newReport(current, pin, category, language()));
      // In the outbox now: the kept copy would only offer the same report again.
      await discardReportDraft();
      props.onSent(id, [...current.photos]);
    });
  };

  const categories = () =>
    REPORT_CATEGORIES.map((value) => ({ value, label: t(`reports.categories.${value}`) }));
  const nearbyFor = () =>
    isCategory(draft.category) && draft.pin ? { category: draft.category, pin: draft.pin } : undefined;

  return (
    <>
      <p>{t("reports.form.lead")}</p>
      <p>
        <A href="/meldungen">{t("reports.form.listLink")}</A>
      </p>
      <Show when={restored()}>
        <div class="notice report-draft-note">
          <p role="status">{t("reports.form.draft.restored")}</p>
          <button type="button" class="button secondary" onClick={() => void discard()}>
            {t("reports.form.draft.discard")}
          </button>
        </div>
      </Show>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          items={[...summaryOf([...REPORT_FIELDS], errors(), "report"), ...failureItems(write.failure())]}
        />
        <Radios
          id="report-category"
          legend={t("reports.form.category")}
          required
          options={categories()}
          value={draft.category}
          onChange={(value) => setDraft("category", value)}
          error={errors().category}
        />
        <PositionPicker
          id="report-position"
          legend={t("reports.form.position.legend")}
          hint={t("reports.form.position.hint")}
          pin={draft.pin}
          // A copy: the store merges into the object it holds, and CITY_CENTRE must stay as it is.
          onPin={(pin: Pin) => setDraft("pin", { ...pin })}
          error={errors().position}
        />
        <TextInput
          id="report-place"
          label={t("reports.form.place")}
          hint={t("reports.form.placeHint")}
          maxLength={200}
          value={draft.place}
          onInput={(value) => setDraft("place", value)}
        />
        <Show when={nearbyFor()}>
          {(where) => <NearbyReports category={where().category} pin={where().pin} />}
        </Show>
        <PhotoPicker
          id="report-photos"
          photos={draft.photos}
          onChange={(photos) => setDraft("photos", photos)}
          error={errors().photos}
        />
        <TextArea
          id="report-description"
          label={t("reports.form.description")}
          hint={t("reports.form.descriptionHint")}
          rows={5}
          maxLength={REPORT_DESCRIPTION_MAX}
          value={draft.description}
          onInput={(value) => setDraft("description", value)}
          error={errors().description}
        />
        <TextInput
          id="report-email"
          label={t("reports.form.email")}
          hint={t("reports.form.emailHint")}
          type="email"
          inputMode="email"
          autocomplete="email"
          value={draft.email}
          onInput={(value) => setDraft("email", value)}
          error={errors().email}
        />
        <p>{t("reports.form.privacy")}</p>
        <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
          {t("reports.form.send")}
        </button>
      </form>
    </>
  );
}
