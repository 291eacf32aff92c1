// A Bauantrag's answers in the shape of XBau's application message (baugenehmigung.antrag.0200):
// the parties (Bauherr, Entwurfsverfasser), the plot with its cadastral key, the project with its
// procedure, and the documents. Element names follow XBau; the code values are ours until the
// building authority's software names the XBau code list versions it reads. README: "XBau".
import type { Answers } from "../../../src/lib/contract/applications";

type ExportFile = { name: string; mediaType: string; sha256: string };

const str = (answers: Answers, key: string) => {
  const value = answers[key];
  return typeof value === "string" ? value : null;
};

/** "345/6" is Zähler 345, Nenner 6 (XBau Flurstueckskennzeichen). */
function flurstueck(value: string | null) {
  const [zaehler, nenner] = (value ?? "").split("/");
  return { zaehler: zaehler ?? "", nenner: nenner ?? null };
}

const PROCEDURES: Record<string, string> = {
  simplified: "vereinfacht",
  regular: "regulaer",
  preliminary: "vorbescheid",
};

const MEASURES: Record<string, string> = {
  newBuilding: "errichtung",
  alteration: "aenderung",
  extension: "erweiterung",
  changeOfUse: "nutzungsaenderung",
  demolition: "beseitigung",
};

const DOCUMENT_TYPES: Record<string, string> = {
  sitePlan: "lageplan",
  drawings: "bauzeichnung",
  buildingDescription: "baubeschreibung",
  structuralProof: "standsicherheitsnachweis",
  photos: "foto",
};

export function bauantragAsXBau(answers: Answers, files: Record<string, ExportFile[]>) {
  return {
    nachricht: "baugenehmigung.antrag.0200",
    bauherr: {
      name: {
        vorname: str(answers, "applicantGivenName"),
        familienname: str(answers, "applicantFamilyName"),
      },
      anschrift: {
        strasseHausnummer: str(answers, "applicantStreet"),
        postleitzahl: str(answers, "applicantPostalCode"),
        ort: str(answers, "applicantCity"),
      },
      kommunikation: { email: str(answers, "applicantEmail"), telefon: str(answers, "applicantPhone") },
    },
    entwurfsverfasser: {
      name: str(answers, "designerName"),
      bauvorlageberechtigung: str(answers, "designerQualification"),
      kammermitgliedsnummer: str(answers, "designerChamberNumber"),
      kommunikation: { email: str(answers, "designerEmail") },
    },
    baugrundstueck: {
      lage: str(answers, "plotStreet"),
      flurstueckskennzeichen: {
        gemarkung: str(answers, "gemarkung"),
        flur: str(answers, "flur"),
        flurstueck: flurstueck(str(answers, "flurstueck")),
      },
    },
    bauvorhaben: {
      bezeichnung: str(answers, "description"),
      artDerMassnahme: MEASURES[str(answers, "projectKind") ?? ""] ?? null,
      verfahrensart: PROCEDURES[str(answers, "procedure") ?? ""] ?? null,
      gebaeudeklasse: str(answers, "buildingClass"),
      baukostenEuro: str(answers, "estimatedCost"),
    },
    anlagen: Object.entries(files).flatMap(([slot, list]) =>
      list.map((file) => ({
        dokumenttyp: DOCUMENT_TYPES[slot] ?? slot,
        dateiname: file.name,
        mimeType: file.mediaType,
        hashwert: { algorithmus: "SHA-256", wert: file.sha256 },
      })),
    ),
  };
}
