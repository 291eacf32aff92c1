// "Zeitraum sperren": no new bookings in a period (training, holidays). Cancelling the appointments
// already booked in it tells every person affected and cannot be undone, so it asks once more.
import { createSignal, Show } from "solid-js";
import { type ClosureRequest, closureRequestSchema } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { createClosure } from "./api";
import { berlinLocalToInstant, wholeDay } from "./berlin-day";
import { errorKey } from "../../../lib/console-error-key";
import { FormAlert, TextField } from "../../staff/Field";
import { formatPeriod } from "../../../lib/date-format";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";

type FieldName = "start" | "end" | "reason";

const MESSAGES: Record<FieldName, string> = {
  start: "staff.appointments.closureForm.errors.start",
  end: "staff.appointments.closureForm.errors.end",
  reason: "staff.appointments.closureForm.errors.reason",
};

/** The form's outcome, for the message under it. */
type Created = { period: string; cancelled: number | null };

export function ClosureForm(props: { officeId: string; date: string; onCreated: () => void }) {
  // The day shown above, whole: the common case (a holiday, a day of training) needs no typing.
  // eslint-disable-next-line solid/reactivity -- a new day starts a new form (keyed by the page)
  const day = wholeDay(props.date);
  const [start, setStart] = createSignal(day.start);
  const [end, setEnd] = createSignal(day.end);
  const [reason, setReason] = createSignal("");
  const [cancelAppointments, setCancelAppointments] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const [failure, setFailure] = createSignal<string>();
  const [confirming, setConfirming] = createSignal<ClosureRequest>();
  const [created, setCreated] = createSignal<Created>();
  const [busy, setBusy] = createSignal(false);
  let confirmation: HTMLDivElement | undefined;
  let submitButton: HTMLButtonElement | undefined;

  /** A change after "sperren" asks again, with the new values. */
  const editing =
    (set: (value: string) => void) =>
    (value: string): void => {
      set(value);
      setConfirming(undefined);
    };

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
      found.end = "staff.appointments.closureForm.errors.order";
    return found;
  };

  const send = async (body: ClosureRequest) => {
    setConfirming(undefined);
    setBusy(true);
    try {
      const result = await createClosure(body);
      setCreated({
        period: formatPeriod(result.closure.start, result.closure.end),
        cancelled: body.cancelAppointments ? result.cancelled : null,
      });
      setReason("");
      setCancelAppointments(false);
      props.onCreated();
    } catch (error) {
      setFailure(errorKey(error));
    } finally {
      setBusy(false);
      requestAnimationFrame(() => submitButton?.focus());
    }
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const input = request();
    const found = check(input);
    setErrors(found);
    setFailure(undefined);
    setCreated(undefined);
    if (hasErrors(found)) return;
    if (!input.cancelAppointments) return void send(input);
    setConfirming(input);
    requestAnimationFrame(() => confirmation?.focus());
  };

  const cancelConfirmation = () => {
    setConfirming(undefined);
    requestAnimationFrame(() => submitButton?.focus());
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));

  return (
    <section aria-labelledby="closure-form-title">
      <h2 id="closure-form-title">{t("staff.appointments.closureForm.title")}</h2>
      <p>{t("staff.appointments.closureForm.lead")}</p>
      <form class="staff-form" onSubmit={submit} novalidate>
        <FormAlert messages={alerts()} />
        <TextField
          type="datetime-local"
          id="closure-start"
          label={t("staff.appointments.closureForm.start")}
          hint={t("staff.appointments.closureForm.timeHint")}
          value={start()}
          onInput={editing(setStart)}
          error={errors().start}
          required
        />
        <TextField
          type="datetime-local"
          id="closure-end"
          label={t("staff.appointments.closureForm.end")}
          hint={t("staff.appointments.closureForm.timeHint")}
          value={end()}
          onInput={editing(setEnd)}
          error={errors().end}
          required
        />
        <TextField
          id="closure-reason"
          label={t("staff.appointments.closureForm.reason")}
          hint={t("staff.appointments.closureForm.reasonHint")}
          value={reason()}
          onInput={editing(setReason)}
          error={errors().reason}
          required
        />
        <div class="staff-check">
          <input
            type="checkbox"
            id="closure-cancel"
            checked={cancelAppointments()}
            onChange={(event) => {
              setCancelAppointments(event.currentTarget.checked);
              setConfirming(undefined);
            }}
            aria-describedby="closure-cancel-hint"
          />
          <label for="closure-cancel">{t("staff.appointments.closureForm.cancel")}</label>
          <p class="hint" id="closure-cancel-hint">
            {t("staff.appointments.closureForm.cancelHint")}
          </p>
        </div>
        <Show
          when={confirming()}
          fallback={
            <button type="submit" class="button" disabled={busy()} ref={submitButton}>
              {busy()
                ? t("staff.appointments.closureForm.saving")
                : t("staff.appointments.closureForm.submit")}
            </button>
          }
        >
          {(body) => (
            <div tabindex="-1" ref={confirmation}>
              <ConfirmAction
                question={t("staff.appointments.closureForm.confirmQuestion")}
                text={t("staff.appointments.closureForm.confirmText", {
                  period: formatPeriod(body().start, body().end),
                })}
                confirmLabel={t("staff.appointments.closureForm.confirmYes")}
                onConfirm={() => void send(body())}
                onCancel={cancelConfirmation}
              />
            </div>
          )}
        </Show>
        <div role="status">
          <Show when={created()}>
            {(result) => (
              <div class="staff-success">
                <p>{t("staff.appointments.closureForm.created", { period: result().period })}</p>
                <Show when={result().cancelled !== null}>
                  <p>{t("staff.appointments.closureForm.cancelled", { count: result().cancelled ?? 0 })}</p>
                </Show>
              </div>
            )}
          </Show>
        </div>
      </form>
    </section>
  );
}
