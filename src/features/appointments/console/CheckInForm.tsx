// Check-in at the counter: a hand scanner reads the QR code of the confirmation and types its text
// (the reference) followed by Enter into the focused field, so the field is focused on arrival and
// again after every answer, ready for the next person.
import { createSignal, onMount, Show } from "solid-js";
import { checkInRequestSchema, type StaffAppointment } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";
import { checkIn } from "./api";
import { normalizeReference } from "./day";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem } from "../../../ui/ErrorSummary";
import { TextInput } from "../../../ui/Field";
import { formatTime } from "../../../lib/date-format";

export function CheckInForm(props: {
  onCheckedIn: (appointment: StaffAppointment) => void;
  /** The office's name when the appointment is not at the office shown below. */
  otherOfficeName: (appointment: StaffAppointment) => string | undefined;
}) {
  let input: HTMLInputElement | undefined;
  const [reference, setReference] = createSignal("");
  const [invalid, setInvalid] = createSignal(false);
  const [done, setDone] = createSignal<StaffAppointment>();
  const write = createWrite<true>();

  // After a navigation the app moves focus to the page heading (src/app/focus.ts) in the next
  // frame; the field takes it over one frame later.
  onMount(() => requestAnimationFrame(() => requestAnimationFrame(() => input?.focus())));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second scan during the request stays in the field; the next Enter sends it.
    if (write.busy()) return;
    const typed = reference();
    const parsed = checkInRequestSchema.safeParse({ reference: normalizeReference(typed) });
    write.clear();
    setDone(undefined);
    setInvalid(!parsed.success);
    if (!parsed.success) {
      input?.select();
      return;
    }
    let appointment: StaffAppointment | undefined;
    const checkedIn = await write.run(
      true,
      async () => {
        appointment = await checkIn(parsed.data.reference);
        // The success text is the appointment's, shown below with its office.
        return "";
      },
      {
        overrides: {
          not_found: "appointments.console.checkIn.errors.notFound",
          appointment_not_active: "appointments.console.checkIn.errors.notActive",
        },
      },
    );
    if (checkedIn && appointment) {
      setDone(appointment);
      // Emptied for the next scan, unless one was typed meanwhile.
      if (reference() === typed) setReference("");
      props.onCheckedIn(appointment);
    }
    input?.focus();
    if (!checkedIn) input?.select();
  };

  const referenceError = () => (invalid() ? "appointments.console.checkIn.errors.reference" : undefined);
  const summary = (): SummaryItem[] => {
    const wrong = referenceError();
    if (wrong) return [{ fieldId: "check-in-reference", message: wrong }];
    const failure = write.failure();
    return failure ? [{ message: failure }] : [];
  };

  return (
    <section class="staff-panel" aria-labelledby="check-in-title">
      <h2 id="check-in-title">{t("appointments.console.checkIn.title")}</h2>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        {/* The focus stays in the field: the scanner types the next reference into it. */}
        <ErrorSummary keepFocus items={summary()} />
        <TextInput
          id="check-in-reference"
          name="reference"
          label={t("appointments.console.checkIn.reference")}
          hint={t("appointments.console.checkIn.referenceHint")}
          value={reference()}
          onInput={setReference}
          error={referenceError()}
          ref={(element) => (input = element)}
          autocomplete="off"
          code
          required
        />
        <button type="submit" class="button" disabled={write.busy()}>
          {write.busy()
            ? t("appointments.console.checkIn.checking")
            : t("appointments.console.checkIn.submit")}
        </button>
        <div role="status">
          <Show when={done()}>
            {(appointment) => (
              <div class="staff-success">
                <p>
                  {t("appointments.console.checkIn.done", {
                    name: appointment().name,
                    time: formatTime(appointment().start),
                    counter: appointment().counter,
                  })}
                </p>
                <Show when={props.otherOfficeName(appointment())}>
                  {(office) => <p>{t("appointments.console.checkIn.otherOffice", { office: office() })}</p>}
                </Show>
              </div>
            )}
          </Show>
        </div>
      </form>
    </section>
  );
}
