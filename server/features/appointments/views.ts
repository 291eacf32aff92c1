// What an appointment row becomes for the citizen (API answers, change feed) and for staff.
import {
  type Appointment,
  type ServiceLine,
  serviceLineSchema,
  type StaffAppointment,
} from "../../../src/lib/contract/appointments";
import { z } from "../../../src/lib/contract/zod";
import type { Office, Service } from "../../../src/lib/contract/guide";
import type { AppointmentTable } from "../../db/schema";
import { residentLanguage, residentTexts } from "../../texts/resident-texts";
import { appointmentCalendar } from "./calendar";
import type { MailVisit } from "./mails";

export type AppointmentRow = AppointmentTable;

const storedLines = z.array(serviceLineSchema);
export const serviceLinesOf = (row: Pick<AppointmentRow, "services">): ServiceLine[] =>
  storedLines.parse(JSON.parse(row.services));

/** The guide's text in the appointment's language, German where the guide has none in it. */
const textIn = <T>(texts: { de: T } & Partial<Record<string, T>>, language: string): T =>
  texts[residentLanguage(language)] ?? texts.de;

/** "Personalausweis (2 Personen), Meldebescheinigung" in the appointment's language. */
export function visitTitle(lines: ServiceLine[], services: Map<string, Service>, language: string): string {
  const texts = residentTexts(language).calendar;
  return lines
    .map((line) => {
      const service = services.get(line.serviceId);
      const title = service ? textIn(service.text, language).title : line.serviceId;
      return line.persons === 1 ? title : texts.persons(title, line.persons);
    })
    .join(", ");
}

/** Everything to bring, once each, in the order the services list it. */
export function checklist(lines: ServiceLine[], services: Map<string, Service>, language: string): string[] {
  return [
    ...new Set(
      lines.flatMap((line) => {
        const service = services.get(line.serviceId);
        return service ? textIn(service.text, language).documents : [];
      }),
    ),
  ];
}

export function officeLocation(office: Office | undefined, language: string): string {
  if (!office) return "";
  const { street, postalCode, city } = office.address;
  return `${textIn(office.text, language).name}, ${street}, ${postalCode} ${city}`;
}

export function toAppointment(
  row: AppointmentRow,
  office: Office | undefined,
  services: Map<string, Service>,
): Appointment {
  const lines = serviceLinesOf(row);
  // The calendar file speaks the booking's language, any of the ten (issue 20).
  const texts = residentTexts(row.language).calendar;
  const bring = checklist(lines, services, row.language);
  const description = [
    texts.reference(row.reference),
    ...(bring.length > 0 ? ["", texts.bring, ...bring.map((d) => `- ${d}`)] : []),
  ].join("\n");
  return {
    ...commonView(row),
    calendar: appointmentCalendar({
      id: row.id,
      reference: row.reference,
      start: row.starts_at,
      end: row.ends_at,
      title: texts.summary(visitTitle(lines, services, row.language)),
      location: officeLocation(office, row.language),
      description,
      sequence: row.sequence,
      cancelled: row.status === "cancelled",
      updatedAt: row.updated_at,
    }),
  };
}

/** What residents and staff both see of an appointment. */
function commonView(row: AppointmentRow): Omit<Appointment, "calendar"> {
  return {
    id: row.id,
    reference: row.reference,
    officeId: row.office_id,
    services: serviceLinesOf(row),
    start: row.starts_at,
    end: row.ends_at,
    visitType: row.visit_type,
    status: row.status,
    name: row.name,
    email: row.email,
    holdExpiresAt: row.hold_expires_at,
    createdAt: row.created_at,
  };
}

export function toStaffAppointment(row: AppointmentRow): StaffAppointment {
  return {
    ...commonView(row),
    counter: row.counter,
    phone: row.phone,
    accountId: row.account_id,
    checkedInAt: row.checked_in_at,
  };
}

/** What the appointment mails say about the visit. */
export function mailFacts(
  row: AppointmentRow,
  guide: { office: Office | undefined; services: Map<string, Service> },
): MailVisit {
  return {
    to: row.email,
    language: row.language,
    reference: row.reference,
    start: row.starts_at,
    title: visitTitle(serviceLinesOf(row), guide.services, row.language),
    location: officeLocation(guide.office, row.language),
  };
}
