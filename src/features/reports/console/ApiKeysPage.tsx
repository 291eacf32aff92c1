// /verwaltung/maengel/schluessel (admins): the Open311 clients' API keys. A key names its client and
// lifts the anonymous limits; it is shown once when issued (the server keeps only a hash), and a
// revoked key's client counts as anonymous again.
import { createSignal, For, Show } from "solid-js";
import { type ApiKey } from "../../../lib/contract/reports";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { DataTable } from "../../../ui/DataTable";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { TextInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { AdminOnly } from "../../staff/Access";
import { fetchApiKeys, issueApiKey, revokeApiKey } from "./api";
import { ReportViews } from "./ReportViews";
import { checkClientName } from "./report-forms";

export default function ApiKeysPage() {
  usePageTitle(() => t("staff.reports.apiKeys.title"));
  return (
    <AdminOnly>
      <ApiKeys />
    </AdminOnly>
  );
}

function ApiKeys() {
  const keys = createRemote(() => true, fetchApiKeys);
  const write = createWrite<string>();
  const [client, setClient] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [issued, setIssued] = createSignal<{ client: string; secret: string }>();
  const [copied, setCopied] = createSignal(false);
  const [revoking, setRevoking] = createSignal<string>();

  const issue = async (event: SubmitEvent) => {
    event.preventDefault();
    const problem = checkClientName(client());
    setError(problem);
    if (problem) return;
    setIssued(undefined);
    setCopied(false);
    const name = client().trim();
    await write.run(
      "issue",
      async () => {
        const answer = await issueApiKey(name);
        setIssued({ client: answer.key.client, secret: answer.secret });
        setClient("");
        return t("staff.reports.apiKeys.issuedDone", { client: answer.key.client });
      },
      { done: () => keys.reload() },
    );
  };

  const revoke = (key: ApiKey) =>
    write.run(
      key.id,
      async () => {
        await revokeApiKey(key.id);
        return t("staff.reports.apiKeys.revokedDone", { client: key.client });
      },
      { done: () => keys.reload() },
    );

  const copy = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (an insecure context, a refusal): the key stays visible to copy by hand.
      setCopied(false);
    }
  };

  return (
    <section>
      <h1>{t("staff.reports.apiKeys.title")}</h1>
      <p class="lead">{t("staff.reports.apiKeys.lead")}</p>
      <ReportViews current="apiKeys" />
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={issued()}>
        {(key) => (
          <div class="staff-panel">
            <h2>{t("staff.reports.apiKeys.secretTitle", { client: key().client })}</h2>
            <p>{t("staff.reports.apiKeys.secretText")}</p>
            <p>
              <code class="staff-id">{key().secret}</code>
            </p>
            <div class="button-row">
              <button type="button" class="button secondary" onClick={() => void copy(key().secret)}>
                {t("staff.reports.apiKeys.copy")}
              </button>
            </div>
            <p role="status">{copied() ? t("staff.reports.apiKeys.copied") : ""}</p>
          </div>
        )}
      </Show>

      <form class="staff-form" onSubmit={(event) => void issue(event)} novalidate>
        <h2>{t("staff.reports.apiKeys.issueTitle")}</h2>
        <ErrorSummary items={summaryOf(["client"], { client: error() }, "api-key")} />
        <TextInput
          id="api-key-client"
          label={t("staff.reports.apiKeys.client")}
          hint={t("staff.reports.apiKeys.clientHint")}
          value={client()}
          onInput={setClient}
          error={error()}
          maxLength={120}
          required
        />
        <button type="submit" class="button" disabled={write.busy() !== undefined}>
          {t("staff.reports.apiKeys.issue")}
        </button>
      </form>

      <h2>{t("staff.reports.apiKeys.listTitle")}</h2>
      <RemoteStatus remote={keys} />
      <Show when={keys.data()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <EmptyState
                title={t("staff.reports.apiKeys.emptyTitle")}
                text={t("staff.reports.apiKeys.emptyText")}
              />
            }
          >
            <DataTable caption={t("staff.reports.apiKeys.caption")}>
              <thead>
                <tr>
                  <th scope="col">{t("staff.reports.apiKeys.client")}</th>
                  <th scope="col">{t("staff.reports.apiKeys.createdAt")}</th>
                  <th scope="col">{t("staff.reports.apiKeys.lastUsedAt")}</th>
                  <th scope="col">{t("staff.reports.apiKeys.state")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(key) => (
                    <tr>
                      <th scope="row">{key.client}</th>
                      <td>{formatDateTime(key.createdAt)}</td>
                      <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "—"}</td>
                      <td>
                        <Show
                          when={key.revokedAt === null}
                          fallback={t("staff.reports.apiKeys.revokedAt", {
                            at: formatDateTime(key.revokedAt ?? key.createdAt),
                          })}
                        >
                          <Show
                            when={revoking() === key.id}
                            fallback={
                              <button
                                type="button"
                                class="button secondary"
                                disabled={write.busy() !== undefined}
                                onClick={() => setRevoking(key.id)}
                                aria-label={t("staff.reports.apiKeys.revokeLabel", { client: key.client })}
                              >
                                {t("staff.reports.apiKeys.revoke")}
                              </button>
                            }
                          >
                            <ConfirmAction
                              question={t("staff.reports.apiKeys.revokeQuestion", { client: key.client })}
                              text={t("staff.reports.apiKeys.revokeText")}
                              confirmLabel={t("staff.reports.apiKeys.revokeYes")}
                              onConfirm={() => {
                                setRevoking(undefined);
                                void revoke(key);
                              }}
                              onCancel={() => setRevoking(undefined)}
                            />
                          </Show>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </DataTable>
          </Show>
        )}
      </Show>
    </section>
  );
}
