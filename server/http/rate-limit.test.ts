// Rate limits count per client address; an IPv6 subscriber's whole /64 is one address.
import { describe, expect, it } from "vitest";
import { addressKey, createLimiter } from "./rate-limit";

describe("addressKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::6", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:ffff::1", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::203.0.113.7", "64:ff9b:0:0::/64"],
    ["unknown", "unknown"],
  ])("%s counts as %s", (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it("puts two addresses of one /64 under one key, and of different /64s under two", () => {
    expect(addressKey("2001:db8:a:b:1::1")).toBe(addressKey("2001:db8:a:b:ffff:2:3:4"));
    expect(addressKey("2001:db8:a:b::1")).not.toBe(addressKey("2001:db8:a:c::1"));
  });
});

describe("createLimiter", () => {
  it("takes a lower maximum for one call, counts and forgets a key", () => {
    let now = 0;
    const limiter = createLimiter({ name: "test", windowMs: 1000, max: 5, now: () => now });
    limiter.hit("a", 2);
    limiter.hit("a", 2);
    expect(() => limiter.hit("a", 2)).toThrow(expect.objectContaining({ status: 429 }));
    expect(limiter.count("a")).toBe(3);
    limiter.reset("a");
    expect(limiter.count("a")).toBe(0);
    now = 2000;
    limiter.record("b");
    expect(limiter.count("b")).toBe(1);
  });
});
