// The appointment as an iCalendar file (RFC 5545), for "add to calendar". Times in UTC (valid
// everywhere without a VTIMEZONE); the UID stays the same when the appointment moves, and SEQUENCE
// goes up, so calendars update the event instead of adding a second one.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type CalendarEntry = {
  id: string;
  reference: string;
  start: string;
  end: string;
  title: string;
  location: string;
  description: string;
  sequence: number;
  cancelled: boolean;
  /** When the appointment last changed (DTSTAMP): the same file for the same state. */
  updatedAt: string;
};

export function appointmentCalendar(entry: CalendarEntry): string {
  const calendar = ical({
    prodId: { company: "Stadt Delmenhorst", product: "Delmenhorst App", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${entry.id}@app.delmenhorst.de`,
    start: new Date(entry.start),
    end: new Date(entry.end),
    stamp: new Date(entry.updatedAt),
    summary: entry.title,
    location: entry.location,
    description: entry.description,
    sequence: entry.sequence,
    status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
