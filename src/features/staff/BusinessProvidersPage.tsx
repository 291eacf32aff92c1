// /verwaltung/wirtschaft/anbieter: the directory of digital providers as residents see it after
// the next sync, with edit, delete and a new entry.
import { A, useLocation } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { DigitalProvider } from "../../lib/contract/business";
import { language, t } from "../../lib/i18n";
import { ConfirmAction } from "../../ui/ConfirmAction";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { BusinessAccess, BusinessViews, PROVIDERS_CONSOLE } from "./BusinessAccess";
import { deleteProvider, fetchProviders } from "./business-api";
import { DataTable } from "./DataTable";
import { errorKey } from "./error-key";
import { ActionOutcome } from "./Field";
import { createRemote } from "./remote";
import { RemoteStatus } from "./RemoteStatus";

export default function BusinessProvidersPage() {
  usePageTitle(() => t("business.console.providers.title"));
  return (
    <BusinessAccess>
      <Providers />
    </BusinessAccess>
  );
}

function Providers() {
  const providers = createRemote(() => true, fetchProviders);
  const rows = createMemo(() => {
    const collator = new Intl.Collator(language());
    return [...(providers.data() ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  });
  const [confirming, setConfirming] = createSignal<string>();
  const [deleting, setDeleting] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  // The edit page comes back here with the name of what it saved.
  const location = useLocation<{ saved: unknown }>();
  const saved = () => {
    const name = location.state?.saved;
    return typeof name === "string" ? t("business.console.saved", { name }) : undefined;
  };

  const remove = async (provider: DigitalProvider) => {
    if (deleting()) return;
    setDeleting(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await deleteProvider(provider.id);
      setConfirming(undefined);
      setDone(t("business.console.deleted", { name: provider.name }));
      providers.reload();
    } catch (error) {
      setFailure(errorKey(error));
    } finally {
      setDeleting(false);
    }
  };

  return (
    <section>
      <h1>{t("business.console.providers.title")}</h1>
      <BusinessViews />
      <p class="lead">{t("business.console.providers.lead")}</p>
      <p>
        <A class="button" href={`${PROVIDERS_CONSOLE}/neu`}>
          {t("business.console.providers.new")}
        </A>
      </p>
      <ActionOutcome failureKey={failure()} success={done() ?? (failure() ? undefined : saved())} />
      <RemoteStatus remote={providers} />
      <Show when={providers.data()}>
        <Show
          when={rows().length > 0}
          fallback={
            <EmptyState
              title={t("business.console.providers.emptyTitle")}
              text={t("business.console.providers.emptyText")}
            />
          }
        >
          <DataTable caption={t("business.console.providers.caption", { count: rows().length })}>
            <thead>
              <tr>
                <th scope="col">{t("business.console.fields.name")}</th>
                <th scope="col">{t("business.console.fields.services")}</th>
                <th scope="col">{t("business.console.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(provider) => (
                  <tr>
                    <th scope="row" id={`provider-${provider.id}`}>
                      {provider.name}
                      <span class="staff-id">{provider.id}</span>
                      <Show when={provider.sample}>
                        <span class="staff-details">{t("business.common.sample")}</span>
                      </Show>
                    </th>
                    <td>{provider.services.map((s) => t(`business.services.${s}`)).join(", ")}</td>
                    <td>
                      <Show
                        when={confirming() === provider.id}
                        fallback={
                          <div class="button-row">
                            <A
                              class="button secondary"
                              href={`${PROVIDERS_CONSOLE}/${encodeURIComponent(provider.id)}`}
                              aria-describedby={`provider-${provider.id}`}
                            >
                              {t("business.console.edit")}
                            </A>
                            <button
                              type="button"
                              class="button secondary"
                              aria-describedby={`provider-${provider.id}`}
                              onClick={() => setConfirming(provider.id)}
                            >
                              {t("business.console.delete")}
                            </button>
                          </div>
                        }
                      >
                        <ConfirmAction
                          question={t("business.console.deleteQuestion", { name: provider.name })}
                          text={t("business.console.deleteText")}
                          confirmLabel={
                            deleting() ? t("business.console.deleting") : t("business.console.deleteConfirm")
                          }
                          onConfirm={() => void remove(provider)}
                          onCancel={() => setConfirming(undefined)}
                        />
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </DataTable>
        </Show>
      </Show>
    </section>
  );
}
