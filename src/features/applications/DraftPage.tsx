// /antraege/entwurf/:id/:step: a draft, one question page per step (GOV.UK), then the files and the
// check of all answers. Every change is saved on the device at once; the step is in the address,
// so the browser's back button and the back link agree, and a continued draft opens where it was.
import { A, useLocation, useNavigate, useParams } from "@solidjs/router";
import { createEffect, createMemo, createResource, createSignal, Match, on, Show, Switch } from "solid-js";
import { berlinDate } from "../../lib/contract/berlin-time";
import type { ApplicationDefinition } from "../../lib/contract/application-definition";
import { findDefinition } from "../../lib/contract/application-forms";
import type { ApplicationDraft } from "../../lib/db";
import { t } from "../../lib/i18n";
import { focusPageHeading } from "../../app/focus";
import { usePageTitle } from "../../ui/page-title";
import { SignedInOnly } from "../account/SignedInOnly";
import { stepTitle, typeTitle } from "./answer-text";
import { AttachmentsStep } from "./AttachmentsStep";
import type { DraftEditor } from "./draft-editor";
import { draftById, saveDraft } from "./drafts";
import { ATTACHMENTS_STEP, draftStepHref, REVIEW_STEP, stepIds } from "./labels";
import { QuestionStep } from "./QuestionStep";
import { ReviewStep } from "./ReviewStep";
import "../account/account.css";
import "./applications.css";

export default function DraftPage() {
  const params = useParams<{ id: string; step: string }>();
  const [stored] = createResource(() => params.id, draftById);
  usePageTitle(() => {
    const draft = stored();
    return draft ? stepTitleOf(draft.type, params.step) : t("applications.draft.title");
  });
  return (
    <section class="account applications">
      <SignedInOnly heading={t("applications.draft.title")}>
        {() => (
          <Show when={!stored.loading} fallback={<p class="loading">{t("common.loading")}</p>}>
            <Show when={stored()} fallback={<DraftMissing />}>
              {(draft) => (
                <Show when={findDefinition(draft().type)} fallback={<DraftMissing />}>
                  {(definition) => <DraftSteps initial={draft()} definition={definition()} />}
                </Show>
              )}
            </Show>
          </Show>
        )}
      </SignedInOnly>
    </section>
  );
}

function stepTitleOf(type: string, stepId: string): string {
  if (stepId === ATTACHMENTS_STEP) return t("applications.attachments.title");
  if (stepId === REVIEW_STEP) return t("applications.review.title");
  return stepTitle(type, stepId);
}

function DraftMissing() {
  return (
    <>
      <h1>{t("applications.draft.missingTitle")}</h1>
      <p>{t("applications.draft.missingText")}</p>
      <p>
        <A href="/antraege">{t("applications.common.backToList")}</A>
      </p>
    </>
  );
}

function DraftSteps(props: { initial: ApplicationDraft; definition: ApplicationDefinition }) {
  const params = useParams<{ id: string; step: string }>();
  const navigate = useNavigate();
  const location = useLocation<{ check?: boolean } | undefined>();
  const [draft, setDraft] = createSignal(props.initial);
  const [saved, setSaved] = createSignal(false);
  // eslint-disable-next-line solid/reactivity -- the draft's definition is fixed for the page
  const steps = stepIds(props.definition);
  const index = createMemo(() => steps.indexOf(params.step));

  // A sent draft is not edited any more: its page shows how the sending goes.
  createEffect(() => {
    if (draft().submittedAt !== null)
      navigate(`/antraege/${encodeURIComponent(draft().id)}`, { replace: true });
  });
  // An unknown step in the address (an old bookmark): the step the draft was on.
  createEffect(() => {
    if (index() === -1)
      navigate(draftStepHref(draft().id, steps.includes(draft().stepId) ? draft().stepId : steps[0]!), {
        replace: true,
      });
  });

  const persist = (next: ApplicationDraft) => {
    setDraft(next);
    saveDraft(next)
      .then(() => setSaved(true))
      .catch((error: unknown) => {
        console.error("saving the draft failed", error);
        setSaved(false);
      });
  };
  // Continuing the draft later opens the step the user was on; focus moves as on a new page.
  createEffect(
    on(
      () => params.step,
      (step) => {
        if (index() === -1 || draft().stepId === step) return;
        persist({ ...draft(), stepId: step });
      },
    ),
  );
  createEffect(
    on(
      () => params.step,
      () => focusPageHeading(),
      { defer: true },
    ),
  );

  const editor: DraftEditor = {
    draft,
    // eslint-disable-next-line solid/reactivity -- as above
    definition: props.definition,
    update: (change) => persist(change(draft())),
    go: (stepId, options) =>
      navigate(draftStepHref(draft().id, stepId), { state: { check: options?.check ?? false } }),
    today: () => berlinDate(Date.now()),
    checkOnArrival: () => location.state?.check === true,
  };
  const back = () => (index() > 0 ? draftStepHref(draft().id, steps[index() - 1]!) : "/antraege");

  return (
    <Show when={index() !== -1}>
      <p class="back-link">
        <A href={back()}>{t("applications.form.back")}</A>
      </p>
      <p class="step-caption">
        <span>{typeTitle(props.definition.type)}</span>
        <span> · </span>
        <span>{t("applications.form.stepOf", { number: index() + 1, total: steps.length })}</span>
      </p>
      <h1>{stepTitleOf(props.definition.type, params.step)}</h1>
      <Switch>
        <Match when={params.step === ATTACHMENTS_STEP}>
          <AttachmentsStep editor={editor} />
        </Match>
        <Match when={params.step === REVIEW_STEP}>
          <ReviewStep editor={editor} />
        </Match>
        <Match when={params.step}>
          {(stepId) => (
            <Show when={props.definition.steps.find((s) => s.id === stepId())} keyed>
              {(step) => (
                <QuestionStep editor={editor} step={step} next={steps[index() + 1] ?? REVIEW_STEP} />
              )}
            </Show>
          )}
        </Match>
      </Switch>
      <p class="saved-state" role="status">
        {saved() ? t("applications.draft.saved") : ""}
      </p>
    </Show>
  );
}
