// Appointments booked by a signed-in resident through the API, as the booking pages do: for stories
// about what comes after the booking (the clerk's day, the start page's overview).
import { expect, type Page } from "@playwright/test";
import { bookingResultSchema, slotsResponseSchema } from "../../../src/lib/contract/appointments";

const OFFICE = "buergerbuero";

/** GET /api/appointments/slots from the signed-in page, as the booking pages ask it. */
export async function slots(page: Page, services: string) {
  const query = new URLSearchParams({ office: OFFICE, services });
  const body: unknown = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    return response.json();
  }, `/api/appointments/slots?${query.toString()}`);
  return slotsResponseSchema.parse(body);
}

/**
 * POST /api/appointments as the signed-in resident: no proof of work, confirmed at once. A
 * state-changing request needs the CSRF token of the session (src/lib/http.ts does the same).
 */
export async function book(page: Page, serviceId: string, start: string) {
  const body: unknown = await page.evaluate(
    async (booking) => {
      const session: unknown = await (
        await fetch("/api/auth/session", { headers: { Accept: "application/json" } })
      ).json();
      const token =
        typeof session === "object" && session !== null && "csrfToken" in session
          ? String(session.csrfToken)
          : "";
      const response = await fetch("/api/appointments", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": token },
        body: JSON.stringify(booking),
      });
      const answer: unknown = await response.json();
      return { status: response.status, body: answer };
    },
    {
      officeId: OFFICE,
      services: [{ serviceId, persons: 1 }],
      start,
      visitType: "on-site",
      language: "de",
    },
  );
  const result = bookingResultSchema.safeParse(
    typeof body === "object" && body !== null && "body" in body ? body.body : undefined,
  );
  if (!result.success) throw new Error(`booking failed: ${JSON.stringify(body)}`);
  expect(result.data.appointment.status).toBe("confirmed");
  return result.data.appointment;
}
