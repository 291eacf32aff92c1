// Find a citizen by name or email address. The search itself is audited with its reason.
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { type CitizenSummary, citizenSearchSchema } from "../../lib/contract/account";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { searchCitizens } from "./api";
import { fullName, trustLabel } from "./labels";
import { citizenPath } from "./permissions";
import { ReasonField } from "./ReasonField";
import { createRemote } from "../../lib/remote";
import { ErrorSummary, summaryOf } from "../../ui/ErrorSummary";
import { TextInput } from "../../ui/Field";
import { RemoteStatus } from "../../ui/RemoteStatus";
import { type FieldErrors, fieldErrors, hasErrors } from "../../lib/field-errors";

type Search = { q: string; reason: string };

const MESSAGES = { reason: "staff.reason.error", q: "staff.search.errors.query" };

export default function CitizenSearchPage() {
  usePageTitle(() => t("staff.search.title"));
  const [reason, setReason] = createSignal("");
  const [q, setQ] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<keyof Search>>({});
  const [submitted, setSubmitted] = createSignal<Search>();
  const results = createRemote(submitted, (search) => searchCitizens(search.q, search.reason));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const search = { q: q().trim(), reason: reason().trim() };
    const found = fieldErrors(citizenSearchSchema, search, MESSAGES);
    setErrors(found);
    if (hasErrors(found)) return;
    // A new object each time: searching the same words again reloads.
    setSubmitted({ ...search });
  };

  // The words' field is `search-query`, though the query parameter is `q`.
  const summary = () =>
    summaryOf(["reason", "query"], { reason: errors().reason, query: errors().q }, "search");

  return (
    <section>
      <h1>{t("staff.search.title")}</h1>
      <p class="lead">{t("staff.search.lead")}</p>
      <form
        class="staff-form"
        onSubmit={submit}
        novalidate
        role="search"
        aria-label={t("staff.search.formLabel")}
      >
        <ErrorSummary items={summary()} />
        <ReasonField id="search-reason" value={reason()} onInput={setReason} error={errors().reason} />
        <TextInput
          id="search-query"
          name="q"
          type="search"
          label={t("staff.search.queryLabel")}
          hint={t("staff.search.queryHint")}
          value={q()}
          onInput={setQ}
          error={errors().q}
          autocomplete="off"
          required
        />
        <button type="submit" class="button">
          {t("staff.search.submit")}
        </button>
      </form>

      <RemoteStatus remote={results} />
      <Show when={results.data()}>
        {(list) => (
          <section>
            <h2 id="search-results-title">{t("staff.search.resultsTitle")}</h2>
            <p role="status">{t("staff.search.resultCount", { count: list().length })}</p>
            <Show
              when={list().length > 0}
              fallback={
                <EmptyState title={t("staff.search.emptyTitle")} text={t("staff.search.emptyText")} />
              }
            >
              <ul class="card-list">
                <For each={list()}>
                  {(citizen) => <ResultCard citizen={citizen} reason={submitted()?.reason} />}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </Show>
    </section>
  );
}

function ResultCard(props: { citizen: CitizenSummary; reason?: string }) {
  return (
    <li class="card">
      <A href={citizenPath(props.citizen.id, props.reason)}>{fullName(props.citizen)}</A>
      <p>{props.citizen.email}</p>
      <p>
        <Show when={props.citizen.birthDate} fallback={t("staff.citizen.noBirthDate")}>
          {(date) => t("staff.search.bornOn", { date: formatDay(date()) })}
        </Show>
        {" · "}
        {trustLabel(props.citizen.trustLevel)}
      </p>
    </li>
  );
}
