// The states of a record page (see src/lib/record-query.ts): loading, the record, not found, or not
// loadable now (offline on a first visit, or the server failed). Each page brings its "not found".
import { type Accessor, type JSX, Match, Switch } from "solid-js";
import { t } from "../lib/i18n";
import type { RecordView } from "../lib/record-state";

export function RecordStates<T>(props: {
  view: RecordView<T>;
  retry: () => void;
  notFound: JSX.Element;
  children: (record: Accessor<T>) => JSX.Element;
}) {
  const found = () => (props.view.kind === "found" ? props.view.record : undefined);
  const unavailable = () => (props.view.kind === "unavailable" ? props.view.reason : undefined);
  return (
    <Switch
      fallback={
        <p class="loading" role="status" aria-busy="true">
          {t("common.loading")}
        </p>
      }
    >
      <Match when={found()}>{(record) => props.children(record)}</Match>
      <Match when={props.view.kind === "not-found"}>{props.notFound}</Match>
      <Match when={unavailable()}>
        {(reason) => (
          <section>
            <h1>
              {reason() === "offline" ? t("common.record.offlineTitle") : t("common.record.failedTitle")}
            </h1>
            <p>{reason() === "offline" ? t("common.record.offlineText") : t("common.record.failedText")}</p>
            <button type="button" class="button secondary" onClick={() => props.retry()}>
              {t("common.retry")}
            </button>
          </section>
        )}
      </Match>
    </Switch>
  );
}

/** The document title for each state of a record page. */
export function recordPageTitle<T>(view: RecordView<T>, titleOf: (record: T) => string, notFound: string) {
  switch (view.kind) {
    case "found":
      return titleOf(view.record);
    case "not-found":
      return notFound;
    case "unavailable":
      return view.reason === "offline" ? t("common.record.offlineTitle") : t("common.record.failedTitle");
    default:
      return t("common.loading");
  }
}
