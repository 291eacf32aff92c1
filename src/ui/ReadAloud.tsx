// "Vorlesen": reads a content page aloud with the browser's speech synthesis, sentence by sentence in
// the page's language (a passage with a `lang` of its own in that language), at 0.8, 1 or 1.2 times
// the voice's pace, and highlights the sentence being spoken (CSS Custom Highlight API: nothing in
// the page changes). Pausing stops the voice and goes on with the same sentence, which every browser
// does alike (speechSynthesis.pause() does not work on Android). Hidden when the device has no
// voice for the page's language. Speech stays on the device: nothing goes over the network.
import { createEffect, createSignal, createUniqueId, on, onCleanup, Show } from "solid-js";
import { language, locale, t } from "../lib/i18n";
import {
  READ_ALOUD_RATES,
  type ReadAloudRate,
  type Sentence,
  sentencesOf,
  type TextPiece,
  voiceFor,
} from "../lib/read-aloud";
import { SelectInput } from "./Field";
import "./read-aloud.css";

const RATE_KEY = "delmenhorst.read-aloud-rate";
const HIGHLIGHT = "read-aloud";

/** Elements whose text is no content to read: controls, navigation, hidden parts, this control. */
const SKIPPED = new Set([
  "BUTTON",
  "SELECT",
  "INPUT",
  "TEXTAREA",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "NAV",
  "TEMPLATE",
]);
const BLOCKS = new Set([
  "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "DT", "DD", "TD", "TH", "CAPTION", "FIGCAPTION",
  "BLOCKQUOTE", "DIV", "SECTION", "ARTICLE", "ASIDE", "HEADER", "FOOTER", "ADDRESS", "PRE", "LEGEND",
  "SUMMARY", "DETAILS", "UL", "OL", "DL", "TABLE", "TR", "FIELDSET", "LABEL",
]); // prettier-ignore

function skipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName) || element.namespaceURI !== "http://www.w3.org/1999/xhtml") return true;
  if (element.getAttribute("aria-hidden") === "true" || element.hasAttribute("data-read-aloud-skip"))
    return true;
  // The way back ("‹ Alle Dienstleistungen") is navigation, not content.
  if (element.classList.contains("breadcrumb")) return true;
  return "checkVisibility" in element && !element.checkVisibility();
}

/** The text nodes of `root` in reading order, each with its block and language. */
function textOf(root: HTMLElement): { pieces: TextPiece[]; nodes: Text[] } {
  const pieces: TextPiece[] = [];
  const nodes: Text[] = [];
  const blocks = new Map<Element, number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element
        ? skipped(node)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    let block: Element | null = text.parentElement;
    while (block && block !== root && !BLOCKS.has(block.tagName)) block = block.parentElement;
    const key = block ?? root;
    if (!blocks.has(key)) blocks.set(key, blocks.size);
    const lang = text.parentElement?.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang;
    pieces.push({ text: text.data, lang, block: blocks.get(key)! });
    nodes.push(text);
  }
  return { pieces, nodes };
}

function storedRate(): ReadAloudRate {
  const stored = Number(localStorage.getItem(RATE_KEY));
  return (READ_ALOUD_RATES as readonly number[]).includes(stored) ? (stored as ReadAloudRate) : 1;
}

type Props = {
  /** The content to read (the page's article). */
  target: () => HTMLElement | undefined;
};

const speechSupported = () =>
  typeof speechSynthesis !== "undefined" && typeof SpeechSynthesisUtterance !== "undefined";

export function ReadAloud(props: Props) {
  return (
    <Show when={speechSupported()}>
      <ReadAloudControls target={props.target} />
    </Show>
  );
}

function ReadAloudControls(props: Props) {
  const synth = speechSynthesis;
  const [voices, setVoices] = createSignal(synth.getVoices());
  const refreshVoices = () => setVoices(synth.getVoices());
  synth.addEventListener("voiceschanged", refreshVoices);
  const [status, setStatus] = createSignal<"idle" | "playing" | "paused">("idle");
  const [rate, setRate] = createSignal<ReadAloudRate>(storedRate());
  const available = () => voiceFor(voices(), language()) !== undefined;

  let sentences: Sentence[] = [];
  let nodes: Text[] = [];
  let index = 0;
  let current: SpeechSynthesisUtterance | undefined;
  const rateId = `read-aloud-rate-${createUniqueId()}`;

  const highlight = (sentence: Sentence | undefined) => {
    if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
    if (!sentence) {
      CSS.highlights.delete(HIGHLIGHT);
      return;
    }
    const range = document.createRange();
    range.setStart(nodes[sentence.start.piece]!, sentence.start.offset);
    range.setEnd(nodes[sentence.end.piece]!, sentence.end.offset);
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const reduced = matchMedia("(prefers-reduced-motion: reduce)").matches;
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: reduced ? "auto" : "smooth" });
    }
  };

  const silence = () => {
    current = undefined;
    synth.cancel();
  };

  const speak = () => {
    const sentence = sentences[index];
    if (!sentence) {
      stop();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = sentence.lang;
    utterance.voice = voiceFor(synth.getVoices(), sentence.lang) ?? null;
    utterance.rate = rate();
    utterance.onend = () => {
      if (current !== utterance) return;
      index++;
      speak();
    };
    utterance.onerror = (event) => {
      // "interrupted"/"canceled": our own pause or stop.
      if (current !== utterance || event.error === "interrupted" || event.error === "canceled") return;
      stop();
    };
    current = utterance;
    highlight(sentence);
    synth.speak(utterance);
  };

  const stop = () => {
    silence();
    highlight(undefined);
    index = 0;
    setStatus("idle");
  };

  const toggle = () => {
    if (status() === "playing") {
      silence();
      setStatus("paused");
      return;
    }
    if (status() === "idle") {
      const target = props.target();
      if (!target) return;
      const text = textOf(target);
      nodes = text.nodes;
      sentences = sentencesOf(text.pieces);
      index = 0;
    }
    // Speech may still be going on from another tab or page: this page's sentence replaces it.
    synth.cancel();
    setStatus("playing");
    speak();
  };

  let toggleButton: HTMLButtonElement | undefined;
  /** "Beenden" disappears with the reading: the focus goes back to "Vorlesen". */
  const stopByUser = () => {
    stop();
    toggleButton?.focus();
  };

  const chooseRate = (value: string) => {
    const chosen = Number(value) as ReadAloudRate;
    setRate(chosen);
    localStorage.setItem(RATE_KEY, String(chosen));
    // The sentence being spoken starts again at the new pace.
    if (status() === "playing") {
      silence();
      speak();
    }
  };

  // Another language, another page: the voice stops.
  createEffect(on(language, () => status() !== "idle" && stop(), { defer: true }));
  window.addEventListener("pagehide", stop);
  onCleanup(() => {
    stop();
    window.removeEventListener("pagehide", stop);
    synth.removeEventListener("voiceschanged", refreshVoices);
  });

  const rateLabel = (value: ReadAloudRate) =>
    t(value < 1 ? "readAloud.slow" : value > 1 ? "readAloud.fast" : "readAloud.normal", {
      rate: new Intl.NumberFormat(locale()).format(value),
    });

  return (
    <Show when={available()}>
      <div class="read-aloud" role="group" aria-label={t("readAloud.label")} data-read-aloud-skip>
        <button type="button" class="button secondary" ref={toggleButton} onClick={toggle}>
          {t(
            status() === "playing"
              ? "readAloud.pause"
              : status() === "paused"
                ? "readAloud.resume"
                : "readAloud.start",
          )}
        </button>
        <Show when={status() !== "idle"}>
          <button type="button" class="button secondary" onClick={stopByUser}>
            {t("readAloud.stop")}
          </button>
        </Show>
        <SelectInput
          id={rateId}
          label={t("readAloud.rate")}
          class="read-aloud-rate"
          value={String(rate())}
          options={READ_ALOUD_RATES.map((value) => ({ value: String(value), label: rateLabel(value) }))}
          onChange={chooseRate}
        />
      </div>
    </Show>
  );
}
