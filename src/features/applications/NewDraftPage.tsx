// /antraege/neu/:type: starts a draft with the account's master data and opens its first step.
import { A, useNavigate, useParams } from "@solidjs/router";
import { type Accessor, createSignal, onMount, Show } from "solid-js";
import type { AccountSummary } from "../../lib/contract/account";
import { findDefinition } from "../../lib/contract/application-forms";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { usePageTitle } from "../../ui/page-title";
import { SignedInOnly } from "../account/SignedInOnly";
import { typeTitle } from "./answer-text";
import { createDraft } from "./drafts";
import { draftStepHref, trustSuffices } from "./labels";
import { VerifyIdentity } from "./VerifyIdentity";
import "../account/account.css";
import "./applications.css";

export default function NewDraftPage() {
  const params = useParams<{ type: string }>();
  const definition = () => findDefinition(params.type);
  usePageTitle(() => (definition() ? typeTitle(params.type) : t("applications.draft.unknownType")));
  return (
    <section class="account applications">
      <p class="back-link">
        <A href="/antraege">{t("applications.common.backToList")}</A>
      </p>
      <Show when={definition()} fallback={<h1>{t("applications.draft.unknownType")}</h1>}>
        <h1>{typeTitle(params.type)}</h1>
        <SignedInOnly>{(account) => <StartDraft type={params.type} account={account} />}</SignedInOnly>
      </Show>
    </section>
  );
}

function StartDraft(props: { type: string; account: Accessor<AccountSummary> }) {
  const navigate = useNavigate();
  const [failure, setFailure] = createSignal<string | null>(null);
  const definition = () => findDefinition(props.type);
  const allowed = () => {
    const found = definition();
    return found !== undefined && trustSuffices(found.trustLevel, props.account().trustLevel);
  };
  onMount(() => {
    const found = definition();
    if (!found || !allowed()) return;
    createDraft(found, props.account())
      .then((draft) => navigate(draftStepHref(draft.id, draft.stepId), { replace: true }))
      .catch((error: unknown) => {
        console.error("creating the draft failed", error);
        setFailure("applications.draft.createFailed");
      });
  });
  return (
    <Show when={allowed()} fallback={<VerifyIdentity />}>
      <Show when={failure()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <ErrorText messageKey={failure()} />
      </Show>
    </Show>
  );
}
