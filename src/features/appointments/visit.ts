// The rules of a visit that the browser can apply on its own: which offices and services take online
// bookings, how long the visit takes, how it can take place, and what to bring.
import type { ServiceLine, VisitType } from "../../lib/contract/appointments";
import { VISIT_TYPES } from "../../lib/contract/appointments";
import type { Language, Office, Service } from "../../lib/contract/guide";

/** Only offices with booking rules take online bookings. */
export const takesBookings = (office: Office): boolean => office.booking !== undefined;

export const isBookable = (service: Service): boolean => service.appointment !== "no";

/** Without booking rules a service is booked for one person (contract: serviceSchema.booking). */
export const maxPersons = (service: Service): number => service.booking?.maxPersons ?? 1;

export const visitTypesOf = (service: Service): readonly VisitType[] =>
  service.booking?.visitTypes ?? ["on-site"];

export function bookableServicesAt(services: Service[], officeId: string): Service[] {
  return services.filter((s) => isBookable(s) && s.officeIds.includes(officeId));
}

/** The office a service is booked at: the first of its offices that takes online bookings. */
export function bookingOfficeFor(service: Service, offices: Office[]): Office | undefined {
  if (!isBookable(service)) return undefined;
  return service.officeIds
    .map((id) => offices.find((o) => o.id === id))
    .find((office): office is Office => office !== undefined && takesBookings(office));
}

/** The ways the visit can take place: only those every chosen service allows, in a fixed order. */
export function commonVisitTypes(services: Service[]): VisitType[] {
  return VISIT_TYPES.filter((type) => services.every((s) => visitTypesOf(s).includes(type)));
}

/** Minutes at the counter: each service's time per person, times its persons. */
export function totalDuration(lines: ServiceLine[], services: Service[]): number {
  return lines.reduce((sum, line) => {
    const service = services.find((s) => s.id === line.serviceId);
    return sum + (service ? service.durationMinutes * line.persons : 0);
  }, 0);
}

const normalize = (text: string, language: Language) =>
  text.trim().replace(/\s+/g, " ").toLocaleLowerCase(language);

/**
 * "What to bring" for the whole visit: every service's list in the given language, in order, each
 * item once (two services both asking for the identity card make one line).
 */
export function mergeChecklist(services: Service[], language: Language): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const service of services) {
    for (const item of (service.text[language] ?? service.text.de).documents) {
      const key = normalize(item, language);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(item.trim());
    }
  }
  return merged;
}
