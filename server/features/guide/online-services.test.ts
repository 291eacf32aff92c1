// The guide and the online forms tell one story: a form's application lands in the department of
// the office the guide names for its service, and a service that is completely online leads somewhere.
import { beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_DEFINITIONS, definitionForService } from "../../../src/lib/contract/application-forms";
import { type GuideContent, loadGuideSeed } from "./seed";

let content: GuideContent;

beforeAll(async () => {
  content = await loadGuideSeed();
});

describe("online forms and the services guide", () => {
  it("routes every form to the department of the office the guide names for its service", () => {
    const mismatches = APPLICATION_DEFINITIONS.flatMap((definition) => {
      if (definition.serviceId === null) return [];
      const service = content.services.find((s) => s.id === definition.serviceId);
      if (!service) return [`${definition.type}: no service ${definition.serviceId} in the guide`];
      // The first office is the one responsible; others are further places to go.
      const office = content.offices.find((o) => o.id === service.officeIds[0]);
      return office?.department === definition.department
        ? []
        : [`${definition.type} goes to ${definition.department}, the guide names ${service.officeIds[0]}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("says online for every service that has a form, and gives each service one form at most", () => {
    for (const definition of APPLICATION_DEFINITIONS) {
      if (definition.serviceId === null) continue;
      const service = content.services.find((s) => s.id === definition.serviceId);
      expect(service?.online, definition.type).not.toBe("no");
    }
    const serviceIds = APPLICATION_DEFINITIONS.flatMap((d) => (d.serviceId ? [d.serviceId] : []));
    expect(new Set(serviceIds).size).toBe(serviceIds.length);
  });

  it("leads from every service that is completely online to its form or its portal", () => {
    const withoutTarget = content.services
      .filter((s) => s.online === "yes" && !definitionForService(s.id) && !s.onlineUrl)
      .map((s) => s.id);
    expect(withoutTarget).toEqual([]);
    expect(definitionForService("hundesteuer")?.type).toBe("hundeanmeldung");
  });

  it("names the same department for an office's calendar as for its work", () => {
    for (const office of content.offices) {
      if (office.booking) expect(office.department, office.id).toBe(office.booking.department);
    }
  });
});
