// The applicant's answers, step by step, in the words of the form the citizen filled in.
import { For, Show } from "solid-js";
import { findDefinition, type StaffApplication } from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";
import { answerRows, stepTitle } from "../answer-text";
import { FactList } from "../../../ui/FactList";

export function ApplicationAnswers(props: { application: StaffApplication }) {
  const definition = () => findDefinition(props.application.type);
  const groups = () => {
    const found = definition();
    return found ? answerRows(found, props.application.answers).filter((group) => group.rows.length > 0) : [];
  };

  return (
    <section aria-labelledby="application-answers-title">
      <h2 id="application-answers-title">{t("applications.console.answers.title")}</h2>
      {/* A type this console does not know (a newer server): the export still has every answer. */}
      <Show
        when={definition()}
        fallback={<p class="notice">{t("applications.console.answers.unknownType")}</p>}
      >
        <For each={groups()}>
          {(group) => (
            <>
              <h3>{stepTitle(props.application.type, group.stepId)}</h3>
              <FactList facts={group.rows} class="facts staff-answers" />
            </>
          )}
        </For>
      </Show>
    </section>
  );
}
