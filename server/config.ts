// Reads the environment once at start. A bad value stops the server with a message that names it.
import { join, resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_PUSH_SERVICE_HOSTS, parseHostRule } from "./features/push/push-services";

const flag = z
  .enum(["0", "1", "true", "false"])
  .default("0")
  .transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "must be a postgres:// URL; leave it unset for the embedded SQLite database",
    )
    .optional(),
  STATIC_DIR: z.string().min(1).default("./dist"),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  // 0/1 (and false/true) as before; n: that many proxies in a row append to X-Forwarded-For.
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|true|false)$/, "0 (no proxy), 1 or the number of proxies in a row")
    .default("0")
    .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SW_KILL_SWITCH: flag,
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Delmenhorst App <noreply@localhost>"),
  NINA_BASE_URL: z.url({ protocol: /^https?$/ }).default("https://warnung.bund.de/api31"),
  NINA_POLL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  OPARL_SYSTEM_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPARL_POLL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
  /** Where the council's live streams come from ("https://stream.example,https://cdn.example"): the CSP lets the player load them. */
  COUNCIL_STREAM_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return undefined;
      const origins = v
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) {
          ctx.addIssue({ code: "custom", message: `not an https origin: ${origin}` });
          return z.NEVER;
        }
      }
      return origins;
    }),
  MAP_STYLE_URL: z
    .url({ protocol: /^https?$/ })
    .default("https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json"),
  MAP_CACHE_DIR: z.string().min(1).optional(),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, "a P-256 public key, base64url")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "a P-256 private key, base64url")
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:)/, "mailto: or https: URL")
    .optional(),
  PUSH_SERVICE_HOSTS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const hosts = v
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean);
      for (const host of hosts) {
        try {
          parseHostRule(host);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        }
      }
      return hosts;
    }),
  CHAT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // Bytes a photo or PDF in the chat may have (the multipart body may be a little larger).
  CHAT_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  ACCESSIBILITY_CONTACT_EMAIL: z.email().optional(),
  BACKGROUND_JOBS: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((v) => v === "1" || v === "true"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  /** The origin residents use, e.g. https://app.delmenhorst.de; turns on HSTS when https. */
  publicOrigin: string | undefined;
  /**
   * Reverse proxies in front (0: none): the client's address is the X-Forwarded-For entry this many
   * places from the right; protocol and host come from X-Forwarded-Proto/-Host.
   */
  trustProxy: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Serve a service worker that removes itself and all caches (the way out of a broken worker). */
  swKillSwitch: boolean;
  /** Where links in mails point and which Origin state-changing requests must come from. */
  appOrigin: string;
  /** smtp(s)://user:pass@host:port; unset: mails are written to the log (development). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** NINA API base (no trailing slash). */
  ninaBaseUrl: string;
  /** Seconds between polls of NINA; 0 turns the poller off (tests, development without network). */
  ninaPollSeconds: number;
  /** The council information system's OParl System object (OParl 1.0/1.1); unset: no council import. */
  oparlSystemUrl: string | undefined;
  /** Seconds between the council import's incremental runs. */
  oparlPollSeconds: number;
  /** Origins of the council's live streams and recordings (HLS), allowed in the CSP; unset: none. */
  councilStreamOrigins: string[] | undefined;
  /** The basemap's MapLibre style (default basemap.de); its tiles, sprite and glyphs go through our proxy. */
  mapStyleUrl: string;
  /** Disk cache of the tile proxy; default DATA_DIR/map-cache. */
  mapCacheDir: string;
  /** Both or neither: keys from the environment; otherwise generated once into DATA_DIR/vapid.json. */
  vapidKeys: { publicKey: string; privateKey: string } | undefined;
  /** Contact for push services (RFC 8292): mailto: or https:; default the app's origin. */
  vapidSubject: string;
  /** Hosts (`host`, `*.domain`, `host:port`) of the push services subscriptions may point to. */
  pushServiceHosts: string[];
  /** This process polls NINA and runs the push engine; exactly one process of a deployment should. */
  backgroundJobs: boolean;
  /** Days after its end a chat (transcript and attachments) is deleted, unless saved to the postbox. */
  chatRetentionDays: number;
  /** Bytes a photo or PDF sent in the chat may have. */
  chatAttachmentMaxBytes: number;
  /** The city's accessibility contact: every feedback on a barrier is mailed there too. */
  accessibilityContactEmail: string | undefined;
};

export class ConfigError extends Error {}

const appOriginOf = (e: z.infer<typeof envSchema>) =>
  e.PUBLIC_ORIGIN?.replace(/\/$/, "") ?? `http://localhost:${e.PORT}`;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (Boolean(e.VAPID_PUBLIC_KEY) !== Boolean(e.VAPID_PRIVATE_KEY)) {
    throw new ConfigError(
      "Invalid configuration:\n  VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both or neither",
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    staticDir: resolve(e.STATIC_DIR),
    publicOrigin: e.PUBLIC_ORIGIN?.replace(/\/$/, ""),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    swKillSwitch: e.SW_KILL_SWITCH,
    appOrigin: appOriginOf(e),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    ninaBaseUrl: e.NINA_BASE_URL.replace(/\/$/, ""),
    ninaPollSeconds: e.NINA_POLL_SECONDS,
    oparlSystemUrl: e.OPARL_SYSTEM_URL,
    oparlPollSeconds: e.OPARL_POLL_SECONDS,
    councilStreamOrigins: e.COUNCIL_STREAM_ORIGINS,
    mapStyleUrl: e.MAP_STYLE_URL,
    mapCacheDir: resolve(e.MAP_CACHE_DIR ?? join(e.DATA_DIR, "map-cache")),
    vapidKeys:
      e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY
        ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY }
        : undefined,
    vapidSubject: e.VAPID_SUBJECT ?? appOriginOf(e),
    pushServiceHosts: e.PUSH_SERVICE_HOSTS ?? DEFAULT_PUSH_SERVICE_HOSTS,
    backgroundJobs: e.BACKGROUND_JOBS,
    chatRetentionDays: e.CHAT_RETENTION_DAYS,
    chatAttachmentMaxBytes: e.CHAT_ATTACHMENT_MAX_BYTES,
    accessibilityContactEmail: e.ACCESSIBILITY_CONTACT_EMAIL,
  };
}
