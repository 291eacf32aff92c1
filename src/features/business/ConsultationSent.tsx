// A consultation request after "send": waiting for a connection, being sent, refused (retry or
// correct it), or arrived with its reference. A failed write is never hidden.
import { A, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Match, on, Show, Switch } from "solid-js";
import { ApiError } from "../../lib/http";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import {
  type ConsultationReceipt,
  fetchReceipt,
  queuedConsultation,
  retryConsultation,
  withdrawConsultation,
} from "./consultation";

type Receipt =
  | { state: "loading" }
  | { state: "known"; receipt: ConsultationReceipt }
  /** The server has no receipt for this device (signed in or out since): the mail has the reference. */
  | { state: "missing" }
  | { state: "unreachable" };

export function ConsultationSent(props: { id: string }) {
  usePageTitle(() => t("business.sent.title"));
  const navigate = useNavigate();
  const queued = createLiveQuery(() => {
    const id = props.id;
    return () => queuedConsultation(id);
  });
  const arrived = () => queued.ready() && queued.data() === undefined;
  const failed = () => {
    const entry = queued.data();
    return entry?.status === "failed" ? entry : undefined;
  };
  const [receipt, setReceipt] = createSignal<Receipt>({ state: "loading" });

  const loadReceipt = async () => {
    setReceipt({ state: "loading" });
    try {
      setReceipt({ state: "known", receipt: await fetchReceipt(props.id) });
    } catch (error) {
      setReceipt({ state: error instanceof ApiError && error.status === 404 ? "missing" : "unreachable" });
    }
  };
  createEffect(
    on(arrived, (now) => {
      if (now) void loadReceipt();
    }),
  );

  const correct = async () => {
    const body = await withdrawConsultation(props.id);
    navigate("/wirtschaft/beratung", { state: { restore: body } });
  };

  return (
    <>
      <h1>{t("business.sent.title")}</h1>
      <Show when={queued.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={failed()}
          fallback={
            <div class="status-panel" role="status">
              <Switch>
                <Match when={!arrived()}>
                  <p class="status-title">
                    {connection() === "offline"
                      ? t("business.sent.offlineTitle")
                      : t("business.sent.sendingTitle")}
                  </p>
                  <p>
                    {connection() === "offline"
                      ? t("business.sent.offlineText")
                      : t("business.sent.sendingText")}
                  </p>
                </Match>
                <Match when={arrived()}>
                  <p class="status-title">{t("business.sent.arrivedTitle")}</p>
                  <ReceiptText receipt={receipt()} />
                </Match>
              </Switch>
            </div>
          }
        >
          {(entry) => (
            <div class="outbox-failed" role="alert">
              <p>
                <strong>{t("business.sent.failed")}</strong>{" "}
                {t(`errors.${entry().error ?? "internal_error"}`)}
              </p>
              <div class="button-row">
                <button type="button" class="button" onClick={() => void retryConsultation(props.id)}>
                  {t("common.retry")}
                </button>
                <button type="button" class="button secondary" onClick={() => void correct()}>
                  {t("business.sent.correct")}
                </button>
              </div>
            </div>
          )}
        </Show>
        <Show when={arrived() && receipt().state === "unreachable"}>
          <p>
            <button type="button" class="button secondary" onClick={() => void loadReceipt()}>
              {t("business.sent.reloadReference")}
            </button>
          </p>
        </Show>
      </Show>
      <h2>{t("business.sent.nextTitle")}</h2>
      <p>{t("business.sent.nextText")}</p>
      <ul>
        <li>
          <A href="/wirtschaft/beratung">{t("business.sent.another")}</A>
        </li>
        <li>
          <A href="/wirtschaft">{t("business.common.back")}</A>
        </li>
      </ul>
    </>
  );
}

function ReceiptText(props: { receipt: Receipt }) {
  return (
    <Switch>
      <Match when={props.receipt.state === "known" && props.receipt.receipt}>
        {(receipt) => (
          <>
            <p>
              {t("business.sent.reference")} <strong class="business-reference">{receipt().reference}</strong>
            </p>
            <p>{t("business.sent.referenceHint")}</p>
          </>
        )}
      </Match>
      <Match when={props.receipt.state === "loading"}>
        <p>{t("business.sent.referenceLoading")}</p>
      </Match>
      <Match when={props.receipt.state === "missing"}>
        <p>{t("business.sent.referenceInMail")}</p>
      </Match>
      <Match when={props.receipt.state === "unreachable"}>
        <p>{t("business.sent.referenceUnreachable")}</p>
      </Match>
    </Switch>
  );
}
