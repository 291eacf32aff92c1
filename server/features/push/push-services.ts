// Which push services the server delivers to. A push endpoint is a URL the browser gives us, so an
// anonymous client could name any host: a tarpit that holds warnings up, or an address inside the
// city's network (blind SSRF). Only the hosts of the push services browsers really use are taken,
// and their names must resolve to public addresses, at subscription and again at every connect (a
// name that resolves to a public address once and to 127.0.0.1 later is caught there).
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * The push services of Chrome, Edge, Firefox, Safari, Samsung Internet and Opera (Chromium browsers
 * use Firebase Cloud Messaging; Edge the Windows Push Notification Services).
 */
export const DEFAULT_PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com",
  "updates.push.services.mozilla.com",
  "*.notify.windows.com",
  "web.push.apple.com",
  "*.push.apple.com",
];

export type ResolveHost = (host: string) => Promise<string[]>;

export type PushServicePolicy = {
  /** Throws PushServiceRefused unless the endpoint is an allowed push service at a public address. */
  check(endpoint: string): Promise<void>;
  /** Whether the endpoint's host and port are on the list (no DNS). */
  allows(endpoint: string): boolean;
  /** For the connection pool: resolves like dns.lookup and refuses addresses that are not public. */
  lookup: LookupFunction;
};

export class PushServiceRefused extends Error {
  constructor(readonly reason: "not_allowed" | "private_address" | "unresolvable") {
    super(`push endpoint refused: ${reason}`);
  }
}

type Rule = { host: string; wildcard: boolean; port: string; literal: boolean };

/** `host`, `*.domain` or `host:port` (IPv6 in brackets); the port defaults to 443. */
export function parseHostRule(text: string): Rule {
  const entry = text.trim().toLowerCase();
  const match = /^(\*\.)?(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(entry);
  if (!match?.[2]) throw new Error(`not a host, *.domain or host:port: "${text}"`);
  const host = match[2];
  const bare = host.replace(/^\[|\]$/g, "");
  return {
    host,
    wildcard: Boolean(match[1]),
    port: match[3] ?? "443",
    // An address or localhost the operator wrote down is meant (tests, a push service in the own
    // network): only such entries may reach a private address.
    literal: !match[1] && (isIP(bare) !== 0 || bare === "localhost"),
  };
}

/** Loopback, private, link-local, shared, reserved and multicast ranges (RFC 6890), v4 and v6. */
const NOT_PUBLIC = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ] as const)
    list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of [
    ["::", 128],
    ["::1", 128],
    ["fc00::", 7],
    ["fe80::", 10],
    ["ff00::", 8],
    ["100::", 64],
  ] as const)
    list.addSubnet(net, prefix, "ipv6");
  return list;
})();

/** An IPv4 address hidden in IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::/96) is judged as that address. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC.check(address, "ipv4");
  if (family !== 6) return false;
  const lower = address.toLowerCase();
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (embedded) return isPublicAddress(embedded);
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const n = (parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16);
    return isPublicAddress([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join("."));
  }
  return !NOT_PUBLIC.check(address, "ipv6");
}

const systemResolve: ResolveHost = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );

export function createPushServicePolicy(
  hostRules: readonly string[],
  resolveHost: ResolveHost = systemResolve,
): PushServicePolicy {
  const rules = hostRules.map(parseHostRule);

  const ruleFor = (hostname: string, port: string): Rule | undefined => {
    const host = hostname.toLowerCase();
    return rules.find(
      (rule) =>
        rule.port === port &&
        (rule.wildcard
          ? host.endsWith(`.${rule.host}`) && host.length > rule.host.length + 1
          : host === rule.host),
    );
  };
  const ruleOf = (endpoint: string): Rule | undefined => {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      return undefined;
    }
    if (url.protocol !== "https:" || url.username || url.password) return undefined;
    return ruleFor(url.hostname, url.port || "443");
  };
  const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

  /** Addresses of the host that may be connected to; throws when there are none. */
  const addressesOf = async (hostname: string, rule: Rule): Promise<string[]> => {
    const host = bare(hostname);
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await resolveHost(host);
    } catch {
      throw new PushServiceRefused("unresolvable");
    }
    if (addresses.length === 0) throw new PushServiceRefused("unresolvable");
    // One private address among public ones is enough to refuse: the connection may pick it.
    if (!rule.literal && !addresses.every(isPublicAddress)) throw new PushServiceRefused("private_address");
    return addresses;
  };

  return {
    allows: (endpoint) => ruleOf(endpoint) !== undefined,
    async check(endpoint) {
      const rule = ruleOf(endpoint);
      if (!rule) throw new PushServiceRefused("not_allowed");
      await addressesOf(new URL(endpoint).hostname, rule);
    },
    lookup: ((hostname: string, options: unknown, callback: unknown) => {
      const done = (typeof options === "function" ? options : callback) as (
        error: NodeJS.ErrnoException | null,
        address: string | LookupAddress[],
        family?: number,
      ) => void;
      const all = typeof options === "object" && options !== null && "all" in options && options.all === true;
      // The pool connects only to allowed origins (sender.ts); the rule is looked up by host alone.
      const rule = rules.find((r) =>
        r.wildcard ? bare(hostname).endsWith(`.${r.host}`) : bare(r.host) === bare(hostname),
      );
      if (!rule) {
        done(new PushServiceRefused("not_allowed"), all ? [] : "");
        return;
      }
      addressesOf(hostname, rule).then(
        (addresses) => {
          const entries = addresses.map((address) => ({ address, family: isIP(address) }));
          if (all) done(null, entries);
          else done(null, entries[0]?.address ?? "", entries[0]?.family);
        },
        (error: NodeJS.ErrnoException) => done(error, all ? [] : ""),
      );
    }) as LookupFunction,
  };
}
