// /warnungen/:id: one warning in full, as the source sent it, readable offline (from Dexie).
import { A, useParams } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { formatDateTime } from "../../lib/date-format";
import { language, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { usePageTitle } from "../../ui/page-title";
import { allWarnings } from "./data";
import { msgTypeLabel, noticeKindLabel, providerLabel } from "./labels";
import { isExpired, relate, textLanguageIn, textsIn, type WarningEntry } from "./model";
import { createNow } from "./now";
import { RelationBadge, RelationLinks } from "./Relations";
import { SafeHtml } from "./SafeHtml";
import { SeverityLabel } from "./SeverityLabel";
import { ReadAloud } from "../../ui/ReadAloud";
import "./warnings.css";

export default function WarningPage() {
  const params = useParams<{ id: string }>();
  // All of them, not one: the page links the versions before and after this one.
  const warnings = createLiveQuery(() => allWarnings);
  const now = createNow();
  const entry = createMemo(() =>
    relate(warnings.data() ?? [], now()).find((e) => e.warning.id === params.id),
  );
  usePageTitle(() => {
    const found = entry();
    return found ? textsIn(found.warning, language()).headline : t("warnings.detail.notFound");
  });

  return (
    <Show when={warnings.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show
        when={entry()}
        fallback={
          <section>
            <h1>{t("warnings.detail.notFound")}</h1>
            <p>{t("warnings.detail.notFoundText")}</p>
            <A href="/warnungen">{t("warnings.detail.back")}</A>
          </section>
        }
      >
        {(found) => <WarningDetail entry={found()} now={now()} />}
      </Show>
    </Show>
  );
}

function WarningDetail(props: { entry: WarningEntry; now: number }) {
  const warning = () => props.entry.warning;
  const text = () => textsIn(warning(), language());
  /** The language the texts are really in, so screen readers pronounce them right. */
  const textLanguage = () => textLanguageIn(warning(), language());
  const state = () => {
    if (props.entry.active) return null;
    if (isExpired(warning(), props.now)) return t("warnings.detail.expired");
    const withdrawnAt = warning().withdrawnAt;
    if (withdrawnAt && props.entry.successor === null && warning().msgType !== "Cancel") {
      return t("warnings.detail.withdrawn", { time: formatDateTime(withdrawnAt) });
    }
    return t("warnings.detail.ended");
  };

  let article: HTMLElement | undefined;
  return (
    <article class="warnings warning-detail" ref={article}>
      <p class="breadcrumb">
        <A href="/warnungen">{t("warnings.detail.back")}</A>
      </p>
      <p class="warning-card-top">
        <SeverityLabel severity={warning().severity} />
        <span class="badge">{msgTypeLabel(warning().msgType)}</span>
        <RelationBadge entry={props.entry} />
      </p>
      <h1 lang={textLanguage()}>{text().headline}</h1>
      <ReadAloud target={() => article} />
      <Show when={state()}>{(message) => <p class="notice">{message()}</p>}</Show>
      <Show when={language() !== "de" && textLanguage() === "de"}>
        <p class="hint">{t("warnings.detail.germanOnly")}</p>
      </Show>
      <RelationLinks entry={props.entry} />

      <dl class="facts">
        <dt>{t("warnings.detail.messageType")}</dt>
        <dd>{msgTypeLabel(warning().msgType)}</dd>
        <Show when={text().event}>
          {(event) => (
            <>
              <dt>{t("warnings.detail.event")}</dt>
              <dd lang={textLanguage()}>{event()}</dd>
            </>
          )}
        </Show>
        <Show when={warning().noticeKind}>
          {(kind) => (
            <>
              <dt>{t("warnings.detail.noticeKind")}</dt>
              <dd>{noticeKindLabel(kind())}</dd>
            </>
          )}
        </Show>
        <dt>{t("warnings.detail.sent")}</dt>
        <dd>{formatDateTime(warning().sent)}</dd>
        <dt>{t("warnings.detail.onset")}</dt>
        <dd>{formatDateTime(warning().onset ?? warning().sent)}</dd>
        <dt>{t("warnings.detail.expires")}</dt>
        <dd>
          <Show when={warning().expires} fallback={t("warnings.detail.noExpiry")}>
            {(expires) => formatDateTime(expires())}
          </Show>
        </dd>
        <Show when={warning().areas.length > 0}>
          <dt>{t("warnings.detail.areas")}</dt>
          <dd>
            <ul class="warning-areas">
              <For each={warning().areas}>{(area) => <li>{area}</li>}</For>
            </ul>
          </dd>
        </Show>
      </dl>

      <Show when={text().description}>
        {(html) => (
          <>
            <h2>{t("warnings.detail.description")}</h2>
            <SafeHtml html={html()} class="warning-text" lang={textLanguage()} />
          </>
        )}
      </Show>
      <Show when={text().instruction}>
        {(html) => (
          <>
            <h2>{t("warnings.detail.instruction")}</h2>
            <SafeHtml html={html()} class="warning-text" lang={textLanguage()} />
          </>
        )}
      </Show>
      <Show when={text().contact}>
        {(contact) => (
          <>
            <h2>{t("warnings.detail.contact")}</h2>
            <p lang={textLanguage()}>{contact()}</p>
          </>
        )}
      </Show>
      <Show when={webLink(text().web)}>
        {(href) => (
          <p>
            <a href={href()} rel="noopener noreferrer" target="_blank">
              {t("warnings.detail.web")}
            </a>
          </p>
        )}
      </Show>

      <div class="content-info">
        <p>
          {t("warnings.detail.source", {
            source: sourceName(warning().sender, providerLabel(warning().provider)),
            time: formatDateTime(warning().fetchedAt),
          })}
        </p>
        <p>{t("warnings.detail.unchanged")}</p>
      </div>
    </article>
  );
}

/** The sender as named in the message, with the system it came through. */
function sourceName(sender: string | null, provider: string): string {
  return sender && sender !== provider ? t("warnings.detail.senderVia", { sender, provider }) : provider;
}

/** Only https links leave the app; anything else in `web` is not a link we can vouch for. */
function webLink(web: string | null): string | null {
  if (!web) return null;
  try {
    const url = new URL(web);
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
