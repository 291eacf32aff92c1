// A council information system of a city of Delmenhorst's size, generated deterministically in OParl
// 1.1 shape for the OParl stand-in (server/testing/oparl-stand-in.ts): committees, persons with their
// memberships, rooms, 1,000 meetings with agendas and 5,000 papers with consultations and files, and
// the text of each paper's main file for the full-text search.
import { random } from "./shops";

export const GENERATED_MEETINGS = 1_000;
export const GENERATED_PAPERS = 5_000;

const OPARL = "https://ris.delmenhorst.invalid/oparl";
const FILES = "https://ris.delmenhorst.invalid/files";
const SCHEMA = "https://schema.oparl.org/1.1";
/** Eight years of council work; every object was last modified before the bench runs. */
const FIRST_DAY = Date.UTC(2019, 0, 7);
const LAST_DAY = Date.UTC(2026, 11, 18);
const MODIFIED = "2026-11-30T08:00:00+01:00";
const DAY_MS = 24 * 3600_000;

type Raw = Record<string, unknown>;

const COMMITTEES = [
  ["rat", "Rat der Stadt Delmenhorst", "Rat", "Rat"],
  ["va", "Verwaltungsausschuss", "VA", "Hauptorgan"],
  ["pbv", "Ausschuss für Planen, Bauen und Verkehr", "Planungsausschuss", "Ausschuss"],
  ["sbs", "Ausschuss für Schule, Bildung und Sport", "Schulausschuss", "Ausschuss"],
  ["fin", "Ausschuss für Finanzen und Beteiligungen", "Finanzausschuss", "Ausschuss"],
  ["jhs", "Jugendhilfeausschuss", "JHA", "Ausschuss"],
  ["soz", "Ausschuss für Soziales, Gesundheit und Integration", "Sozialausschuss", "Ausschuss"],
  ["uks", "Ausschuss für Umwelt und Klimaschutz", "Umweltausschuss", "Ausschuss"],
  ["wir", "Ausschuss für Wirtschaft und Stadtmarketing", "Wirtschaftsausschuss", "Ausschuss"],
  ["kul", "Ausschuss für Kultur", "Kulturausschuss", "Ausschuss"],
  ["ord", "Ausschuss für Feuerwehr, Ordnung und Sicherheit", "Ordnungsausschuss", "Ausschuss"],
  ["bet", "Betriebsausschuss Abwasser", "Betriebsausschuss", "Ausschuss"],
] as const;
const GROUPS = ["SPD", "CDU", "Grüne", "FDP", "Die Linke", "Gruppe UWG/Freie Wähler"];
const ROOMS = [
  "Rathaus, Ratssaal, Rathausplatz 1",
  "Rathaus, Sitzungssaal 1, Rathausplatz 1",
  "Rathaus, Sitzungssaal 2, Rathausplatz 1",
  "Markthalle, Großer Saal, Lange Straße 30",
  "Kleines Haus, Max-Planck-Straße 4",
  "Feuerwache, Schulungsraum, Brendelweg 100",
];
const STREETS = [
  "Stedinger Straße",
  "Oldenburger Straße",
  "Lange Straße",
  "Bremer Straße",
  "Cramerstraße",
  "Am Wollepark",
  "Nordenhamer Straße",
  "Syker Straße",
  "Wildeshauser Straße",
  "Brauenkamper Straße",
  "Annenheider Allee",
  "Deichhorster Straße",
  "Schanzenstraße",
  "Hasporter Damm",
  "An den Graften",
  "Düsternortstraße",
];
const PLACES = [
  "Grundschule Am Grünen Kamp",
  "Grundschule Beethovenstraße",
  "Oberschule Süd",
  "Kita Stadtwald",
  "Kita Deichhorst",
  "Hallenbad GraftTherme",
  "Stadtbücherei",
  "Feuerwache Nord",
  "Sporthalle Düsternort",
  "Nordwestdeutsches Museum für IndustrieKultur",
];
const TOPICS: ((street: string, place: string, n: number) => string)[] = [
  (s, _p, n) => `Bebauungsplan Nr. ${n} „${s}“ – Aufstellungsbeschluss`,
  (s, _p, n) => `Bebauungsplan Nr. ${n} „${s}“ – Satzungsbeschluss`,
  (_s, p) => `Sanierung der Turnhalle der ${p}`,
  (_s, p) => `Erweiterung der ${p} um einen Anbau`,
  (s) => `Radweg an der ${s}: Planung und Förderantrag`,
  (s) => `Tempo 30 in der ${s}`,
  (s) => `Straßenbeleuchtung in der ${s} auf LED umstellen`,
  (_s, _p, n) => `Haushaltssatzung und Haushaltsplan ${2019 + (n % 8)}`,
  (_s, p) => `Brandschutz in der ${p}: Mittel für Nachrüstung`,
  (s) => `Ladesäulen für Elektroautos an der ${s}`,
  (_s, p) => `Photovoltaik auf dem Dach der ${p}`,
  (s) => `Spielplatz an der ${s}: neue Geräte`,
  (s) => `Lärmschutz an der ${s}`,
  (_s, _p, n) => `Klimaschutzkonzept: Bericht ${2019 + (n % 8)}`,
  (s) => `Parkgebühren in der Innenstadt und an der ${s}`,
  (_s, p) => `Barrierefreier Zugang zur ${p}`,
];
const KINDS = [
  ["Beschlussvorlage", "BV"],
  ["Beschlussvorlage", "BV"],
  ["Mitteilungsvorlage", "MV"],
  ["Antrag", "A"],
  ["Anfrage", "AF"],
] as const;
const GIVEN = [
  "Anna",
  "Bernd",
  "Clara",
  "Deniz",
  "Elena",
  "Frank",
  "Gül",
  "Hannes",
  "Ilka",
  "Jan",
  "Katarzyna",
];
const FAMILY = ["Meyer", "Schröder", "Yılmaz", "Janssen", "Kowalski", "Brüning", "Petrov", "Wübbenhorst"];
const RESULTS = ["einstimmig beschlossen", "mehrheitlich beschlossen", "empfohlen", "vertagt", "abgelehnt"];

const organizationId = (key: string) => `${OPARL}/organizations/${key}`;
const meetingId = (n: number) => `${OPARL}/meetings/${n}`;
export const paperId = (n: number) => `${OPARL}/papers/${n}`;
/** The OParl id of the n-th paper's main file. */
export const mainFileId = (n: number) => `${OPARL}/files/p${n}`;
const offsetOf = (day: Date) => (day.getUTCMonth() >= 3 && day.getUTCMonth() <= 9 ? "+02:00" : "+01:00");
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function file(id: string, name: string, fileName: string, size: number): Raw {
  return {
    id: `${OPARL}/files/${id}`,
    type: `${SCHEMA}/File`,
    name,
    fileName,
    mimeType: "application/pdf",
    size,
    accessUrl: `${FILES}/${fileName}`,
    modified: MODIFIED,
  };
}

export type GeneratedCouncil = {
  organizations: Raw[];
  persons: Raw[];
  memberships: Raw[];
  locations: Raw[];
  meetings: Raw[];
  papers: Raw[];
  legislativeTerms: Raw[];
  /** The topic line of each paper, for its file's text. */
  paperTopics: { name: string; street: string; place: string }[];
};

export function generateCouncil(): GeneratedCouncil {
  const next = random(21);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const organizations: Raw[] = [
    ...COMMITTEES.map(([key, name, shortName, classification]) => ({ key, name, shortName, classification })),
    ...GROUPS.map((name, i) => ({
      key: `f${i}`,
      name: `Fraktion ${name}`,
      shortName: name,
      classification: "Fraktion",
    })),
  ].map(({ key, ...fields }) => ({
    id: organizationId(key),
    type: `${SCHEMA}/Organization`,
    ...fields,
    modified: MODIFIED,
  }));

  // 44 council members (each in the council, a group and two or three committees) and 20 citizens
  // who advise a committee without a vote.
  const persons: Raw[] = [];
  const memberships: Raw[] = [];
  for (let n = 0; n < 64; n++) {
    const id = `${OPARL}/persons/${n}`;
    const councillor = n < 44;
    const keys = councillor
      ? ["rat", `f${n % GROUPS.length}`, COMMITTEES[2 + (n % 10)]![0], COMMITTEES[2 + ((n * 3 + 1) % 10)]![0]]
      : [COMMITTEES[2 + (n % 10)]![0]];
    const own = [...new Set(keys)].map((key) => ({
      id: `${OPARL}/memberships/${n}-${key}`,
      type: `${SCHEMA}/Membership`,
      person: id,
      organization: organizationId(key),
      role: councillor ? (key === "rat" ? "Ratsmitglied" : "Mitglied") : "Sachkundige/r Bürger/in",
      votingRight: councillor,
      startDate: "2021-11-01",
      modified: MODIFIED,
    }));
    memberships.push(...own);
    persons.push({
      id,
      type: `${SCHEMA}/Person`,
      name: `${GIVEN[n % GIVEN.length]} ${FAMILY[(n * 7) % FAMILY.length]}`,
      membership: own,
      modified: MODIFIED,
    });
  }
  const locations: Raw[] = ROOMS.map((description, n) => ({
    id: `${OPARL}/locations/${n}`,
    type: `${SCHEMA}/Location`,
    description,
    modified: MODIFIED,
  }));

  // Meetings spread evenly over the years, the council every eighth, committees in turn.
  const meetings = Array.from({ length: GENERATED_MEETINGS }, (_, n) => {
    const dayMs = FIRST_DAY + Math.round(((LAST_DAY - FIRST_DAY) * n) / GENERATED_MEETINGS);
    const day = new Date(dayMs);
    const [key, name] = n % 8 === 0 ? COMMITTEES[0] : COMMITTEES[1 + (n % (COMMITTEES.length - 1))]!;
    const date = isoDay(dayMs);
    return {
      id: meetingId(n),
      type: `${SCHEMA}/Meeting`,
      name: `${1 + Math.floor(n / COMMITTEES.length)}. Sitzung: ${name}`,
      start: `${date}T17:00:00${offsetOf(day)}`,
      end: `${date}T19:30:00${offsetOf(day)}`,
      organization: [organizationId(key)],
      location: locations[n % locations.length],
      invitation: file(`m${n}-inv`, "Einladung", `einladung-${n}.pdf`, 180_000),
      ...(dayMs < LAST_DAY - 30 * DAY_MS
        ? { resultsProtocol: file(`m${n}-prot`, "Niederschrift", `niederschrift-${n}.pdf`, 420_000) }
        : {}),
      agendaItem: [] as Raw[],
      modified: MODIFIED,
    };
  });
  const past = meetings.map((meeting) => Date.parse(String(meeting.start)) < LAST_DAY - 30 * DAY_MS);

  // Each paper is discussed in one to three meetings after its date, each time as an agenda item.
  const papers: Raw[] = [];
  const paperTopics: GeneratedCouncil["paperTopics"] = [];
  for (let n = 0; n < GENERATED_PAPERS; n++) {
    const dayMs = FIRST_DAY + Math.round(((LAST_DAY - FIRST_DAY - 40 * DAY_MS) * n) / GENERATED_PAPERS);
    const [paperType, prefix] = pick(KINDS);
    const year = new Date(dayMs).getUTCFullYear();
    const reference = `${prefix} ${year}/${String(1 + (n % 700)).padStart(4, "0")}`;
    const street = pick(STREETS);
    const place = pick(PLACES);
    const name = pick(TOPICS)(street, place, 10 + (n % 90));
    paperTopics.push({ name, street, place });
    const first = Math.min(
      GENERATED_MEETINGS - 1,
      Math.floor((n * GENERATED_MEETINGS) / GENERATED_PAPERS) + 1,
    );
    const stops = 1 + Math.floor(next() * 3);
    const consultation: Raw[] = [];
    for (let k = 0; k < stops; k++) {
      const index = Math.min(GENERATED_MEETINGS - 1, first + k * 4);
      const meeting = meetings[index]!;
      const item = `${OPARL}/agendaitems/${n}-${k}`;
      const id = `${OPARL}/consultations/${n}-${k}`;
      if (consultation.some((c) => c.meeting === meeting.id)) continue;
      meeting.agendaItem.push({
        id: item,
        type: `${SCHEMA}/AgendaItem`,
        name,
        public: true,
        consultation: id,
        ...(past[index] ? { result: pick(RESULTS) } : {}),
      });
      consultation.push({
        id,
        type: `${SCHEMA}/Consultation`,
        paper: paperId(n),
        meeting: meeting.id,
        agendaItem: item,
        organization: meeting.organization,
        role: k === stops - 1 ? "Entscheidung" : "Vorberatung",
        authoritative: k === stops - 1,
      });
    }
    const slug = reference.replace(/\W+/g, "-").toLowerCase();
    const aux = Math.floor(next() * 3);
    papers.push({
      id: paperId(n),
      type: `${SCHEMA}/Paper`,
      name,
      reference,
      date: isoDay(dayMs),
      paperType,
      consultation,
      mainFile: file(
        `p${n}`,
        `${paperType} ${reference}`,
        `${slug}.pdf`,
        90_000 + Math.floor(next() * 400_000),
      ),
      ...(aux > 0
        ? {
            auxiliaryFile: Array.from({ length: aux }, (_, a) =>
              file(`p${n}-${a}`, `Anlage ${a + 1}`, `${slug}-anlage-${a + 1}.pdf`, 300_000),
            ),
          }
        : {}),
      ...(next() < 0.2
        ? {
            location: [
              {
                id: `${OPARL}/locations/p${n}`,
                type: `${SCHEMA}/Location`,
                description: street,
                geojson: { type: "Point", coordinates: [8.58 + next() * 0.1, 53.02 + next() * 0.05] },
              },
            ],
          }
        : {}),
      modified: MODIFIED,
    });
  }

  // Each agenda: opening, minutes, the papers, announcements, then the non-public part.
  for (const meeting of meetings) {
    const items: Raw[] = [
      { id: `${meeting.id}/open`, name: "Eröffnung, Feststellung der Tagesordnung", public: true },
      { id: `${meeting.id}/minutes`, name: "Genehmigung der Niederschrift", public: true },
      ...meeting.agendaItem,
      { id: `${meeting.id}/news`, name: "Mitteilungen der Verwaltung", public: true },
      { id: `${meeting.id}/questions`, name: "Anfragen und Anregungen", public: true },
      { id: `${meeting.id}/closed`, name: "Grundstücksangelegenheit", public: false },
    ];
    meeting.agendaItem = items.map((item, i) => ({
      type: `${SCHEMA}/AgendaItem`,
      ...item,
      number: `${i + 1}.`,
      order: i + 1,
    }));
  }

  const legislativeTerms = [2016, 2021, 2026].map((from) => ({
    id: `${OPARL}/legislativeterms/${from}`,
    type: `${SCHEMA}/LegislativeTerm`,
    name: `Wahlperiode ${from}–${from + 5}`,
    startDate: `${from}-11-01`,
    endDate: `${from + 5}-10-31`,
  }));
  return { organizations, persons, memberships, locations, meetings, papers, legislativeTerms, paperTopics };
}

const OPENINGS = [
  "Sachverhalt:",
  "Begründung:",
  "Beschlussvorschlag:",
  "Finanzielle Auswirkungen:",
  "Auswirkungen auf den Klimaschutz:",
];
const SENTENCES = [
  "Die Verwaltung schlägt vor, die Maßnahme im Haushaltsjahr umzusetzen.",
  "Die Kosten werden auf rund {euro} Euro geschätzt; Fördermittel des Landes Niedersachsen sind beantragt.",
  "Der Ortsrat und die Anwohnerinnen und Anwohner der {street} wurden im Rahmen einer Bürgerinformationsveranstaltung beteiligt.",
  "Die Stellungnahmen der Träger öffentlicher Belange liegen als Anlage bei.",
  "Die Baumaßnahme an der {place} soll in den Sommerferien beginnen, damit der Unterricht nicht gestört wird.",
  "Ein Gutachten zum Verkehr auf der {street} empfiehlt zusätzliche Querungshilfen für Fußgänger.",
  "Die Entwässerung erfolgt über das bestehende Regenrückhaltebecken; der Betriebsausschuss Abwasser wurde beteiligt.",
  "Für die Ausschreibung gilt das Niedersächsische Tariftreue- und Vergabegesetz.",
  "Die Barrierefreiheit der Zugänge wurde mit dem Behindertenbeirat abgestimmt.",
  "Nach § 58 NKomVG entscheidet der Rat; der Verwaltungsausschuss bereitet den Beschluss vor.",
  "Die Stadtwerke Delmenhorst prüfen den Anschluss an das Fernwärmenetz.",
  "Der Baumbestand entlang der {street} bleibt erhalten; zwölf Bäume werden nachgepflanzt.",
  "Die Folgekosten für Unterhaltung und Reinigung betragen jährlich etwa {euro} Euro.",
  "Die Ergebnisse der Lärmmessung an der {street} liegen unter den Grenzwerten der 16. BImSchV.",
];

/** The text of a paper's main file: its title, then sections of the usual sentences (about 3 KB). */
export function paperText(topic: GeneratedCouncil["paperTopics"][number], n: number): string {
  const next = random(1_000 + n);
  const fill = (sentence: string) =>
    sentence
      .replace("{street}", topic.street)
      .replace("{place}", topic.place)
      .replace("{euro}", (10_000 + Math.floor(next() * 2_000_000)).toLocaleString("de-DE"));
  const sections = OPENINGS.map((heading) => {
    const count = 3 + Math.floor(next() * 4);
    const body = Array.from({ length: count }, () => fill(SENTENCES[Math.floor(next() * SENTENCES.length)]!));
    return `${heading}\n${body.join(" ")}`;
  });
  return `${topic.name}\n\n${sections.join("\n\n")}`;
}
