// The next step with an application: take it over, ask the applicant, decide, or export it. The
// server's answer replaces the page's copy; when someone else was quicker (409) the page reloads.
import { createSignal, Show } from "solid-js";
import type { StaffApplication } from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";
import { ApiError } from "../../../lib/http";
import { claimApplication, exportApplication } from "./api";
import type { ActionResult } from "./action-result";
import { availableActions } from "./application-workflow";
import { DecisionForm } from "./DecisionForm";
import { type ErrorOverrides, errorKey } from "../../../lib/console-error-key";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { QuestionForm } from "./QuestionForm";

/** What the console says instead of the shared texts when an action is refused. */
const OVERRIDES: ErrorOverrides = {
  conflict: "staff.applications.errors.conflict",
  forbidden: "staff.applications.errors.forbidden",
  not_found: "staff.applications.errors.notFound",
};

export function ApplicationActions(props: {
  application: StaffApplication;
  myId: string;
  onChanged: (application: StaffApplication) => void;
  /** The page's copy is out of date: load it again. */
  onStale: () => void;
}) {
  const [failure, setFailure] = createSignal<string>();
  const [success, setSuccess] = createSignal<string>();
  const [claiming, setClaiming] = createSignal(false);
  const [exporting, setExporting] = createSignal(false);
  let title: HTMLHeadingElement | undefined;
  const actions = () => availableActions(props.application, props.myId);

  const started = () => {
    setFailure(undefined);
    setSuccess(undefined);
  };
  const result: ActionResult = {
    done: (application, successKey) => {
      props.onChanged(application);
      setSuccess(t(successKey));
      // The button or form that was used may be gone now: the section's title keeps the place.
      requestAnimationFrame(() => title?.focus());
    },
    failed: (error) => {
      setFailure(errorKey(error, OVERRIDES));
      if (error instanceof ApiError && error.code === "conflict") props.onStale();
    },
  };

  const claim = async () => {
    if (claiming()) return;
    started();
    setClaiming(true);
    try {
      result.done(await claimApplication(props.application.id), "staff.applications.claim.done");
    } catch (error) {
      result.failed(error);
    } finally {
      setClaiming(false);
    }
  };

  const exportJson = async () => {
    if (exporting()) return;
    started();
    setExporting(true);
    try {
      await exportApplication(props.application.id, props.application.reference);
      setSuccess(t("staff.applications.export.done"));
    } catch (error) {
      result.failed(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="application-actions-title">
      <h2 id="application-actions-title" tabindex="-1" ref={title}>
        {t("staff.applications.actions.title")}
      </h2>
      <ActionOutcome failureKey={failure()} success={success()} />
      <Show when={props.application.status === "decided"}>
        <p class="notice">{t("staff.applications.actions.decided")}</p>
      </Show>
      <Show when={actions().claimedByOther}>
        {(name) => <p class="notice">{t("staff.applications.actions.claimedByOther", { name: name() })}</p>}
      </Show>
      <Show when={actions().claim}>
        <p>{t("staff.applications.claim.hint")}</p>
        <button type="button" class="button" disabled={claiming()} onClick={() => void claim()}>
          {claiming() ? t("staff.applications.claim.working") : t("staff.applications.claim.submit")}
        </button>
      </Show>
      <Show when={actions().ask}>
        <QuestionForm application={props.application} onStart={started} result={result} />
      </Show>
      <Show when={actions().decide}>
        <DecisionForm application={props.application} onStart={started} result={result} />
      </Show>
      <h3>{t("staff.applications.export.title")}</h3>
      <p>{t("staff.applications.export.hint")}</p>
      <button type="button" class="button secondary" disabled={exporting()} onClick={() => void exportJson()}>
        {exporting() ? t("staff.applications.export.working") : t("staff.applications.export.submit")}
      </button>
    </section>
  );
}
