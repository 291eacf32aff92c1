// After "Melden": where the report is. Waiting in the outbox (offline: sent when the connection is
// back), failed (retry), or arrived: then the page fetches the stored answer for the report's id and
// secret, sends the photos with it and links to the report's public page. Photos wait in this page
// only: the outbox cannot send them, since their address and secret come with the report's answer.
import { A } from "@solidjs/router";
import { createEffect, createSignal, Match, on, Show, Switch } from "solid-js";
import { type PublicReport, reportPagePath } from "../../lib/contract/reports";
import { appDb } from "../../lib/db";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { signedInHere } from "../../lib/personal-data";
import { connection } from "../../lib/sync-status";
import { explainFailure, keepSecret, queuedReport, reportReceipt, retryReport, uploadPhoto } from "./api";

type Arrival =
  | { state: "fetching" }
  | { state: "photos"; report: PublicReport; sent: number }
  | { state: "done"; report: PublicReport; photosFailed: number }
  | { state: "failed"; failure: string };

export function SentReport(props: { id: string; photos: File[]; onAnother: () => void }) {
  const queued = createLiveQuery(() => {
    const id = props.id;
    return () => queuedReport(id);
  });
  const arrived = () => queued.ready() && queued.data() === undefined;
  const failed = () => queued.data()?.status === "failed";
  const [arrival, setArrival] = createSignal<Arrival>({ state: "fetching" });
  let secret: string | undefined;
  let reportId: string | undefined;

  async function finish() {
    setArrival({ state: "fetching" });
    try {
      if (!reportId) {
        const created = await reportReceipt(props.id);
        reportId = created.report.id;
        // Signed in, the account is the reporter; without one, the secret proves it from this device.
        if (!(await signedInHere(appDb()))) keepSecret(reportId, created.secret);
        secret = created.secret;
        setArrival({ state: "photos", report: created.report, sent: 0 });
      }
      await sendPhotos();
    } catch (error) {
      setArrival({ state: "failed", failure: explainFailure(error) });
    }
  }

  // The photos chosen when the report was sent; the page keeps them until they are uploaded.
  // eslint-disable-next-line solid/reactivity
  let pending = [...props.photos];
  async function sendPhotos() {
    const current = arrival();
    if (current.state !== "photos") return;
    let report = current.report;
    let sent = current.sent;
    const refused: File[] = [];
    for (const photo of pending) {
      try {
        report = await uploadPhoto(report.id, photo, secret);
        sent++;
        setArrival({ state: "photos", report, sent });
      } catch {
        refused.push(photo);
      }
    }
    pending = refused;
    setArrival({ state: "done", report, photosFailed: refused.length });
  }

  const retryPhotos = (report: PublicReport) => {
    setArrival({ state: "photos", report, sent: props.photos.length - pending.length });
    void sendPhotos();
  };

  createEffect(on(arrived, (now) => now && void finish()));
  const inState = <S extends Arrival["state"]>(state: S) => {
    const current = arrival();
    return current.state === state ? (current as Extract<Arrival, { state: S }>) : undefined;
  };

  return (
    <div class="status-panel" role="status">
      <Switch>
        <Match when={!queued.ready()}>
          <p class="loading">{t("common.loading")}</p>
        </Match>
        <Match when={failed()}>
          <p class="status-title">{t("reports.sent.failedTitle")}</p>
          <p>{t("reports.sent.failedText")}</p>
          <button type="button" class="button" onClick={() => void retryReport(props.id)}>
            {t("reports.sent.retry")}
          </button>
        </Match>
        <Match when={!arrived()}>
          <p class="status-title">
            {connection() === "offline" ? t("reports.sent.offlineTitle") : t("reports.sent.sendingTitle")}
          </p>
          <p>{t("reports.sent.queuedText")}</p>
          <Show when={props.photos.length > 0}>
            <p>{t("reports.sent.photosWait")}</p>
          </Show>
        </Match>
        <Match when={arrival().state === "fetching"}>
          <p class="status-title">{t("reports.sent.arrivedTitle")}</p>
          <p class="loading">{t("common.loading")}</p>
        </Match>
        <Match when={inState("failed")}>
          {(current) => (
            <>
              <p class="status-title">{t("reports.sent.arrivedTitle")}</p>
              <p class="field-error">{t(current().failure)}</p>
              <button type="button" class="button" onClick={() => void finish()}>
                {t("reports.sent.retry")}
              </button>
            </>
          )}
        </Match>
        <Match when={inState("photos")}>
          {(current) => (
            <>
              <p class="status-title">{t("reports.sent.arrivedTitle")}</p>
              <p>
                {t("reports.sent.photosSending", {
                  sent: current().sent,
                  total: props.photos.length,
                })}
              </p>
            </>
          )}
        </Match>
        <Match when={inState("done")}>
          {(done) => {
            return (
              <>
                <p class="status-title">{t("reports.sent.arrivedTitle")}</p>
                <p>{t("reports.sent.arrivedText")}</p>
                <Show when={done().photosFailed > 0}>
                  <p class="field-error">{t("reports.sent.photosFailed")}</p>
                  <button type="button" class="button secondary" onClick={() => retryPhotos(done().report)}>
                    {t("reports.sent.photosRetry")}
                  </button>
                </Show>
                <p>
                  <A href={reportPagePath(done().report.id)}>{t("reports.sent.open")}</A>
                </p>
              </>
            );
          }}
        </Match>
      </Switch>
      <p>
        <button type="button" class="button secondary" onClick={() => props.onAnother()}>
          {t("reports.sent.another")}
        </button>
      </p>
    </div>
  );
}
