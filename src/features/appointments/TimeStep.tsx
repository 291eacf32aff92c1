// Step 2: the day and the time, from the office's free slots for exactly these services.
import { createSignal, Show } from "solid-js";
import type { Office, Service } from "../../lib/contract/guide";
import { localized, t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import type { Draft } from "./draft";
import { formatDuration } from "./format";
import { SlotPicker } from "./SlotPicker";
import { totalDuration } from "./visit";

export function TimeStep(props: { draft: Draft; office: Office; services: Service[]; onNext: () => void }) {
  const [error, setError] = createSignal<string | null>(null);
  const next = () => {
    if (!props.draft.slot()) {
      setError("appointments.time.errorNone");
      return;
    }
    props.draft.setSlotNotice(null);
    props.onNext();
  };
  return (
    <>
      <Show when={props.draft.slotNotice()}>
        {(key) => (
          <p class="notice" role="alert">
            {t(key())}
          </p>
        )}
      </Show>
      <p>
        {t("appointments.time.lead", {
          office: localized(props.office.text).name,
          duration: formatDuration(totalDuration(props.draft.lines(), props.services)),
        })}
      </p>
      <SlotPicker
        id="booking"
        office={props.office}
        lines={props.draft.lines()}
        value={props.draft.slot()}
        onChange={(slot) => {
          setError(null);
          props.draft.setSlot(slot);
        }}
        version={props.draft.slotsVersion()}
      />
      <ErrorText messageKey={error()} />
      <button type="button" class="button" onClick={next}>
        {t("appointments.wizard.continue")}
      </button>
    </>
  );
}
