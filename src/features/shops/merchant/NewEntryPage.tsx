// /einkaufen/haendler/neu: a merchant enters a shop the directory does not have. It goes live when
// the economic development staff have verified the merchant (the claim that comes with it).
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { createWrite, failureItems } from "../../../lib/write";
import type { MerchantClaim, NewShopWrite } from "../../../lib/contract/shops";
import { ApiError } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { SignedInOnly } from "../../account/SignedInOnly";
import { ClaimFields } from "./ClaimFields";
import { ClaimSent } from "./ClaimSent";
import {
  checkClaim,
  claimErrorItems,
  claimFaults,
  emptyClaimForm,
  emptyDetailsForm,
  type FormErrors,
} from "./details-form";
import { createDetailsState } from "./details-state";
import { DetailsFields } from "./DetailsFields";
import { failureKey } from "./failures";
import { SendButton } from "./FormStatus";
import { createEntry } from "./merchant-api";
import { MERCHANT_PATH } from "./paths";
import "../../account/account.css";
import "./merchant.css";

export default function NewEntryPage() {
  usePageTitle(() => t("merchant.newEntry.title"));
  return (
    <section class="account merchant">
      <p class="breadcrumb">
        <A href={MERCHANT_PATH}>{t("merchant.common.backToOverview")}</A>
      </p>
      <h1>{t("merchant.newEntry.title")}</h1>
      <p class="lead">{t("merchant.newEntry.lead")}</p>
      <SignedInOnly>{() => <NewEntryForm />}</SignedInOnly>
    </section>
  );
}

function NewEntryForm() {
  const prefix = "new";
  const details = createDetailsState(prefix, emptyDetailsForm());
  const [claim, setClaim] = createStore(emptyClaimForm());
  const [claimErrors, setClaimErrors] = createSignal<FormErrors>({});
  const write = createWrite();
  const [sent, setSent] = createSignal<MerchantClaim>();
  // One key per request body: a repeat after a lost answer is recognised, a changed form is new.
  let attempt: { key: string; body: string } | undefined;
  const keyFor = (body: NewShopWrite) => {
    const text = JSON.stringify(body);
    if (attempt?.body !== text) attempt = { key: crypto.randomUUID(), body: text };
    return attempt.key;
  };

  const summary = () => [
    ...details.summary(),
    ...claimErrorItems(claimErrors(), `${prefix}-claim`),
    ...failureItems(write.failure()),
  ];

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const checkedDetails = details.check();
    const checkedClaim = checkClaim(unwrap(claim));
    setClaimErrors(checkedClaim.errors);
    if (!checkedDetails || !checkedClaim.claim) return;
    const body: NewShopWrite = { ...checkedClaim.claim, details: checkedDetails };
    await write.run(
      true,
      async () => {
        setSent(await createEntry(body, keyFor(body)));
      },
      {
        explain: (error) => {
          const faults = error instanceof ApiError ? error.faults : [];
          const onDetails = details.applyFaults(faults, "details.");
          const onClaim = claimFaults(faults.map((fault) => fault.path));
          setClaimErrors(onClaim);
          if (onDetails || Object.keys(onClaim).length > 0) return undefined;
          return failureKey(error, {
            conflict: "merchant.newEntry.conflict",
            forbidden: "merchant.common.staffAccount",
          });
        },
      },
    );
  };

  return (
    <Show
      when={sent()}
      fallback={
        <>
          <ErrorSummary items={summary()} />
          <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
            <p class="hint">{t("common.form.requiredNote")}</p>
            <DetailsFields
              prefix={prefix}
              form={details.form}
              setForm={details.setForm}
              errors={details.errors()}
              hours={{
                initial: null,
                isNew: true,
                onChange: details.setHours,
                detail: details.hoursDetail(),
              }}
            />
            <h2>{t("merchant.newEntry.claimTitle")}</h2>
            <p>{t("merchant.newEntry.claimLead")}</p>
            <ClaimFields prefix={`${prefix}-claim`} form={claim} setForm={setClaim} errors={claimErrors()} />
            <SendButton busy={write.busy() === true} label={t("merchant.newEntry.submit")} />
          </form>
        </>
      }
    >
      {(claim) => <ClaimSent claim={claim()} />}
    </Show>
  );
}
