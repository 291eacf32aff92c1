// The next step with an application: take it over, ask the applicant, decide, or export it. The
// server's answer replaces the page's copy; when someone else was quicker (409) the page reloads.
import { Show } from "solid-js";
import type { StaffApplication } from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";
import { claimApplication, exportApplication } from "./api";
import type { ActionKey, ActionResult } from "./action-result";
import { availableActions } from "./application-workflow";
import { DecisionForm } from "./DecisionForm";
import type { ErrorOverrides } from "../../../lib/console-error-key";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { QuestionForm } from "./QuestionForm";

/** What the console says instead of the shared texts when an action is refused. */
const OVERRIDES: ErrorOverrides = {
  conflict: "applications.console.errors.conflict",
  forbidden: "applications.console.errors.forbidden",
  not_found: "applications.console.errors.notFound",
};

export function ApplicationActions(props: {
  application: StaffApplication;
  myId: string;
  onChanged: (application: StaffApplication) => void;
  /** The page's copy is out of date: load it again. */
  onStale: () => void;
}) {
  const write = createWrite<ActionKey>();
  let title: HTMLHeadingElement | undefined;
  const actions = () => availableActions(props.application, props.myId);

  const run = async (key: ActionKey, request: () => Promise<string>) => {
    const done = await write.run(key, request, { overrides: OVERRIDES });
    // Someone else was quicker: the page's copy is out of date.
    if (!done && write.failure() === OVERRIDES.conflict) props.onStale();
    return done;
  };
  const result: ActionResult = {
    start: write.clear,
    busy: write.busy,
    send: async (key, request, successKey) => {
      const changed = props.onChanged;
      const sent = await run(key, async () => {
        changed(await request());
        return t(successKey);
      });
      // The button or form that was used may be gone now: the section's title keeps the place.
      if (sent) requestAnimationFrame(() => title?.focus());
      return sent;
    },
  };

  const claim = () => {
    if (write.busy()) return;
    const id = props.application.id;
    void result.send("claim", () => claimApplication(id), "applications.console.claim.done");
  };

  const exportJson = () => {
    if (write.busy()) return;
    const { id, reference } = props.application;
    void run("export", async () => {
      await exportApplication(id, reference);
      return t("applications.console.export.done");
    });
  };

  return (
    <section aria-labelledby="application-actions-title">
      <h2 id="application-actions-title" tabindex="-1" ref={title}>
        {t("applications.console.actions.title")}
      </h2>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={props.application.status === "decided"}>
        <p class="notice">{t("applications.console.actions.decided")}</p>
      </Show>
      <Show when={actions().claimedByOther}>
        {(name) => <p class="notice">{t("applications.console.actions.claimedByOther", { name: name() })}</p>}
      </Show>
      <Show when={actions().claim}>
        <p>{t("applications.console.claim.hint")}</p>
        <button type="button" class="button" disabled={write.busy() !== undefined} onClick={claim}>
          {write.busy() === "claim"
            ? t("applications.console.claim.working")
            : t("applications.console.claim.submit")}
        </button>
      </Show>
      <Show when={actions().ask}>
        <QuestionForm application={props.application} result={result} />
      </Show>
      <Show when={actions().decide}>
        <DecisionForm application={props.application} result={result} />
      </Show>
      <h3>{t("applications.console.export.title")}</h3>
      <p>{t("applications.console.export.hint")}</p>
      <button
        type="button"
        class="button secondary"
        disabled={write.busy() !== undefined}
        onClick={exportJson}
      >
        {write.busy() === "export"
          ? t("applications.console.export.working")
          : t("applications.console.export.submit")}
      </button>
    </section>
  );
}
