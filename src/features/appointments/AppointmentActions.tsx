// What can be done with an appointment: add it to a calendar (offline too), move or cancel it (needs
// the network; by the mail's token, or as the signed-in owner), and forget it on this device.
import { createSignal, Show } from "solid-js";
import type { Appointment } from "../../lib/contract/appointments";
import type { Office } from "../../lib/contract/guide";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { ConfirmAction } from "../../ui/ConfirmAction";
import { ErrorText } from "../../ui/ErrorText";
import { cancelByToken, cancelOwn } from "./api";
import { keepAnswer, removeFromDevice, type StoredAppointment } from "./data";
import { errorKey } from "./errors";
import { downloadCalendar } from "./ics";
import { MovePanel } from "./MovePanel";
import { isUpcoming } from "./status";

type Open = "none" | "cancel" | "move" | "remove";

export function AppointmentActions(props: {
  entry: StoredAppointment;
  office: Office | undefined;
  onRemoved: () => void;
}) {
  const [open, setOpen] = createSignal<Open>("none");
  const write = createWrite({ explain: errorKey });
  const [done, setDone] = createSignal<string | null>(null);
  let message: HTMLParagraphElement | undefined;
  const appointment = () => props.entry.appointment;

  /** After an action the buttons change: focus goes to what happened, not to the page's start. */
  const finish = (key: string) => {
    setOpen("none");
    setDone(key);
    requestAnimationFrame(() => message?.focus());
  };

  const cancel = () => {
    const [token, id] = [props.entry.token, appointment().id];
    return write.run(true, async () => {
      await keepAnswer(token ? await cancelByToken(token) : await cancelOwn(id), token);
      finish("appointments.actions.cancelled");
    });
  };

  const moved = async (answer: Appointment) => {
    await keepAnswer(answer, props.entry.token);
    finish("appointments.actions.moved");
  };

  const remove = async () => {
    await removeFromDevice(appointment().id);
    props.onRemoved();
  };

  return (
    <div class="appointment-actions">
      <p class="action-message" role="status" tabindex="-1" ref={message}>
        <Show when={done()}>{(key) => t(key())}</Show>
      </p>
      <Show when={isUpcoming(appointment())}>
        <h2>{t("appointments.actions.title")}</h2>
        <div class="button-row">
          <button type="button" class="button" onClick={() => downloadCalendar(appointment())}>
            {t("appointments.actions.calendar")}
          </button>
          <Show when={open() === "none"}>
            <Show when={props.office}>
              <button type="button" class="button secondary" onClick={() => setOpen("move")}>
                {t("appointments.actions.move")}
              </button>
            </Show>
            <button type="button" class="button secondary" onClick={() => setOpen("cancel")}>
              {t("appointments.actions.cancel")}
            </button>
          </Show>
        </div>
        <Show when={open() === "cancel"}>
          <ConfirmAction
            question={t("appointments.actions.cancelQuestion")}
            text={t("appointments.actions.cancelText")}
            confirmLabel={t("appointments.actions.cancelConfirm")}
            onConfirm={() => void (write.busy() || cancel())}
            onCancel={() => setOpen("none")}
          />
        </Show>
        <Show when={open() === "move" && props.office}>
          {(office) => (
            <MovePanel
              entry={props.entry}
              office={office()}
              onMoved={(a) => void moved(a)}
              onClose={() => setOpen("none")}
            />
          )}
        </Show>
        <ErrorText messageKey={write.failure()} />
      </Show>

      <Show when={props.entry.token}>
        <h2>{t("appointments.actions.deviceTitle")}</h2>
        <p>{t("appointments.actions.deviceText")}</p>
        <Show
          when={open() === "remove"}
          fallback={
            <button type="button" class="button secondary" onClick={() => setOpen("remove")}>
              {t("appointments.actions.remove")}
            </button>
          }
        >
          <ConfirmAction
            question={t("appointments.actions.removeQuestion")}
            text={t("appointments.actions.removeText")}
            confirmLabel={t("appointments.actions.removeConfirm")}
            onConfirm={() => void remove()}
            onCancel={() => setOpen("none")}
          />
        </Show>
      </Show>
    </div>
  );
}
