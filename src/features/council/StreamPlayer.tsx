// The stream player, its own chunk (loaded only where a meeting or event has a stream): the video
// with the browser's own HLS where it has it (Safari) and hls.js, imported only then, elsewhere;
// WebVTT captions when the stream carries subtitle tracks; the agenda beside it with the current item
// marked and announced politely ("Jetzt: TOP 5 …"); in a recording the chapters to jump to an item,
// and the spans a member objected to (§ 64 (2) NKomVG) skipped with a visible note.
import { createEffect, createSignal, For, lazy, on, onCleanup, Show, untrack } from "solid-js";
import type { StreamLive, StreamView } from "../../lib/contract/council-streams";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { followLive } from "./streams-api";
import { chapterAt, chaptersByAgenda, clockOf, itemLabel, seekTarget, skipTarget } from "./stream-logic";

const StreamReminder = lazy(() => import("./StreamReminder"));

const HLS_TYPE = "application/vnd.apple.mpegurl";
/** How long the "not published" note stays after a jump. */
const NOTE_MS = 8_000;

type Attached = { detach: () => void; selectCaptions: (on: boolean) => void };

/**
 * Native HLS where the browser plays it with its subtitle renditions (Safari). Chromium now answers
 * canPlayType for HLS too, but its native player drops WebVTT renditions (seen in Chromium 156), so
 * there hls.js plays; Chromium is the one engine with User-Agent Client Hints.
 */
const playsHlsWithCaptions = (video: HTMLVideoElement) =>
  video.canPlayType(HLS_TYPE) !== "" && !("userAgentData" in navigator);

/** Plays `url` in `video`: natively where the browser can (with captions), else with hls.js (loaded only then). */
async function attach(
  video: HTMLVideoElement,
  url: string,
  onCaptions: (has: boolean) => void,
): Promise<Attached> {
  const nativeTracks = (show: boolean) => {
    for (const track of Array.from(video.textTracks)) {
      if (track.kind === "subtitles" || track.kind === "captions") track.mode = show ? "showing" : "hidden";
    }
  };
  const watchTracks = () => {
    const update = () =>
      onCaptions(
        Array.from(video.textTracks).some((tr) => tr.kind === "subtitles" || tr.kind === "captions"),
      );
    video.textTracks.addEventListener("addtrack", update);
    update();
    return () => video.textTracks.removeEventListener("addtrack", update);
  };
  if (playsHlsWithCaptions(video) || !/\.m3u8(\?|$)/.test(url)) {
    video.src = url;
    const unwatch = watchTracks();
    return {
      detach: () => {
        unwatch();
        video.removeAttribute("src");
        video.load();
      },
      selectCaptions: nativeTracks,
    };
  }
  const { default: Hls } = await import("hls.js");
  if (!Hls.isSupported()) {
    video.src = url;
    return { detach: () => video.removeAttribute("src"), selectCaptions: nativeTracks };
  }
  const hls = new Hls();
  hls.subtitleDisplay = true;
  hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, () => {
    const has = hls.subtitleTracks.length > 0;
    if (has && hls.subtitleTrack < 0) hls.subtitleTrack = 0;
    onCaptions(has);
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  return {
    detach: () => hls.destroy(),
    selectCaptions: (show) => {
      hls.subtitleDisplay = show;
      nativeTracks(show);
    },
  };
}

export default function StreamPlayer(props: { stream: StreamView }) {
  // The page mounts one player per stream: its first state comes from the page, then from the live events.
  const initial = untrack(() => props.stream);
  const [live, setLive] = createSignal<StreamLive>({
    state: initial.state,
    currentItemId: initial.currentItemId,
    chapters: initial.chapters,
    skips: initial.skips,
  });
  const [position, setPosition] = createSignal(0);
  const [hasCaptions, setHasCaptions] = createSignal(false);
  const [captionsOn, setCaptionsOn] = createSignal(true);
  const [skipNote, setSkipNote] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  let video: HTMLVideoElement | undefined;
  let attached: Attached | undefined;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  /** Which attach is the latest (an older one finishing late is undone), and the captions wanted. */
  let generation = 0;
  let captionsWanted = true;

  if (initial.state !== "ended") onCleanup(followLive(initial.id, setLive));

  const isRecording = () => live().state === "ended";
  const source = () => {
    if (live().state === "live") return props.stream.liveUrl;
    if (live().state === "ended") return props.stream.recordingUrl;
    return null;
  };
  const top = (number: string) => t("council.stream.top", { number });
  /** In a recording the chapter at the playing second; live the item staff marked. */
  const currentId = () =>
    isRecording()
      ? chapterAt(live().chapters, position())?.agendaItemId
      : (live().currentItemId ?? undefined);
  const currentItem = () => props.stream.agenda.find((item) => item.id === currentId());
  const chapters = () => chaptersByAgenda(props.stream.agenda, live().chapters);

  createEffect(
    on(source, (url) => {
      attached?.detach();
      attached = undefined;
      setHasCaptions(false);
      setFailed(false);
      if (!url || !video) return;
      const element = video;
      const mine = ++generation;
      attach(element, url, setHasCaptions).then(
        (result) => {
          if (mine !== generation) return result.detach();
          attached = result;
          result.selectCaptions(captionsWanted);
        },
        () => setFailed(true),
      );
    }),
  );
  createEffect(
    on(
      captionsOn,
      (show) => {
        captionsWanted = show;
        attached?.selectCaptions(show);
      },
      { defer: true },
    ),
  );
  onCleanup(() => {
    attached?.detach();
    clearTimeout(noteTimer);
  });

  const showNote = () => {
    setSkipNote(true);
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => setSkipNote(false), NOTE_MS);
  };
  const onTime = () => {
    if (!video) return;
    setPosition(video.currentTime);
    if (!isRecording()) return;
    const target = skipTarget(live().skips, video.currentTime);
    if (target !== undefined) {
      video.currentTime = target;
      showNote();
    }
  };
  const jump = (seconds: number) => {
    if (!video) return;
    const target = seekTarget(live().skips, seconds);
    if (target !== seconds) showNote();
    video.currentTime = target;
    void video.play().catch(() => undefined);
  };

  return (
    <section class="stream-player" aria-labelledby="stream-player-title">
      <h2 id="stream-player-title">
        <Show
          when={live().state === "live"}
          fallback={t(isRecording() ? "council.stream.recording" : "council.stream.title")}
        >
          <span class="stream-live-badge">{t("council.stream.liveBadge")}</span>{" "}
          {t("council.stream.liveTitle")}
        </Show>
      </h2>
      <Show when={props.stream.sample}>
        <p class="hint">{t("council.stream.sample")}</p>
      </Show>
      <div class="stream-layout">
        <div class="stream-video">
          <Show
            when={source()}
            fallback={
              <div class="stream-waiting">
                <Show when={live().state === "planned"} fallback={<p>{t("council.stream.noRecording")}</p>}>
                  <p>
                    {props.stream.start
                      ? t("council.stream.startsAt", { time: formatDateTime(props.stream.start) })
                      : t("council.stream.notStarted")}
                  </p>
                  <Show when={props.stream.start && Date.parse(props.stream.start) > Date.now()}>
                    <StreamReminder streamId={props.stream.id} />
                  </Show>
                </Show>
              </div>
            }
          >
            <video
              ref={video}
              controls
              playsinline
              preload="metadata"
              aria-label={t("council.stream.videoLabel", { title: props.stream.title })}
              onTimeUpdate={onTime}
              onSeeked={onTime}
              onError={() => setFailed(true)}
            />
            <Show when={hasCaptions()}>
              <button
                type="button"
                class="button secondary"
                aria-pressed={captionsOn()}
                onClick={() => setCaptionsOn((v) => !v)}
              >
                {t("council.stream.captions")}
              </button>
            </Show>
            <Show when={failed()}>
              <p class="field-error">{t("council.stream.failed")}</p>
            </Show>
          </Show>
          <p class="stream-now" aria-live="polite">
            <Show when={currentItem()}>
              {/* In JSX, so the text follows the item (Show's callback runs once while it stays set). */}
              {(item) => <>{t("council.stream.now", { item: itemLabel(item(), top) })}</>}
            </Show>
          </p>
          <div role="status" class="stream-skip-note">
            <Show when={skipNote()}>
              <p class="notice">{t("council.stream.skipped")}</p>
            </Show>
          </div>
          <Show when={isRecording() && live().skips.length > 0}>
            <p class="hint">{t("council.stream.skipsNote", { number: live().skips.length })}</p>
          </Show>
        </div>
        <div class="stream-agenda">
          <h3>{t("council.stream.agenda")}</h3>
          <Show when={props.stream.agenda.length > 0} fallback={<p>{t("council.stream.noAgenda")}</p>}>
            <ol class="stream-agenda-list">
              <For each={props.stream.agenda}>
                {(item) => (
                  <li class="stream-agenda-item" aria-current={item.id === currentId() ? "true" : undefined}>
                    <span class="stream-agenda-number">{item.number ?? ""}</span>
                    <span>{item.name}</span>
                    <Show when={item.id === currentId()}>
                      <strong class="stream-now-badge">{t("council.stream.nowBadge")}</strong>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
          <Show when={isRecording() && source() && chapters().length > 0}>
            <h3>{t("council.stream.chapters")}</h3>
            <ul class="stream-chapters">
              <For each={chapters()}>
                {(chapter) => (
                  <li>
                    <button
                      type="button"
                      class="button secondary stream-chapter"
                      onClick={() => jump(chapter.seconds)}
                    >
                      {t("council.stream.jump", {
                        item: itemLabel(chapter.item, top),
                        time: clockOf(chapter.seconds),
                      })}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </div>
    </section>
  );
}
