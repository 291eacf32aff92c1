// A district's collection days as an iCalendar feed (RFC 5545) that calendars subscribe with webcal:.
// All-day events with stable UIDs (district and day), so a refresh updates instead of duplicating.
import ical, { ICalCalendarMethod } from "ical-generator";
import { addDays } from "../../../src/lib/contract/berlin-time";
import type { BinType, WasteDistrict } from "../../../src/lib/contract/waste";

export const FEED_LANGUAGES = ["de", "en"] as const;
export type FeedLanguage = (typeof FEED_LANGUAGES)[number];

const BIN_NAMES: Record<FeedLanguage, Record<BinType, string>> = {
  de: {
    residual: "Restmüll",
    bio: "Bioabfall",
    paper: "Papier",
    packaging: "Gelber Sack",
    bulky: "Sperrmüll",
  },
  en: {
    residual: "Residual waste",
    bio: "Organic waste",
    paper: "Paper",
    packaging: "Packaging",
    bulky: "Bulky waste",
  },
};
const TEXTS: Record<FeedLanguage, { calendar: string; description: string }> = {
  de: {
    calendar: "Abfuhrtermine",
    description: "Abfuhrtermine der Stadt Delmenhorst. Erinnerungen und Änderungen in der Delmenhorst App:",
  },
  en: {
    calendar: "Waste collection",
    description:
      "Waste collection days of the City of Delmenhorst. Reminders and changes in the Delmenhorst App:",
  },
};

/** A date as the UTC midnight ical-generator writes back as that date (VALUE=DATE, no zone). */
const dayValue = (date: string) => new Date(`${date}T00:00:00Z`);

export function districtCalendar(district: WasteDistrict, language: FeedLanguage, appOrigin: string): string {
  const link = `${appOrigin}/abfall`;
  const texts = TEXTS[language];
  const calendar = ical({
    name: `${texts.calendar} ${district.name}`,
    description: `${texts.description} ${link}`,
    prodId: { company: "Stadt Delmenhorst", product: "Delmenhorst App", language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url: link,
    // Calendars that honour it look again daily, as the city's files are refreshed daily.
    ttl: 24 * 3600,
  });
  for (const day of district.days) {
    calendar.createEvent({
      id: `waste-${district.id}-${day.date}@app.delmenhorst.de`,
      start: dayValue(day.date),
      end: dayValue(addDays(day.date, 1)),
      allDay: true,
      stamp: new Date(district.updatedAt),
      summary: day.bins.map((bin) => BIN_NAMES[language][bin]).join(", "),
      description: `${texts.description} ${link}`,
      url: link,
    });
  }
  return calendar.toString();
}
