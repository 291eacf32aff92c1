// "In den Dokumenten": below the offline title search of /rat, the papers whose documents hold the
// words, asked from the server (it has read the PDFs) while the device is online. Papers the title
// search already shows are left out.
import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from "solid-js";
import type { CouncilSearchHit } from "../../lib/contract/council";
import { t } from "../../lib/i18n";
import { createRemote } from "../../lib/remote";
import { searchCouncilDocuments } from "./api";
import { paperLine } from "./paper-line";
import { paperPath } from "./paths";

/** Typing pauses this long before the server is asked. */
const DEBOUNCE_MS = 350;

export function DocumentSearch(props: { query: string; shown: ReadonlySet<string> }) {
  const [online, setOnline] = createSignal(navigator.onLine);
  onMount(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    onCleanup(() => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    });
  });
  const [asked, setAsked] = createSignal<string>();
  createEffect(
    on([() => props.query.trim(), online], ([query, isOnline]) => {
      if (!query || !isOnline) return setAsked(undefined);
      const timer = setTimeout(() => setAsked(query), DEBOUNCE_MS);
      onCleanup(() => clearTimeout(timer));
    }),
  );
  const found = createRemote(asked, searchCouncilDocuments);
  const hits = () =>
    online() && !found.error() && !found.loading()
      ? (found.data() ?? []).filter((hit) => hit.match === "text" && !props.shown.has(hit.id))
      : [];
  // One polite status line (not the whole list) tells screen readers what the search found.
  const status = () => {
    if (!online()) return t("council.documents.offline");
    if (found.error()) return t("council.documents.failed");
    if (found.loading() || !found.data()) return t("council.documents.searching");
    return hits().length === 0
      ? t("council.documents.none")
      : t("council.documents.count", { count: hits().length });
  };

  return (
    <section class="council-documents" aria-labelledby="council-documents-title">
      <h2 id="council-documents-title">{t("council.documents.title")}</h2>
      <p aria-live="polite" class={found.loading() ? "loading" : undefined}>
        {status()}
      </p>
      <Show when={hits().length > 0}>
        <ul class="card-list">
          <For each={hits()}>{(hit) => <DocumentHitCard hit={hit} />}</For>
        </ul>
      </Show>
    </section>
  );
}

function DocumentHitCard(props: { hit: CouncilSearchHit }) {
  return (
    <li class="card council-card">
      <p class="council-kind">{t("council.search.paper")}</p>
      <A href={paperPath(props.hit.id)}>{props.hit.name}</A>
      <Show when={paperLine(props.hit)}>{(line) => <p>{line()}</p>}</Show>
      <Show when={props.hit.snippet}>
        {(snippet) => <p class="council-snippet">{t("council.documents.snippet", { text: snippet() })}</p>}
      </Show>
    </li>
  );
}
