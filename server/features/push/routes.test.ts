import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pushRegistrationSchema } from "../../../src/lib/contract/warnings";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { preferences } from "./engine-fixtures";

let server: TestApp;
let client: TestClient;
beforeEach(async () => {
  server = await createTestApp();
  client = new TestClient(server);
});
afterEach(() => server.close());

let endpointCounter = 0;
const subscription = () => ({
  endpoint: `https://push.example/send/${++endpointCounter}`,
  expirationTime: null,
  keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
});

describe("/api/push", () => {
  it("gives the VAPID public key to subscribe with", async () => {
    const response = await client.json("GET", "/api/push/vapid-public-key");
    expect(response).toMatchObject({ status: 200, body: { publicKey: server.vapid.publicKey } });
  });

  it("subscribes anonymously, and the manage token alone changes and ends the subscription", async () => {
    const created = await client.json("POST", "/api/push/subscriptions", {
      subscription: subscription(),
      preferences: preferences(),
    });
    expect(created.status).toBe(201);
    const { id, manageToken } = pushRegistrationSchema.parse(created.body);
    const row = await server.db.selectFrom("push_subscriptions").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id, account_id: null });
    expect(row.manage_token_hash).not.toContain(manageToken);

    const changed = preferences({ language: "en", minSeverity: "Severe" });
    const token = { "x-push-token": manageToken };
    expect((await client.json("PUT", `/api/push/subscriptions/${id}`, changed, token)).status).toBe(200);
    expect(await client.json("GET", `/api/push/subscriptions/${id}`, undefined, token)).toMatchObject({
      status: 200,
      body: { id, preferences: changed },
    });

    // A wrong or missing token looks like an unknown id.
    const wrong = { "x-push-token": "not-the-token" };
    expect((await client.json("PUT", `/api/push/subscriptions/${id}`, changed, wrong)).status).toBe(404);
    expect((await client.json("DELETE", `/api/push/subscriptions/${id}`)).status).toBe(404);
    expect((await client.json("DELETE", `/api/push/subscriptions/nope`, undefined, token)).status).toBe(404);

    expect((await client.json("DELETE", `/api/push/subscriptions/${id}`, undefined, token)).status).toBe(204);
    expect(await server.db.selectFrom("push_subscriptions").select("id").execute()).toEqual([]);
  });

  it("updates the same endpoint on resubscribe, links a signed-in account, and issues a new token", async () => {
    const { account, client: signedIn } = await createAccountWithSession(server, { role: "citizen" });
    const sub = subscription();
    const first = pushRegistrationSchema.parse(
      (
        await client.json("POST", "/api/push/subscriptions", {
          subscription: sub,
          preferences: preferences(),
        })
      ).body,
    );
    const again = await signedIn.json(
      "POST",
      "/api/push/subscriptions",
      {
        subscription: { ...sub, keys: { ...sub.keys, auth: "B".repeat(22) } },
        preferences: preferences({ language: "en" }),
      },
      { "x-push-token": first.manageToken },
    );
    const second = pushRegistrationSchema.parse(again.body);
    expect(second.id).toBe(first.id);
    expect(second.manageToken).not.toBe(first.manageToken);
    const rows = await server.db.selectFrom("push_subscriptions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ account_id: account.id, auth: "B".repeat(22) });
    expect(rows[0]?.session_hash).toMatch(/^[\w-]{20,}$/);
    // The old token no longer works.
    const old = { "x-push-token": first.manageToken };
    expect((await client.json("DELETE", `/api/push/subscriptions/${first.id}`, undefined, old)).status).toBe(
      404,
    );
    // Changed by the device after signing out: no longer linked to the account.
    const token = { "x-push-token": second.manageToken };
    const put = await client.json("PUT", `/api/push/subscriptions/${second.id}`, preferences(), token);
    expect(put.status).toBe(200);
    const row = await server.db.selectFrom("push_subscriptions").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ account_id: null, session_hash: null });
  });

  it("does not let someone who knows an endpoint take over its subscription", async () => {
    const sub = subscription();
    const owner = pushRegistrationSchema.parse(
      (
        await client.json("POST", "/api/push/subscriptions", {
          subscription: sub,
          preferences: preferences(),
        })
      ).body,
    );
    const before = await server.db.selectFrom("push_subscriptions").selectAll().executeTakeFirstOrThrow();
    const attacker = new TestClient(server);
    const attempts: Record<string, string>[] = [{}, { "x-push-token": "guessed" }];
    for (const headers of attempts) {
      const takeover = await attacker.json(
        "POST",
        "/api/push/subscriptions",
        {
          subscription: { ...sub, keys: { p256dh: `B${"C".repeat(86)}`, auth: "C".repeat(22) } },
          preferences: preferences({ places: ["034580000000"] }),
        },
        headers,
      );
      expect(takeover).toMatchObject({ status: 409, body: { code: "push_subscription_exists" } });
    }
    // Keys, token and preferences are the owner's still.
    expect(await server.db.selectFrom("push_subscriptions").selectAll().executeTakeFirstOrThrow()).toEqual(
      before,
    );
    const token = { "x-push-token": owner.manageToken };
    expect((await client.json("GET", `/api/push/subscriptions/${owner.id}`, undefined, token)).status).toBe(
      200,
    );
  });

  it("takes only the push services browsers use, at public addresses (no SSRF)", async () => {
    await server.close();
    // The default list, and a name of the list that resolves inside the network.
    server = await createTestApp({ PUSH_SERVICE_HOSTS: "" });
    client = new TestClient(server);
    const tryEndpoint = (endpoint: string) =>
      client.json<{ code: string; errors?: { path: string; message: string }[] }>(
        "POST",
        "/api/push/subscriptions",
        { subscription: { ...subscription(), endpoint }, preferences: preferences() },
      );
    for (const endpoint of [
      "https://fcm.googleapis.com/fcm/send/abc:APA91b",
      "https://updates.push.services.mozilla.com/wpush/v2/gAAAAA",
      "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA",
      "https://web.push.apple.com/QGuQyavXutnMPkWw",
    ]) {
      expect((await tryEndpoint(endpoint)).status, endpoint).toBe(201);
    }
    for (const endpoint of [
      "https://localhost:9443/internal/admin?x=2",
      "https://127.0.0.1/push",
      "https://[::1]/push",
      "https://169.254.169.254/latest/meta-data",
      "https://push.example/send/1",
      "https://fcm.googleapis.com:8443/fcm/send/x",
      "https://fcm.googleapis.com.evil.test/fcm/send/x",
      "https://evilnotify.windows.com/w",
      "https://user:pass@fcm.googleapis.com/fcm/send/x",
    ]) {
      const refused = await tryEndpoint(endpoint);
      expect(refused.status, endpoint).toBe(422);
      expect(refused.body.code).toBe("push_service_not_allowed");
    }
    expect(await server.db.selectFrom("push_subscriptions").select("endpoint").execute()).toHaveLength(4);

    await server.close();
    server = await createTestApp({ PUSH_SERVICE_HOSTS: "internal.push.example" });
    client = new TestClient(server);
    const rebound = await tryEndpoint("https://internal.push.example/send/1");
    expect(rebound).toMatchObject({
      status: 422,
      body: {
        code: "push_service_not_allowed",
        errors: [{ path: "subscription.endpoint", message: "private_address" }],
      },
    });
  });

  it("refuses invalid subscriptions and preferences with 400 naming the field", async () => {
    const response = await client.json<{ code: string; errors: { path: string }[] }>(
      "POST",
      "/api/push/subscriptions",
      {
        subscription: { ...subscription(), endpoint: "http://push.example/insecure" },
        preferences: preferences({ places: ["123"] }),
      },
    );
    expect(response.status).toBe(400);
    const body = response.body;
    expect(body.code).toBe("validation_failed");
    expect(body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["subscription.endpoint", "preferences.places.0"]),
    );
  });

  it("needs the app's origin and CSRF token to subscribe", async () => {
    const response = await client.fetch("/api/push/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": "forged" },
      body: JSON.stringify({ subscription: subscription(), preferences: preferences() }),
    });
    expect(response.status).toBe(403);
  });

  it("limits subscribing to 20 per hour and address", async () => {
    await server.close();
    server = await createTestApp({ TRUST_PROXY: "1" });
    client = new TestClient(server);
    const ip = { "x-forwarded-for": "203.0.113.9" };
    for (let i = 0; i < 20; i++) {
      const body = { subscription: subscription(), preferences: preferences() };
      expect((await client.json("POST", "/api/push/subscriptions", body, ip)).status).toBe(201);
    }
    const body = { subscription: subscription(), preferences: preferences() };
    const refused = await client.json("POST", "/api/push/subscriptions", body, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
