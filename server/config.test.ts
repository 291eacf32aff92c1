// The environment an operator sets: sensible defaults, and a clear message naming a bad variable.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

/** The ConfigError loadConfig throws for `env`; fails the test when it throws nothing or something else. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("starts with defaults when nothing is set", () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 8080,
      host: "0.0.0.0",
      dataDir: resolve("./data"),
      databaseUrl: undefined,
      staticDir: resolve("./dist"),
      publicOrigin: undefined,
      trustProxy: 0,
      logLevel: "info",
      swKillSwitch: false,
      appOrigin: "http://localhost:8080",
      smtpUrl: undefined,
      mailFrom: "Delmenhorst App <noreply@localhost>",
      ninaBaseUrl: "https://warnung.bund.de/api31",
      ninaPollSeconds: 30,
      oparlSystemUrl: undefined,
      oparlPollSeconds: 900,
      mapStyleUrl: "https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json",
      mapCacheDir: resolve("./data/map-cache"),
      vapidKeys: undefined,
      vapidSubject: "http://localhost:8080",
      pushServiceHosts: [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "*.notify.windows.com",
        "web.push.apple.com",
        "*.push.apple.com",
      ],
      backgroundJobs: true,
      chatRetentionDays: 90,
      chatAttachmentMaxBytes: 10 * 1024 * 1024,
    });
  });

  it("takes push service hosts as a list, and refuses what is no host", () => {
    expect(
      loadConfig({ PUSH_SERVICE_HOSTS: " fcm.googleapis.com, 127.0.0.1:8443 ,*.push.example" })
        .pushServiceHosts,
    ).toEqual(["fcm.googleapis.com", "127.0.0.1:8443", "*.push.example"]);
    expect(() => loadConfig({ PUSH_SERVICE_HOSTS: "https://fcm.googleapis.com/" })).toThrow(
      /PUSH_SERVICE_HOSTS/,
    );
  });

  it("takes the council's OParl system and poll interval, and refuses what is no URL", () => {
    const config = loadConfig({
      OPARL_SYSTEM_URL: "https://ris.example.org/oparl/system",
      OPARL_POLL_SECONDS: "600",
    });
    expect(config.oparlSystemUrl).toBe("https://ris.example.org/oparl/system");
    expect(config.oparlPollSeconds).toBe(600);
    expect(() => loadConfig({ OPARL_SYSTEM_URL: "ftp://ris.example.org" })).toThrow(/OPARL_SYSTEM_URL/);
    expect(() => loadConfig({ OPARL_POLL_SECONDS: "5" })).toThrow(/OPARL_POLL_SECONDS/);
  });

  it("treats empty variables as unset", () => {
    const config = loadConfig({ PORT: "", DATA_DIR: "", DATABASE_URL: "", SW_KILL_SWITCH: "" });
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe(resolve("./data"));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.swKillSwitch).toBe(false);
  });

  it("takes the values that are set", () => {
    const config = loadConfig({
      PORT: "3000",
      DATA_DIR: "/var/lib/delmenhorst",
      DATABASE_URL: "postgresql://app:secret@db:5432/delmenhorst",
      PUBLIC_ORIGIN: "https://app.delmenhorst.de/",
      TRUST_PROXY: "true",
      SW_KILL_SWITCH: "1",
      LOG_LEVEL: "warn",
    });
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe("/var/lib/delmenhorst");
    expect(config.databaseUrl).toBe("postgresql://app:secret@db:5432/delmenhorst");
    expect(config.publicOrigin).toBe("https://app.delmenhorst.de");
    expect(config.trustProxy).toBe(1);
    expect(config.swKillSwitch).toBe(true);
    expect(config.logLevel).toBe("warn");
  });

  it.each([
    ["0", 0],
    ["false", 0],
    ["1", 1],
    ["true", 1],
    ["2", 2],
  ])("reads TRUST_PROXY=%s as %i proxies in front", (value, hops) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(hops);
  });

  it("resolves a relative data folder to an absolute path", () => {
    expect(loadConfig({ DATA_DIR: "var/data" }).dataDir).toBe(resolve("var/data"));
  });

  it.each(["abc", "0", "65536", "80.5", "-1"])("rejects PORT=%s with a message naming PORT", (port) => {
    const error = configError({ PORT: port });
    expect(error.message).toMatch(/\bPORT\b/);
  });

  it.each(["mysql://root@localhost/app", "sqlite:./data.db", "localhost:5432"])(
    "rejects DATABASE_URL=%s with a message naming DATABASE_URL",
    (url) => {
      const error = configError({ DATABASE_URL: url });
      expect(error.message).toContain("DATABASE_URL");
      expect(error.message).not.toMatch(/\bPORT\b/);
    },
  );

  it.each([
    ["PUBLIC_ORIGIN", "ftp://app.example"],
    ["PUBLIC_ORIGIN", "app.delmenhorst.de"],
    ["TRUST_PROXY", "yes"],
    ["TRUST_PROXY", "-1"],
    ["TRUST_PROXY", "1.5"],
    ["SW_KILL_SWITCH", "on"],
    ["LOG_LEVEL", "verbose"],
  ])("rejects a bad %s with a message naming it", (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });

  it("names every bad variable at once", () => {
    const { message } = configError({ PORT: "abc", DATABASE_URL: "mysql://x" });
    expect(message).toMatch(/\bPORT\b/);
    expect(message).toContain("DATABASE_URL");
  });
});
