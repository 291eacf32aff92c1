import { describe, expect, it } from "vitest";
import { createPushServicePolicy, isPublicAddress, parseHostRule, PushServiceRefused } from "./push-services";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.178.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "64:ff9b::10.0.0.1",
    "not an address",
  ])("refuses %s", (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(["142.250.185.74", "2a00:1450:4001:82b::200a", "::ffff:142.250.185.74", "203.0.113.10"])(
    "takes %s",
    (address) => expect(isPublicAddress(address)).toBe(true),
  );
});

describe("the list of push services", () => {
  it("reads host, *.domain and host:port, and refuses anything else", () => {
    expect(parseHostRule("*.notify.windows.com")).toMatchObject({
      wildcard: true,
      port: "443",
      literal: false,
    });
    expect(parseHostRule("127.0.0.1:8443")).toMatchObject({ host: "127.0.0.1", port: "8443", literal: true });
    expect(parseHostRule("[::1]:8443")).toMatchObject({ port: "8443", literal: true });
    for (const bad of ["https://fcm.googleapis.com", "fcm.googleapis.com/path", "*.", "a b"]) {
      expect(() => parseHostRule(bad), bad).toThrow();
    }
  });

  it("resolves a listed name and refuses it when any of its addresses is not public", async () => {
    const answers: Record<string, string[]> = {
      "fcm.googleapis.com": ["142.250.185.74"],
      "mixed.push.example": ["142.250.185.74", "10.0.0.8"],
    };
    const policy = createPushServicePolicy(["fcm.googleapis.com", "*.push.example"], async (host) => {
      const found = answers[host];
      if (!found) throw new Error("ENOTFOUND");
      return found;
    });
    await expect(policy.check("https://fcm.googleapis.com/fcm/send/x")).resolves.toBeUndefined();
    const reason = (endpoint: string) =>
      policy.check(endpoint).then(
        () => "taken",
        (error: unknown) => (error instanceof PushServiceRefused ? error.reason : "other"),
      );
    expect(await reason("https://mixed.push.example/x")).toBe("private_address");
    expect(await reason("https://gone.push.example/x")).toBe("unresolvable");
    expect(await reason("https://push.example/x")).toBe("not_allowed");
    expect(await reason("http://fcm.googleapis.com/fcm/send/x")).toBe("not_allowed");
  });

  it("refuses a private address at connect time as well", async () => {
    const policy = createPushServicePolicy(["*.push.example"], async () => ["192.168.1.20"]);
    const error = await new Promise((resolve) => policy.lookup("a.push.example", {}, (e) => resolve(e)));
    expect(error).toBeInstanceOf(PushServiceRefused);
  });
});
