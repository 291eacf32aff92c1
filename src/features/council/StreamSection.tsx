// A meeting's or event's stream on its page: asked from the server when online (a stream is live or
// it is nothing offline), then the player, which is its own chunk (StreamPlayer.tsx) and comes only
// when there is a stream. Nothing is shown where there is none or the device is offline.
import { createResource, lazy, Show, Suspense } from "solid-js";
import type { StreamView } from "../../lib/contract/council-streams";
import { t } from "../../lib/i18n";
import "./council-streams.css";

const StreamPlayer = lazy(() => import("./StreamPlayer"));

export function StreamSection(props: { load: () => Promise<StreamView | null> }) {
  const [stream] = createResource(async () => {
    if (!navigator.onLine) return null;
    // 404: no stream; any other failure only hides the player, the page stays.
    return props.load().catch(() => null);
  });
  return (
    <Show when={stream()}>
      {(view) => (
        <Suspense fallback={<p class="hint">{t("council.stream.loading")}</p>}>
          <StreamPlayer stream={view()} />
        </Suspense>
      )}
    </Show>
  );
}
