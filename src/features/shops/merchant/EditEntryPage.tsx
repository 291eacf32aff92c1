// /einkaufen/haendler/:id: a merchant edits an entry they keep: details, opening hours, offers,
// photo; and sees its history. By the entry's trust a change is published at once or waits for the
// economic development staff; the page says which. Saving needs a connection: the answer (public
// or waiting, the fields at fault) is what the merchant must see, so nothing is queued.
import { A, useParams } from "@solidjs/router";
import { createSignal, Show, untrack } from "solid-js";
import { createWrite, failureItems } from "../../../lib/write";
import type { MerchantEntry, MerchantOverview, SaveResult } from "../../../lib/contract/shops";
import { ApiError } from "../../../lib/http";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { requestSync } from "../../../lib/sync-status";
import { usePageTitle } from "../../../ui/page-title";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { SignedInOnly } from "../../account/SignedInOnly";
import { createRemote } from "../../../lib/remote";
import { detailsFormOf } from "./details-form";
import { createDetailsState } from "./details-state";
import { DetailsFields } from "./DetailsFields";
import { failureKey } from "./failures";
import { OverviewStatus, SendButton } from "./FormStatus";
import { HistoryList } from "./HistoryList";
import { trustLabel } from "./labels";
import { fetchHistory, fetchOverview, saveEntry } from "./merchant-api";
import { claimPath, MERCHANT_PATH, publicPath } from "./paths";
import { PhotoPanel } from "./PhotoPanel";
import "../../account/account.css";
import "./merchant.css";

export default function EditEntryPage() {
  const params = useParams<{ id: string }>();
  usePageTitle(() => t("merchant.edit.title"));
  return (
    <section class="account merchant">
      <p class="breadcrumb">
        <A href={MERCHANT_PATH}>{t("merchant.common.backToOverview")}</A>
      </p>
      <h1>{t("merchant.edit.title")}</h1>
      <SignedInOnly>{() => <EntryLoader id={params.id} />}</SignedInOnly>
    </section>
  );
}

function EntryLoader(props: { id: string }) {
  const overview = createRemote(() => true, fetchOverview);
  const entry = () => overview.data()?.entries.find((candidate) => candidate.shop.id === props.id);
  /** A save's answer replaces the entry in the overview held in memory. */
  const replace = (saved: MerchantEntry) => {
    const data = overview.data();
    if (!data) return;
    const next: MerchantOverview = {
      ...data,
      entries: data.entries.map((candidate) => (candidate.shop.id === saved.shop.id ? saved : candidate)),
    };
    overview.set(next);
  };
  return (
    <>
      <OverviewStatus
        loading={overview.loading() && !overview.data()}
        error={overview.error()}
        onRetry={() => overview.reload()}
      />
      <Show when={overview.data()}>
        {/* Not keyed: a save's answer updates the entry without rebuilding the form being edited. */}
        <Show
          when={entry()}
          fallback={
            <div class="notice">
              <p>{t("merchant.edit.notYours")}</p>
              <p>
                <A href={claimPath(props.id)}>{t("merchant.edit.claimLink")}</A>
              </p>
            </div>
          }
        >
          {(current) => <EntryEditor entry={current()} onSaved={replace} />}
        </Show>
      </Show>
    </>
  );
}

function EntryEditor(props: { entry: MerchantEntry; onSaved: (entry: MerchantEntry) => void }) {
  const prefix = "entry";
  // What the merchant last sent: a change waiting for review is edited further, not the live version.
  const start = untrack(() => props.entry.pendingChange?.details ?? props.entry.shop);
  const details = createDetailsState(prefix, detailsFormOf(start));
  const [outcome, setOutcome] = createSignal<SaveResult["outcome"]>();
  const write = createWrite();
  const history = createRemote(() => props.entry.shop.id, fetchHistory);
  let result: HTMLDivElement | undefined;

  const saved = (answer: SaveResult) => {
    setOutcome(answer.outcome);
    props.onSaved(answer.entry);
    history.reload();
    // Published: the directory on this device gets the new version with the next sync.
    if (answer.outcome === "published") void requestSync();
    requestAnimationFrame(() => result?.focus());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    setOutcome(undefined);
    const checked = details.check();
    if (!checked) return;
    const shopId = props.entry.shop.id;
    let answer: SaveResult | undefined;
    await write.run(
      true,
      async () => {
        answer = await saveEntry(shopId, checked);
      },
      {
        explain: (error) => {
          const onFields = error instanceof ApiError && details.applyFaults(error.faults);
          return onFields ? undefined : failureKey(error, { forbidden: "merchant.edit.forbidden" });
        },
      },
    );
    if (answer) saved(answer);
  };

  return (
    <>
      <p class="lead">{props.entry.shop.name}</p>
      <ul class="merchant-facts">
        <li>{trustLabel(props.entry.trust)}</li>
        <li>
          <A href={publicPath(props.entry.shop.id)}>{t("merchant.overview.showPublic")}</A>
        </li>
      </ul>
      <Show when={props.entry.pendingChange}>
        {(change) => (
          <p class="notice merchant-pending">
            {t("merchant.edit.pendingNote", {
              date: formatDateTime(change().submittedAt),
            })}
          </p>
        )}
      </Show>
      <div role="status" tabindex="-1" ref={result} class="merchant-result">
        <Show when={outcome()}>
          {(done) => (
            <div class="success">
              <p class="success-title">{t(`merchant.edit.outcome.${done()}`)}</p>
              <p>{t(`merchant.edit.outcomeText.${done()}`)}</p>
            </div>
          )}
        </Show>
      </div>
      <ErrorSummary items={[...details.summary(), ...failureItems(write.failure())]} />
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <p class="hint">{t("common.form.requiredNote")}</p>
        <DetailsFields
          prefix={prefix}
          form={details.form}
          setForm={details.setForm}
          errors={details.errors()}
          hours={{
            initial: start.openingHours,
            isNew: false,
            onChange: details.setHours,
            detail: details.hoursDetail(),
          }}
        />
        <p class="hint">
          {t(
            props.entry.trust === "trusted"
              ? "merchant.edit.saveHintTrusted"
              : "merchant.edit.saveHintReview",
          )}
        </p>
        <SendButton busy={write.busy() === true} label={t("merchant.edit.save")} />
      </form>

      <PhotoPanel entry={props.entry} onSaved={saved} />

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("merchant.history.title")}</h2>
        <Show when={history.error()}>
          {(error) => <p class="merchant-failure">{t(failureKey(error()))}</p>}
        </Show>
        <Show when={history.data()}>{(revisions) => <HistoryList revisions={revisions()} />}</Show>
      </section>
    </>
  );
}
