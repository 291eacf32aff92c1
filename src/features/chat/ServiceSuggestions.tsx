// While the resident types the question, matching services from the guide (its search on the
// device, offline too): many questions are answered there. The topic, once chosen, puts its
// category's services first. AskForm loads it lazily and holds the live region it renders into.
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, onCleanup, Show, createEffect } from "solid-js";
import type { ChatTopic } from "../../lib/contract/chat";
import type { Service } from "../../lib/contract/guide";
import { localized, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { allServices } from "../services/data";
import { createServiceIndex, searchServices } from "../services/search";

const MAX_SUGGESTIONS = 3;
const MIN_QUERY = 3;
const SETTLE_MS = 300;

export function ServiceSuggestions(props: { question: string; topic: ChatTopic | "" }) {
  const services = createLiveQuery(() => allServices);
  // Searched once typing pauses: a list that changes with every key is hard to follow.
  const [query, setQuery] = createSignal("");
  createEffect(() => {
    const text = props.question.trim();
    const timer = setTimeout(() => setQuery(text), SETTLE_MS);
    onCleanup(() => clearTimeout(timer));
  });
  const index = createMemo(() =>
    createServiceIndex(
      (services.data() ?? []).map((s) => {
        const text = localized(s.text);
        return { id: s.id, title: text.title, summary: text.summary, keywords: text.keywords.join(" ") };
      }),
    ),
  );
  const suggestions = createMemo((): Service[] => {
    if (query().length < MIN_QUERY) return [];
    const byId = new Map((services.data() ?? []).map((s) => [s.id, s]));
    const found = searchServices(index(), query())
      .map((id) => byId.get(id))
      .filter((s): s is Service => s !== undefined);
    const inTopic = found.filter((s) => s.category === props.topic);
    const rest = found.filter((s) => s.category !== props.topic);
    return [...inTopic, ...rest].slice(0, MAX_SUGGESTIONS);
  });

  return (
    <Show when={suggestions().length > 0}>
      <h2 class="chat-suggestions-title">{t("chat.start.suggestionsTitle")}</h2>
      <ul>
        <For each={suggestions()}>
          {(service) => (
            <li>
              <A href={`/dienstleistungen/${encodeURIComponent(service.id)}`}>
                {localized(service.text).title}
              </A>
              <span class="hint"> {localized(service.text).summary}</span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
