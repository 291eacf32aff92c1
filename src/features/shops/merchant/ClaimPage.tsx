// /einkaufen/:id/beanspruchen: "Ist das Ihr Geschäft?" A signed-in merchant says an entry of the
// directory is theirs, with a phone number the staff call to verify (the entry's listed number
// tells them whom they reach). Nothing changes in the entry before staff approve.
import { A, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { createWrite, failureItems } from "../../../lib/write";
import type { MerchantClaim, Shop } from "../../../lib/contract/shops";
import { ApiError } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { usePageTitle } from "../../../ui/page-title";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { SignedInOnly } from "../../account/SignedInOnly";
import { ClaimFields } from "./ClaimFields";
import { ClaimSent } from "./ClaimSent";
import { shopOnDevice } from "./data";
import { checkClaim, claimErrorItems, claimFaults, emptyClaimForm, type FormErrors } from "./details-form";
import { failureKey } from "./failures";
import { SendButton } from "./FormStatus";
import { categoryLabel } from "./labels";
import { claimShop } from "./merchant-api";
import { publicPath } from "./paths";
import "../../account/account.css";
import "./merchant.css";

export default function ClaimPage() {
  const params = useParams<{ id: string }>();
  const shop = createLiveQuery(() => {
    const id = params.id;
    return () => shopOnDevice(id);
  });
  usePageTitle(() => t("merchant.claim.title"));
  return (
    <section class="account merchant">
      <p class="breadcrumb">
        <A href={publicPath(params.id)}>{t("merchant.claim.backToEntry")}</A>
      </p>
      <h1>{t("merchant.claim.title")}</h1>
      <Show when={shop.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show when={shop.data()} fallback={<p class="notice">{t("merchant.claim.notFound")}</p>}>
          {(found) => (
            <>
              <ShopSummary shop={found()} />
              <p>{t("merchant.claim.lead")}</p>
              <SignedInOnly>{() => <ClaimForm shop={found()} />}</SignedInOnly>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

function ShopSummary(props: { shop: Shop }) {
  return (
    <div class="card">
      <p class="merchant-card-title">{props.shop.name}</p>
      <p class="meta">
        {categoryLabel(props.shop.category)} · {props.shop.address.street} {props.shop.address.housenumber},{" "}
        {props.shop.address.postcode} Delmenhorst
      </p>
    </div>
  );
}

function ClaimForm(props: { shop: Shop }) {
  const [form, setForm] = createStore(emptyClaimForm());
  const [errors, setErrors] = createSignal<FormErrors>({});
  const write = createWrite();
  const [sent, setSent] = createSignal<MerchantClaim>();
  const prefix = "claim";

  const summary = () => [...claimErrorItems(errors(), prefix), ...failureItems(write.failure())];

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const checked = checkClaim(unwrap(form));
    setErrors(checked.errors);
    if (!checked.claim) return;
    const claim = checked.claim;
    const shopId = props.shop.id;
    await write.run(
      true,
      async () => {
        setSent(await claimShop(shopId, claim));
      },
      {
        explain: (error) => {
          const onFields = error instanceof ApiError ? claimFaults(error.faults.map((f) => f.path)) : {};
          setErrors(onFields);
          if (Object.keys(onFields).length > 0) return undefined;
          return failureKey(error, {
            conflict: "merchant.claim.conflict",
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
            <ClaimFields prefix={prefix} form={form} setForm={setForm} errors={errors()} />
            <SendButton busy={write.busy() === true} label={t("merchant.claim.submit")} />
          </form>
        </>
      }
    >
      {(claim) => <ClaimSent claim={claim()} />}
    </Show>
  );
}
