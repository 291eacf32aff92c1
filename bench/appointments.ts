// Appointment booking under load: 100 clients at once against the production server over loopback
// (SQLite), first asking for free slots, then booking without an account the way the app does
// (session, CSRF token, solved ALTCHA challenge). Every client comes from its own address
// (X-Forwarded-For behind TRUST_PROXY), as residents do; the per-address limits stay in force.
import { createHash } from "node:crypto";
import {
  altchaChallengeSchema,
  bookingResultSchema,
  slotsResponseSchema,
} from "../src/lib/contract/appointments";
import { sessionInfoSchema } from "../src/lib/contract/account";
import { quantile } from "./search";
import { startServer } from "./server";

export const CLIENTS = 100;
const SLOT_QUERIES_PER_CLIENT = 20;
const BOOKINGS_PER_CLIENT = 5;

/** Visits residents book at the Bürgerbüro (from the seed), one or several services. */
const VISITS = [
  [{ serviceId: "personalausweis", persons: 1 }],
  [{ serviceId: "reisepass", persons: 2 }],
  [
    { serviceId: "personalausweis", persons: 2 },
    { serviceId: "meldebescheinigung", persons: 1 },
  ],
  [{ serviceId: "ummeldung", persons: 1 }],
  [{ serviceId: "hilfe-online-dienste", persons: 1 }],
];

export type LatencyTiming = {
  p50Ms: number;
  p99Ms: number;
  requests: number;
  perSecond: number;
  statuses: Record<number, number>;
};

class Client {
  private cookies = new Map<string, string>();
  private csrf = "";
  constructor(
    private readonly baseUrl: string,
    private readonly origin: string,
    private readonly ip: string,
  ) {}

  async start() {
    const response = await this.fetch("/api/auth/session");
    this.csrf = sessionInfoSchema.parse(await response.json()).csrfToken;
  }

  async fetch(path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { "x-forwarded-for": this.ip };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (body !== undefined) {
      Object.assign(headers, {
        origin: this.origin,
        "x-csrf-token": this.csrf,
        "content-type": "application/json",
      });
    }
    const request = () =>
      fetch(`${this.baseUrl}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // While this process hashes proofs of work for seconds, the server closes idle keep-alive
    // connections (5 s). A GET on such a socket is simply sent again; so is a POST whose socket was
    // found closed (undici's UND_ERR_SOCKET): it never reached the server, and if it had, its
    // single-use proof of work would make the second one fail visibly, not book twice.
    const response = await request().catch((error: unknown) => {
      if (!(error instanceof TypeError)) throw error;
      if (body !== undefined && !isClosedSocket(error.cause)) throw error;
      return request();
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return response;
  }
}

const isClosedSocket = (cause: unknown) =>
  typeof cause === "object" && cause !== null && "code" in cause && cause.code === "UND_ERR_SOCKET";

/** ALTCHA v1 solved with node's synchronous hash (the browser uses crypto.subtle). */
async function solvedChallenge(client: Client): Promise<string> {
  const challenge = altchaChallengeSchema.parse(
    await (await client.fetch("/api/appointments/challenge")).json(),
  );
  const max = challenge.maxnumber ?? 1_000_000;
  for (let number = 0; number <= max; number++) {
    const hash = createHash("sha256").update(`${challenge.salt}${number}`).digest("hex");
    if (hash === challenge.challenge) {
      return Buffer.from(JSON.stringify({ ...challenge, number })).toString("base64");
    }
  }
  throw new Error("challenge without solution");
}

const slotsPath = (visit: (typeof VISITS)[number]) =>
  `/api/appointments/slots?office=buergerbuero&services=${visit.map((l) => `${l.serviceId}:${l.persons}`).join(",")}`;

async function timed(samples: number[], statuses: Record<number, number>, run: () => Promise<Response>) {
  const started = performance.now();
  const response = await run();
  const text = await response.text();
  samples.push(performance.now() - started);
  statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  return { status: response.status, text };
}

const summary = (samples: number[], statuses: Record<number, number>, elapsedMs: number): LatencyTiming => ({
  p50Ms: quantile(samples, 0.5),
  p99Ms: quantile(samples, 0.99),
  requests: samples.length,
  perSecond: (samples.length / elapsedMs) * 1000,
  statuses,
});

export async function benchAppointments(
  root: string,
): Promise<{ slots: LatencyTiming; booking: LatencyTiming }> {
  const server = await startServer(root, { TRUST_PROXY: "1" });
  try {
    const clients = Array.from(
      { length: CLIENTS },
      (_, i) => new Client(server.baseUrl, server.appOrigin, `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`),
    );
    await Promise.all(clients.map((c) => c.start()));
    // Warm-up: the first queries parse the opening hours and fill the statement caches.
    for (const visit of VISITS) await (await clients[0]!.fetch(slotsPath(visit))).text();

    const slotSamples: number[] = [];
    const slotStatuses: Record<number, number> = {};
    const offered: string[][] = VISITS.map(() => []);
    const slotsStarted = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        for (let q = 0; q < SLOT_QUERIES_PER_CLIENT; q++) {
          const v = (c + q) % VISITS.length;
          const { status, text } = await timed(slotSamples, slotStatuses, () =>
            client.fetch(slotsPath(VISITS[v]!)),
          );
          if (status === 200 && offered[v]!.length === 0) {
            offered[v] = slotsResponseSchema.parse(JSON.parse(text)).days.flatMap((d) => d.slots);
          }
        }
      }),
    );

    const slotsElapsed = performance.now() - slotsStarted;

    // Proofs of work are solved beforehand: the bench times the server, not the client's hashing.
    const proofs = await Promise.all(
      clients.map(async (client) => {
        const solved: string[] = [];
        for (let b = 0; b < BOOKINGS_PER_CLIENT; b++) solved.push(await solvedChallenge(client));
        return solved;
      }),
    );
    const bookingSamples: number[] = [];
    const bookingStatuses: Record<number, number> = {};
    const bookingsStarted = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        for (let b = 0; b < BOOKINGS_PER_CLIENT; b++) {
          const v = (c + b) % VISITS.length;
          const slots = offered[v]!;
          // Residents crowd the first days: some ask for a time someone else just took (409).
          const start = slots[(c * 7 + b * 13) % Math.min(slots.length, 400)];
          const body = {
            officeId: "buergerbuero",
            services: VISITS[v],
            start,
            visitType: "on-site",
            language: "de",
            contact: { name: `Bench ${c}-${b}`, email: `bench-${c}-${b}@example.org` },
            altcha: proofs[c]![b],
          };
          const { status, text } = await timed(bookingSamples, bookingStatuses, () =>
            client.fetch("/api/appointments", body),
          );
          if (status === 201) bookingResultSchema.parse(JSON.parse(text));
        }
      }),
    );
    const bookingsElapsed = performance.now() - bookingsStarted;
    return {
      slots: summary(slotSamples, slotStatuses, slotsElapsed),
      booking: summary(bookingSamples, bookingStatuses, bookingsElapsed),
    };
  } finally {
    await server.stop();
  }
}
