import { describe, expect, it } from "vitest";
import { sentencesOf, speechLanguage, type TextPiece, voiceFor } from "./read-aloud";

const piece = (text: string, block: number, lang = "de"): TextPiece => ({ text, block, lang });

describe("read-aloud sentences", () => {
  it("cuts a paragraph into its sentences and knows where each starts and ends", () => {
    const pieces = [
      piece("Bringen Sie ein Foto mit. Der ", 0),
      piece("alte Ausweis", 0),
      piece(" reicht auch.", 0),
    ];
    const sentences = sentencesOf(pieces);
    expect(sentences.map((s) => s.text)).toEqual([
      "Bringen Sie ein Foto mit.",
      "Der alte Ausweis reicht auch.",
    ]);
    expect(sentences[0]).toMatchObject({ start: { piece: 0, offset: 0 }, end: { piece: 0, offset: 25 } });
    // The second sentence begins in the first piece and ends in the third.
    expect(sentences[1]).toMatchObject({ start: { piece: 0, offset: 26 }, end: { piece: 2, offset: 13 } });
  });

  it("never joins two blocks (a heading and its paragraph) into one sentence", () => {
    const sentences = sentencesOf([piece("Unterlagen", 0), piece("Ein Foto", 1)]);
    expect(sentences.map((s) => s.text)).toEqual(["Unterlagen", "Ein Foto"]);
  });

  it("collapses white space of the markup, skips runs without words, and ends a piece at its end", () => {
    const sentences = sentencesOf([piece("\n    Gebühr:\n   37 Euro\n  ", 0), piece("  –  ", 1)]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({
      text: "Gebühr: 37 Euro",
      start: { piece: 0, offset: 5 },
      end: { piece: 0, offset: 23 },
    });
  });

  it("speaks each language in its own voice: a German passage inside an Arabic page, Leichte Sprache as German", () => {
    const sentences = sentencesOf([piece("مرحبا بكم.", 0, "ar"), piece("Das ist Deutsch.", 0, "de-x-ls")]);
    expect(sentences.map((s) => [s.text, s.lang])).toEqual([
      ["مرحبا بكم.", "ar"],
      ["Das ist Deutsch.", "de"],
    ]);
  });
});

describe("read-aloud voices", () => {
  const voice = (lang: string, localService = true, isDefault = false) => ({
    lang,
    localService,
    default: isDefault,
  });

  it("finds a voice by its language, Android's de_DE included, and prefers one on the device", () => {
    const network = voice("de-DE", false, true);
    const device = voice("de_DE");
    expect(voiceFor([voice("en-US"), network, device], "de-x-ls")).toBe(device);
    expect(speechLanguage("pt_BR")).toBe("pt");
  });

  it("has none when the device has no voice for the language (the control stays hidden)", () => {
    expect(voiceFor([voice("de-DE"), voice("en-GB")], "uk")).toBeUndefined();
  });
});
