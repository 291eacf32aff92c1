// Creating or changing an information event: title, start and end, place, topic (a Bebauungsplan …),
// what it is about, its programme (one item a line) and documents (one "Name | address" a line).
import { createEffect, createSignal, on } from "solid-js";
import type { InfoEvent } from "../../../lib/contract/council-streams";
import { t } from "../../../lib/i18n";
import { createWrite, failureItems } from "../../../lib/write";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../../ui/Field";
import { saveEvent } from "./api";
import {
  agendaText,
  documentsText,
  instantOf,
  localInput,
  parseAgenda,
  parseDocuments,
} from "./console-forms";

type Errors = Partial<Record<"title" | "start" | "end" | "place" | "documents", string>>;

export function EventForm(props: { event: InfoEvent | null; onSaved: () => void; onCancel: () => void }) {
  const [title, setTitle] = createSignal("");
  const [start, setStart] = createSignal("");
  const [end, setEnd] = createSignal("");
  const [place, setPlace] = createSignal("");
  const [topic, setTopic] = createSignal("");
  const [description, setDescription] = createSignal("");
  const [agenda, setAgenda] = createSignal("");
  const [documents, setDocuments] = createSignal("");
  const [errors, setErrors] = createSignal<Errors>({});
  const write = createWrite<true>();
  createEffect(
    on(
      () => props.event,
      (event) => {
        setTitle(event?.title ?? "");
        setStart(event ? localInput(event.start) : "");
        setEnd(event?.end ? localInput(event.end) : "");
        setPlace(event?.place ?? "");
        setTopic(event?.topic ?? "");
        setDescription(event?.description ?? "");
        setAgenda(event ? agendaText(event) : "");
        setDocuments(event ? documentsText(event) : "");
        setErrors({});
        // Opening a record for editing starts afresh; closing it after a save keeps "saved".
        if (event) write.clear();
      },
    ),
  );
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const startAt = instantOf(start());
    const endAt = end() ? instantOf(end()) : null;
    const docs = parseDocuments(documents());
    const found: Errors = {
      title: title().trim().length < 3 ? t("staff.council.titleMissing") : undefined,
      start: startAt ? undefined : t("staff.council.startMissing"),
      end:
        endAt === undefined
          ? t("staff.council.startMissing")
          : endAt && startAt && endAt < startAt
            ? t("staff.council.endBeforeStart")
            : undefined,
      place: place().trim().length < 2 ? t("staff.council.placeMissing") : undefined,
      documents:
        docs.invalid.length > 0
          ? t("staff.council.documentsInvalid", { lines: docs.invalid.join("; ") })
          : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean) || !startAt || endAt === undefined) return;
    const id = props.event?.id;
    const saved = props.onSaved;
    const eventWrite = {
      title: title().trim(),
      start: startAt,
      end: endAt,
      place: place().trim(),
      topic: topic().trim(),
      description: description().trim(),
      documents: docs.documents,
      agenda: parseAgenda(agenda()),
    };
    void write.run(
      true,
      async () => {
        await saveEvent(id, eventWrite);
        return t("staff.council.eventSaved");
      },
      { done: () => saved() },
    );
  };
  const summary = () => [
    ...Object.entries(errors())
      .filter(([, message]) => message)
      .map(([field, message]) => ({ fieldId: `event-${field}`, message: message! })),
    ...failureItems(write.failure()),
  ];
  return (
    <form id="council-event-form" noValidate onSubmit={submit} class="card">
      <h3>{props.event ? t("staff.council.editEventTitle") : t("staff.council.newEventTitle")}</h3>
      <ErrorSummary items={summary()} />
      <TextInput
        id="event-title"
        label={t("staff.council.eventTitle")}
        required
        value={title()}
        onInput={setTitle}
        error={errors().title}
      />
      <TextInput
        id="event-start"
        type="datetime-local"
        label={t("staff.council.eventStart")}
        required
        value={start()}
        onInput={setStart}
        error={errors().start}
      />
      <TextInput
        id="event-end"
        type="datetime-local"
        label={t("staff.council.eventEnd")}
        value={end()}
        onInput={setEnd}
        error={errors().end}
      />
      <TextInput
        id="event-place"
        label={t("staff.council.eventPlace")}
        required
        value={place()}
        onInput={setPlace}
        error={errors().place}
      />
      <TextInput
        id="event-topic"
        label={t("staff.council.eventTopic")}
        hint={t("staff.council.eventTopicHint")}
        value={topic()}
        onInput={setTopic}
      />
      <TextArea
        id="event-description"
        label={t("staff.council.eventDescription")}
        rows={4}
        value={description()}
        onInput={setDescription}
      />
      <TextArea
        id="event-agenda"
        label={t("staff.council.eventAgenda")}
        hint={t("staff.council.eventAgendaHint")}
        rows={5}
        value={agenda()}
        onInput={setAgenda}
      />
      <TextArea
        id="event-documents"
        label={t("staff.council.eventDocuments")}
        hint={t("staff.council.eventDocumentsHint")}
        rows={3}
        value={documents()}
        onInput={setDocuments}
        error={errors().documents}
      />
      <p role="status">{write.success() ?? ""}</p>
      <p class="council-console-actions">
        <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
          {props.event ? t("staff.council.save") : t("staff.council.createEvent")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {t("staff.council.cancel")}
        </button>
      </p>
    </form>
  );
}
