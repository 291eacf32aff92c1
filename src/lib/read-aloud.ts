// Read-aloud ("Vorlesen"): the parts that need no page. A page's text comes as pieces (its text nodes,
// with the block each belongs to and its language); the pieces of one block in one language are cut
// into sentences by the language's own rules (Intl.Segmenter), and each sentence knows where it
// starts and ends among the pieces, so the page can highlight it while it is spoken.

/** The speeds a resident can choose (1 = the voice's normal pace). */
export const READ_ALOUD_RATES = [0.8, 1, 1.2] as const;
export type ReadAloudRate = (typeof READ_ALOUD_RATES)[number];

export type TextPiece = {
  text: string;
  /** The language of the text (the nearest `lang`), e.g. "de", "ar", "de-x-ls". */
  lang: string;
  /** Pieces of one block (a paragraph, a list item, a heading) share this number. */
  block: number;
};

/** A place in the pieces: the piece's index and the offset in its text. */
export type TextPoint = { piece: number; offset: number };

export type Sentence = {
  /** The words to speak, white space collapsed. */
  text: string;
  /** The language to speak it in (a BCP 47 tag a voice can have: "de" for Leichte Sprache). */
  lang: string;
  start: TextPoint;
  end: TextPoint;
};

/** The language part a voice is found by: "de-x-ls" → "de", "pt_BR" → "pt". */
export function speechLanguage(lang: string): string {
  const tag = lang.replace(/_/g, "-");
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag.split("-")[0]?.toLowerCase() ?? "";
  }
}

type Segments = (text: string, lang: string) => Iterable<{ index: number; segment: string }>;

const intlSentences: Segments = (text, lang) => {
  try {
    return new Intl.Segmenter(speechLanguage(lang), { granularity: "sentence" }).segment(text);
  } catch {
    return new Intl.Segmenter(undefined, { granularity: "sentence" }).segment(text);
  }
};

/** The sentences of the pieces, in reading order; a sentence never spans two blocks or languages. */
export function sentencesOf(pieces: readonly TextPiece[], segments: Segments = intlSentences): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  while (first < pieces.length) {
    let last = first;
    const head = pieces[first]!;
    while (
      last + 1 < pieces.length &&
      pieces[last + 1]!.block === head.block &&
      pieces[last + 1]!.lang === head.lang
    ) {
      last++;
    }
    // One run: its text, and where each piece begins in it.
    const starts: number[] = [];
    let text = "";
    for (let i = first; i <= last; i++) {
      starts.push(text.length);
      text += pieces[i]!.text;
    }
    const pointAt = (position: number, atEnd: boolean): TextPoint => {
      // The piece that holds the position (at a boundary: the earlier piece for an end, the later for a start).
      let index = starts.length - 1;
      while (index > 0 && (atEnd ? starts[index]! >= position : starts[index]! > position)) index--;
      return { piece: first + index, offset: position - starts[index]! };
    };
    // Line breaks of the markup are spaces on the page (the segmenter would end a sentence there);
    // replaced one for one, so offsets stay.
    for (const { index, segment } of segments(text.replace(/[\n\r\t\f]/g, " "), head.lang)) {
      const leading = segment.length - segment.trimStart().length;
      const spoken = segment.trim();
      if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
      const begin = index + leading;
      sentences.push({
        text: spoken.replace(/\s+/g, " "),
        lang: speechLanguage(head.lang),
        start: pointAt(begin, false),
        end: pointAt(begin + spoken.length, true),
      });
    }
    first = last + 1;
  }
  return sentences;
}

type VoiceLike = { lang: string; localService: boolean; default: boolean };

/**
 * The voice for a language, or undefined when the device has none: one of the language itself,
 * a voice on the device (works offline) before one over the network, the device's default first.
 */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = speechLanguage(lang);
  const matching = voices.filter((voice) => speechLanguage(voice.lang) === wanted);
  const score = (voice: V) => (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return matching.sort((a, b) => score(b) - score(a))[0];
}
