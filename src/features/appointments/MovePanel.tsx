// "Termin verschieben": the same slot picker as for booking, for the same office and services.
import { createSignal } from "solid-js";
import type { Appointment } from "../../lib/contract/appointments";
import type { Office } from "../../lib/contract/guide";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { moveByToken, moveOwn } from "./api";
import type { StoredAppointment } from "./data";
import { errorKey, isApiError } from "./errors";
import { SlotPicker } from "./SlotPicker";

export function MovePanel(props: {
  entry: StoredAppointment;
  office: Office;
  onMoved: (appointment: Appointment) => void;
  onClose: () => void;
}) {
  const [slot, setSlot] = createSignal<string | null>(null);
  const [version, setVersion] = createSignal(0);
  const [missing, setMissing] = createSignal(false);
  const write = createWrite({
    explain: (failure) => {
      // Someone else was quicker: show the times that are still free.
      if (isApiError(failure, "slot_taken", "slot_unavailable")) {
        setSlot(null);
        setVersion((v) => v + 1);
      }
      return errorKey(failure);
    },
  });
  const appointment = () => props.entry.appointment;

  const move = async () => {
    const start = slot();
    setMissing(!start);
    if (!start) return;
    const [token, id, onMoved] = [props.entry.token, appointment().id, props.onMoved];
    await write.run(true, async () =>
      onMoved(token ? await moveByToken(token, start) : await moveOwn(id, start)),
    );
  };

  return (
    <div class="move-panel" role="group" aria-labelledby="move-title">
      <h2 id="move-title">{t("appointments.actions.moveTitle")}</h2>
      <SlotPicker
        id="move"
        office={props.office}
        lines={appointment().services}
        value={slot()}
        onChange={setSlot}
        version={version()}
      />
      <ErrorText messageKey={missing() ? "appointments.time.errorNone" : write.failure()} />
      <div class="button-row">
        <button type="button" class="button" disabled={write.busy()} onClick={() => void move()}>
          {t("appointments.actions.moveConfirm")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onClose()}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
