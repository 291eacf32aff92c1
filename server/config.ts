// Reads the environment once at start. A bad value stops the server with a message that names it.
import { resolve } from "node:path";
import { z } from "zod";

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
  TRUST_PROXY: flag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SW_KILL_SWITCH: flag,
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Delmenhorst App <noreply@localhost>"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  /** The origin residents use, e.g. https://app.delmenhorst.de; turns on HSTS when https. */
  publicOrigin: string | undefined;
  /** Behind a reverse proxy: take client IP and protocol from X-Forwarded-* headers. */
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Serve a service worker that removes itself and all caches (the way out of a broken worker). */
  swKillSwitch: boolean;
  /** Where links in mails point and which Origin state-changing requests must come from. */
  appOrigin: string;
  /** smtp(s)://user:pass@host:port; unset: mails are written to the log (development). */
  smtpUrl: string | undefined;
  mailFrom: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
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
    appOrigin: e.PUBLIC_ORIGIN?.replace(/\/$/, "") ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
  };
}
