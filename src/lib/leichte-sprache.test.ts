// Each checkable rule of Leichte Sprache catches a bad text and lets the good rewrite through.
import { describe, expect, it } from "vitest";
import { checkLeichteSprache, sentences } from "./leichte-sprache";

const rules = (text: string) => checkLeichteSprache(text).map((f) => f.rule);

describe("the Leichte-Sprache checker", () => {
  it("passes a good text", () => {
    expect(
      checkLeichteSprache(
        "Sie brauchen einen neuen Personal·ausweis? Dann buchen Sie einen Termin. Bringen Sie ein Foto mit.",
      ),
    ).toEqual([]);
  });

  it("catches a sentence with more than 15 words", () => {
    const long =
      "Wenn Sie umziehen, müssen Sie sich innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde Ihrer neuen Stadt anmelden.";
    expect(checkLeichteSprache(long)).toContainEqual({ rule: "sentence-length", part: long });
    expect(
      rules("Sie ziehen um? Dann melden Sie sich in Delmenhorst an. Sie haben dafür 2 Wochen Zeit."),
    ).toEqual([]);
  });

  it("catches a text whose sentences are on average longer than 10 words", () => {
    const text =
      "Sie können in der App einen Termin im Bürger·büro buchen und verschieben. Sie können in der App auch alle Ihre Anträge an einem Ort sehen.";
    expect(rules(text)).toEqual(["average-sentence-length"]);
    expect(rules("Sie können einen Termin buchen. Sie können Ihre Anträge sehen.")).toEqual([]);
    // A label of one sentence is held to the 15 words only.
    expect(rules("Hier finden Sie alle Ämter der Stadt Delmenhorst auf einer Karte.")).toEqual([]);
  });

  it("catches abbreviations from the list and dotted ones generally", () => {
    expect(checkLeichteSprache("Bringen Sie z. B. Ihren Pass mit.")).toContainEqual({
      rule: "abbreviation",
      part: "z. B.",
    });
    for (const text of [
      "Das kostet ca. 10 Euro.",
      "Ämter, Schulen usw. stehen auf der Karte.",
      "Das steht in Nr. 5.",
      "Bringen Sie ggf. Ihren Pass mit.",
      "Schreiben Sie an das Amt bzw. an die Stadt.",
      "Das ist im Rathaus, d. h. in der Stadt·mitte.",
      "Lesen Sie Kap. sieben.",
    ])
      expect(rules(text), text).toContain("abbreviation");
    expect(rules("Bringen Sie zum Beispiel Ihren Pass mit. Das kostet etwa 10 Euro.")).toEqual([]);
    // A dot that ends a sentence is not an abbreviation, nor are numbers with dots.
    expect(rules("Das ist gut. Es kostet 1.200 Euro. Das Amt ist am 5.12.2026 zu.")).toEqual([]);
  });

  it("catches negated un-words, also inflected", () => {
    expect(checkLeichteSprache("Der Ausweis ist ungültig.")).toContainEqual({
      rule: "negation",
      part: "ungültig",
    });
    for (const word of ["unmöglich", "unbekannten", "unvollständige", "unzulässig"])
      expect(rules(`Das ist ${word}.`), word).toContain("negation");
    expect(rules("Der Ausweis ist abgelaufen. Der Antrag ist noch nicht fertig.")).toEqual([]);
  });

  it("allows one plain nicht or kein, and catches double negations", () => {
    expect(rules("Sie brauchen keinen Termin.")).toEqual([]);
    expect(rules("Das Amt ist heute nicht offen.")).toEqual([]);
    expect(rules("Das geht nicht ohne Termin.")).toEqual(["double-negation"]);
    expect(rules("Niemand hat keinen Ausweis.")).toEqual(["double-negation"]);
    expect(rules("Das ist nicht unwichtig.")).toContain("double-negation");
    expect(rules("Sie brauchen einen Termin.")).toEqual([]);
  });

  it("catches long compounds without a Mediopunkt and passes split ones", () => {
    expect(checkLeichteSprache("Bringen Sie Ihren Personalausweis mit.")).toEqual([
      { rule: "compound", part: "Personalausweis" },
    ]);
    expect(rules("Die Wohnungsgeberbestätigung fehlt.")).toEqual(["compound"]);
    expect(rules("Die Wohnungs·geber·bestätigung fehlt.")).toEqual([]);
    expect(rules("Bringen Sie Ihren Personal·ausweis mit.")).toEqual([]);
    expect(rules("Schreiben Sie eine E-Mail-Adresse.")).toEqual([]);
    // Long words that are not compounds, and names, are on a short allow-list.
    expect(rules("Hier stehen Informationen zu Veranstaltungen in Niedersachsen.")).toEqual([]);
  });

  it("reads placeholders as one word and skips addresses", () => {
    expect(rules("Sie haben {{count}} neue Nachrichten. Schreiben Sie an name@beispiel.de.")).toEqual([]);
    expect(rules("Gehen Sie zu /barrierefreiheit/leichte-sprache.")).toEqual([]);
  });

  it("splits sentences at end marks and colons", () => {
    expect(sentences("Das ist wichtig: Bringen Sie Ihren Pass mit. Fertig!")).toEqual([
      "Das ist wichtig:",
      "Bringen Sie Ihren Pass mit.",
      "Fertig!",
    ]);
  });
});
