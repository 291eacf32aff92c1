import { describe, expect, it } from "vitest";
import { createWrite, failureItems } from "./write";
import { ApiError, NetworkError } from "./http";

describe("a write", () => {
  it("is busy with its key while it runs, then shows the success text", async () => {
    const write = createWrite<string>();
    let release: (text: string) => void = () => undefined;
    const running = write.run("a1", () => new Promise<string>((resolve) => (release = resolve)));
    expect(write.busy()).toBe("a1");
    release("Gespeichert");
    expect(await running).toBe(true);
    expect(write.busy()).toBeUndefined();
    expect(write.success()).toBe("Gespeichert");
    expect(write.failure()).toBeUndefined();
  });

  it("turns a failure into its translation key, with the page's overrides, and forgets the success", async () => {
    const write = createWrite<true>();
    await write.run(true, () => Promise.resolve("Gespeichert"));
    const failed = await write.run(true, () => Promise.reject(conflict()), {
      overrides: { conflict: "staff.accounts.errors.selfChange" },
    });
    expect(failed).toBe(false);
    expect(write.failure()).toBe("staff.accounts.errors.selfChange");
    expect(write.success()).toBeUndefined();
    expect(write.busy()).toBeUndefined();
  });

  it("may succeed without a text of its own, and runs `done` only after a success", async () => {
    const write = createWrite<true>();
    const done: string[] = [];
    await write.run(true, () => Promise.resolve(undefined), { done: () => done.push("first") });
    await write.run(true, () => Promise.reject(conflict()), { done: () => done.push("second") });
    expect(done).toEqual(["first"]);
  });

  it("forgets its outcome on a new try, and only its success when the user edits", async () => {
    const write = createWrite<true>();
    await write.run(true, () => Promise.reject(conflict()));
    write.clearSuccess();
    expect(write.failure()).toBe("errors.conflict");
    write.clear();
    expect(write.failure()).toBeUndefined();
    await write.run(true, () => Promise.resolve("Gespeichert"));
    write.clearSuccess();
    expect(write.success()).toBeUndefined();
  });

  it("says a lost connection in the console's words unless the page explains it", async () => {
    const inConsole = createWrite();
    await inConsole.run(true, () => Promise.reject(new NetworkError()));
    expect(inConsole.failure()).toBe("staff.common.offline");

    const page = createWrite({
      explain: (error) => (error instanceof NetworkError ? "account.common.offline" : "account.other"),
    });
    await page.run(true, () => Promise.reject(new NetworkError()));
    expect(page.failure()).toBe("account.common.offline");
    await page.run(true, () => Promise.reject(conflict()), { overrides: { conflict: "ignored" } });
    expect(page.failure()).toBe("account.other");
  });

  it("takes one write's own explanation before the page's", async () => {
    const write = createWrite({ explain: () => "page.failed" });
    await write.run(true, () => Promise.reject(conflict()), { explain: () => "files.offlineNotKept" });
    expect(write.failure()).toBe("files.offlineNotKept");
  });

  it("shows no failure where the page put it on a field itself, and is free for the next try", async () => {
    const onField: string[] = [];
    const write = createWrite();
    const failed = await write.run(true, () => Promise.reject(conflict()), {
      explain: () => void onField.push("wrong password"),
    });
    expect(failed).toBe(false);
    expect(onField).toEqual(["wrong password"]);
    expect(write.failure()).toBeUndefined();
    expect(failureItems(write.failure())).toEqual([]);
    expect(write.busy()).toBeUndefined();
  });

  it("puts a failure into the error summary as an entry of no field", async () => {
    const write = createWrite({ explain: () => "account.privacy.needsConnection" });
    await write.run(true, () => Promise.reject(new NetworkError()));
    expect(failureItems(write.failure())).toEqual([{ message: "account.privacy.needsConnection" }]);
  });
});

function conflict(): ApiError {
  return new ApiError(409, "conflict", "conflict");
}
