// Entering or changing a meeting where the council information system has no OParl yet: name,
// committee (from the imported ones, optional), start and end, place, cancelled, and the public
// agenda as ordered rows (add, remove, move). Published as an imported meeting is.
import { createEffect, createSignal, Index, on, Show } from "solid-js";
import type { StaffMeeting } from "../../../lib/contract/council-staff-meetings";
import { t } from "../../../lib/i18n";
import { createWrite, failureItems } from "../../../lib/write";
import { Checkbox } from "../../../ui/Choices";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { SelectInput, TextInput } from "../../../ui/Field";
import { saveMeeting } from "./api";
import { instantOf, localInput } from "./console-forms";

type Errors = Partial<Record<"name" | "start" | "end" | "agenda", string>>;
type Row = { id: string | null; number: string; name: string };

export function MeetingForm(props: {
  meeting: StaffMeeting | null;
  organizations: { id: string; name: string }[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = createSignal("");
  const [organizationId, setOrganizationId] = createSignal("");
  const [start, setStart] = createSignal("");
  const [end, setEnd] = createSignal("");
  const [place, setPlace] = createSignal("");
  const [cancelled, setCancelled] = createSignal(false);
  const [rows, setRows] = createSignal<Row[]>([]);
  const [errors, setErrors] = createSignal<Errors>({});
  const write = createWrite<true>();
  createEffect(
    on(
      () => props.meeting,
      (meeting) => {
        setName(meeting?.name ?? "");
        setOrganizationId(meeting?.organizationId ?? "");
        setStart(meeting ? localInput(meeting.start) : "");
        setEnd(meeting?.end ? localInput(meeting.end) : "");
        setPlace(meeting?.place ?? "");
        setCancelled(meeting?.cancelled ?? false);
        setRows(meeting?.agenda.map((i) => ({ id: i.id, number: i.number ?? "", name: i.name })) ?? []);
        setErrors({});
        if (meeting) write.clear();
      },
    ),
  );
  const change = (index: number, patch: Partial<Row>) =>
    setRows(rows().map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const list = [...rows()];
    const [row] = list.splice(index, 1);
    list.splice(index + by, 0, row!);
    setRows(list);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const startAt = instantOf(start());
    const endAt = end() ? instantOf(end()) : null;
    const found: Errors = {
      name: name().trim().length < 3 ? t("staff.council.meetingNameMissing") : undefined,
      start: startAt ? undefined : t("staff.council.startMissing"),
      end:
        endAt === undefined
          ? t("staff.council.startMissing")
          : endAt && startAt && endAt < startAt
            ? t("staff.council.endBeforeStart")
            : undefined,
      agenda: rows().some((row) => !row.name.trim()) ? t("staff.council.agendaItemMissing") : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean) || !startAt || endAt === undefined) return;
    const id = props.meeting?.id;
    const saved = props.onSaved;
    const meetingWrite = {
      name: name().trim(),
      organizationId: organizationId() || null,
      start: startAt,
      end: endAt,
      place: place().trim(),
      cancelled: cancelled(),
      agenda: rows().map((row) => ({ id: row.id, number: row.number.trim() || null, name: row.name.trim() })),
    };
    void write.run(
      true,
      async () => {
        await saveMeeting(id, meetingWrite);
        return t("staff.council.meetingSaved");
      },
      { done: () => saved() },
    );
  };
  const summary = () => [
    ...Object.entries(errors())
      .filter(([, message]) => message)
      .map(([field, message]) => ({
        fieldId: field === "agenda" ? "meeting-agenda-add" : `meeting-${field}`,
        message: message!,
      })),
    ...failureItems(write.failure()),
  ];
  return (
    <form id="council-meeting-form" noValidate onSubmit={submit} class="card">
      <h3>{props.meeting ? t("staff.council.editMeetingTitle") : t("staff.council.newMeetingTitle")}</h3>
      <ErrorSummary items={summary()} />
      <TextInput
        id="meeting-name"
        label={t("staff.council.meetingName")}
        required
        value={name()}
        onInput={setName}
        error={errors().name}
      />
      <SelectInput
        id="meeting-organization"
        label={t("staff.council.meetingCommittee")}
        value={organizationId()}
        onChange={setOrganizationId}
        options={[
          { value: "", label: t("staff.council.noCommittee") },
          ...props.organizations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <TextInput
        id="meeting-start"
        type="datetime-local"
        label={t("staff.council.meetingStart")}
        required
        value={start()}
        onInput={setStart}
        error={errors().start}
      />
      <TextInput
        id="meeting-end"
        type="datetime-local"
        label={t("staff.council.meetingEnd")}
        value={end()}
        onInput={setEnd}
        error={errors().end}
      />
      <TextInput
        id="meeting-place"
        label={t("staff.council.meetingPlace")}
        value={place()}
        onInput={setPlace}
      />
      <Checkbox
        id="meeting-cancelled"
        label={t("staff.council.meetingCancelled")}
        checked={cancelled()}
        onChange={setCancelled}
      />
      <fieldset class="council-meeting-agenda">
        <legend>{t("staff.council.meetingAgenda")}</legend>
        <ol>
          <Index each={rows()}>
            {(row, index) => (
              <li>
                <TextInput
                  id={`meeting-item-${index}-number`}
                  label={t("staff.council.itemNumber", { position: index + 1 })}
                  value={row().number}
                  onInput={(value) => change(index, { number: value })}
                />
                <TextInput
                  id={`meeting-item-${index}-name`}
                  label={t("staff.council.itemName", { position: index + 1 })}
                  required
                  value={row().name}
                  onInput={(value) => change(index, { name: value })}
                />
                <p class="council-console-actions">
                  <button
                    type="button"
                    class="button secondary"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t("staff.council.itemUp", { position: index + 1 })}
                  </button>
                  <button
                    type="button"
                    class="button secondary"
                    disabled={index === rows().length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t("staff.council.itemDown", { position: index + 1 })}
                  </button>
                  <button
                    type="button"
                    class="button danger"
                    onClick={() => setRows(rows().filter((_, i) => i !== index))}
                  >
                    {t("staff.council.itemRemove", { position: index + 1 })}
                  </button>
                </p>
              </li>
            )}
          </Index>
        </ol>
        <button
          id="meeting-agenda-add"
          type="button"
          class="button secondary"
          onClick={() => setRows([...rows(), { id: null, number: "", name: "" }])}
        >
          {t("staff.council.itemAdd")}
        </button>
        <Show when={errors().agenda}>{(message) => <p class="field-error">{message()}</p>}</Show>
      </fieldset>
      <p role="status">{write.success() ?? ""}</p>
      <p class="council-console-actions">
        <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
          {props.meeting ? t("staff.council.save") : t("staff.council.createMeeting")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {t("staff.council.cancel")}
        </button>
      </p>
    </form>
  );
}
