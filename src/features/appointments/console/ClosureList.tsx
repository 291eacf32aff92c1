// Periods of the day in which the office takes no bookings (training, holidays), and lifting one:
// lifting opens the time for new bookings again; appointments it cancelled stay cancelled.
import { For, Show } from "solid-js";
import type { Closure } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";
import { deleteClosure } from "./api";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { closuresInOrder } from "./day";
import { createWrite } from "../../../lib/write";
import { formatPeriod } from "../../../lib/date-format";

export function ClosureList(props: { closures: readonly Closure[]; onRemoved: (id: string) => void }) {
  let heading: HTMLHeadingElement | undefined;
  /** Busy with the closure's id. */
  const write = createWrite<string>();

  const remove = async (closure: Closure) => {
    if (write.busy()) return;
    const onRemoved = props.onRemoved;
    await write.run(closure.id, async () => {
      await deleteClosure(closure.id);
      onRemoved(closure.id);
      // The button went with the entry: the keyboard goes on from the list's heading.
      heading?.focus();
      return t("appointments.console.closures.removed", { period: formatPeriod(closure.start, closure.end) });
    });
  };

  return (
    <section aria-labelledby="closures-title">
      <h2 id="closures-title" tabindex="-1" ref={heading}>
        {t("appointments.console.closures.title")}
      </h2>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={props.closures.length > 0} fallback={<p>{t("appointments.console.closures.none")}</p>}>
        <ul class="card-list">
          <For each={closuresInOrder(props.closures)}>
            {(closure) => (
              <li class="card">
                <p id={`closure-${closure.id}`}>
                  <strong>{formatPeriod(closure.start, closure.end)}</strong>
                  <br />
                  {t("appointments.console.closures.reasonShown", { reason: closure.reason })}
                </p>
                <button
                  type="button"
                  class="button secondary"
                  disabled={write.busy() !== undefined}
                  aria-describedby={`closure-${closure.id}`}
                  onClick={() => void remove(closure)}
                >
                  {write.busy() === closure.id
                    ? t("appointments.console.closures.removing")
                    : t("appointments.console.closures.remove")}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
