// Says what the browser is doing while it solves the proof of work: it stands in for a CAPTCHA, and
// people should know it is no puzzle and sends nothing about them.
import { createSignal, Match, onCleanup, Switch, createEffect } from "solid-js";
import { t } from "../../lib/i18n";
import type { ProofOfWork } from "./altcha";

export function ProofOfWorkStatus(props: { work: ProofOfWork | null; onRetry: () => void }) {
  const [state, setState] = createSignal<"running" | "done" | "failed">("running");
  createEffect(() => {
    const work = props.work;
    if (!work) return;
    let current = true;
    setState("running");
    work.payload.then(
      () => current && setState("done"),
      () => current && setState("failed"),
    );
    onCleanup(() => (current = false));
  });
  return (
    <div class="proof-of-work" role="status">
      <Switch>
        <Match when={state() === "running"}>
          <p>{t("appointments.proofOfWork.running")}</p>
        </Match>
        <Match when={state() === "done"}>
          <p>{t("appointments.proofOfWork.done")}</p>
        </Match>
        <Match when={state() === "failed"}>
          <p>{t("appointments.proofOfWork.failed")}</p>
          <button type="button" class="button secondary" onClick={() => props.onRetry()}>
            {t("common.retry")}
          </button>
        </Match>
      </Switch>
      <p class="hint">{t("appointments.proofOfWork.why")}</p>
    </div>
  );
}
