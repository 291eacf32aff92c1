// Periods of the day in which the office takes no bookings (training, holidays), and lifting one:
// lifting opens the time for new bookings again; appointments it cancelled stay cancelled.
import { createSignal, For, Show } from "solid-js";
import type { Closure } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";
import { deleteClosure } from "./api";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { closuresInOrder } from "./day";
import { errorKey } from "../../../lib/console-error-key";
import { formatPeriod } from "../../../lib/date-format";

export function ClosureList(props: { closures: readonly Closure[]; onRemoved: (id: string) => void }) {
  let heading: HTMLHeadingElement | undefined;
  const [removing, setRemoving] = createSignal<string>();
  const [failure, setFailure] = createSignal<string>();
  const [removed, setRemoved] = createSignal<string>();

  const remove = async (closure: Closure) => {
    if (removing()) return;
    setRemoving(closure.id);
    setFailure(undefined);
    setRemoved(undefined);
    try {
      await deleteClosure(closure.id);
      props.onRemoved(closure.id);
      setRemoved(formatPeriod(closure.start, closure.end));
      // The button went with the entry: the keyboard goes on from the list's heading.
      heading?.focus();
    } catch (error) {
      setFailure(errorKey(error));
    } finally {
      setRemoving(undefined);
    }
  };

  return (
    <section aria-labelledby="closures-title">
      <h2 id="closures-title" tabindex="-1" ref={heading}>
        {t("appointments.console.closures.title")}
      </h2>
      <ActionOutcome
        failureKey={failure()}
        success={removed() && t("appointments.console.closures.removed", { period: removed() })}
      />
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
                  disabled={removing() !== undefined}
                  aria-describedby={`closure-${closure.id}`}
                  onClick={() => void remove(closure)}
                >
                  {removing() === closure.id
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
