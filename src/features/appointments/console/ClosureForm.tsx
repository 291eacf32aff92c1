// "Zeitraum sperren": no new bookings in a period (training, holidays). Cancelling the appointments
// already booked in it tells every person affected and cannot be undone, so it asks once more.
import { createSignal, Show } from "solid-js";
import { type ClosureRequest, closureRequestSchema } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { createClosure } from "./api";
import { berlinLocalToInstant, wholeDay } from "./berlin-day";
import { createConfirmStep } from "../../../lib/confirm-step";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { Checkbox } from "../../../ui/Choices";
import { TextInput } from "../../../ui/Field";
import { formatPeriod } from "../../../lib/date-format";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";

type FieldName = "start" | "end" | "reason";

const MESSAGES: Record<FieldName, string> = {
  start: "appointments.console.closureForm.errors.start",
  end: "appointments.console.closureForm.errors.end",
  reason: "appointments.console.closureForm.errors.reason",
};

export function ClosureForm(props: { officeId: string; date: string; onCreated: () => void }) {
  // The day shown above, whole: the common case (a holiday, a day of training) needs no typing.
  // eslint-disable-next-line solid/reactivity -- a new day starts a new form (keyed by the page)
  const day = wholeDay(props.date);
  const [start, setStart] = createSignal(day.start);
  const [end, setEnd] = createSignal(day.end);
  const [reason, setReason] = createSignal("");
  const [cancelAppointments, setCancelAppointments] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  /** How many booked appointments the closure cancelled, when it was asked to. */
  const [cancelled, setCancelled] = createSignal<number | null>(null);
  const write = createWrite<true>();
  const confirm = createConfirmStep<ClosureRequest>();

  const request = (): ClosureRequest => ({
    officeId: props.officeId,
    // An unreadable value stays as typed, so the schema names the field.
    start: berlinLocalToInstant(start()) ?? start(),
    end: berlinLocalToInstant(end()) ?? end(),
    reason: reason(),
    cancelAppointments: cancelAppointments(),
  });

  /** The schema's rules, and the order of start and end, which it checks only once both are valid. */
  const check = (input: ClosureRequest): FieldErrors<FieldName> => {
    const found = fieldErrors(closureRequestSchema, input, MESSAGES);
    if (!found.start && !found.end && Date.parse(input.end) <= Date.parse(input.start))
      found.end = "appointments.console.closureForm.errors.order";
    return found;
  };

  const send = async (body: ClosureRequest) => {
    const sent = await write.run(
      true,
      async () => {
        const result = await createClosure(body);
        setCancelled(body.cancelAppointments ? result.cancelled : null);
        setReason("");
        setCancelAppointments(false);
        return t("appointments.console.closureForm.created", {
          period: formatPeriod(result.closure.start, result.closure.end),
        });
      },
      { done: () => props.onCreated() },
    );
    // After a failure the error summary has the focus.
    if (sent) confirm.focusSubmit();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const input = request();
    const found = check(input);
    setErrors(found);
    write.clear();
    if (hasErrors(found)) return;
    if (!input.cancelAppointments) return void send(input);
    confirm.ask(input);
  };

  const confirmed = () => {
    const body = confirm.take();
    if (body) void send(body);
  };

  const summary = (): SummaryItem[] => [
    ...summaryOf(["start", "end", "reason"], errors(), "closure"),
    ...(write.failure() ? [{ message: write.failure() ?? "" }] : []),
  ];

  return (
    <section aria-labelledby="closure-form-title">
      <h2 id="closure-form-title">{t("appointments.console.closureForm.title")}</h2>
      <p>{t("appointments.console.closureForm.lead")}</p>
      <form class="staff-form" onSubmit={submit} novalidate>
        <ErrorSummary items={summary()} />
        <TextInput
          type="datetime-local"
          id="closure-start"
          label={t("appointments.console.closureForm.start")}
          hint={t("appointments.console.closureForm.timeHint")}
          value={start()}
          onInput={confirm.editing(setStart)}
          error={errors().start}
          required
        />
        <TextInput
          type="datetime-local"
          id="closure-end"
          label={t("appointments.console.closureForm.end")}
          hint={t("appointments.console.closureForm.timeHint")}
          value={end()}
          onInput={confirm.editing(setEnd)}
          error={errors().end}
          required
        />
        <TextInput
          id="closure-reason"
          label={t("appointments.console.closureForm.reason")}
          hint={t("appointments.console.closureForm.reasonHint")}
          value={reason()}
          onInput={confirm.editing(setReason)}
          error={errors().reason}
          required
        />
        <Checkbox
          id="closure-cancel"
          label={t("appointments.console.closureForm.cancel")}
          hint={t("appointments.console.closureForm.cancelHint")}
          checked={cancelAppointments()}
          onChange={confirm.editing(setCancelAppointments)}
        />
        <Show
          when={confirm.pending()}
          fallback={
            <button type="submit" class="button" disabled={write.busy()} ref={confirm.submitRef}>
              {write.busy()
                ? t("appointments.console.closureForm.saving")
                : t("appointments.console.closureForm.submit")}
            </button>
          }
        >
          {(body) => (
            <div tabindex="-1" ref={confirm.questionRef}>
              <ConfirmAction
                question={t("appointments.console.closureForm.confirmQuestion")}
                text={t("appointments.console.closureForm.confirmText", {
                  period: formatPeriod(body().start, body().end),
                })}
                confirmLabel={t("appointments.console.closureForm.confirmYes")}
                onConfirm={confirmed}
                onCancel={confirm.cancel}
              />
            </div>
          )}
        </Show>
        <div role="status">
          <Show when={write.success()}>
            {(created) => (
              <div class="staff-success">
                <p>{created()}</p>
                <Show when={cancelled() !== null}>
                  <p>{t("appointments.console.closureForm.cancelled", { count: cancelled() ?? 0 })}</p>
                </Show>
              </div>
            )}
          </Show>
        </div>
      </form>
    </section>
  );
}
