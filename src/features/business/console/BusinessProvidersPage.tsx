// /verwaltung/wirtschaft/anbieter: the directory of digital providers as residents see it after
// the next sync, with edit, delete and a new entry.
import { t } from "../../../lib/i18n";
import { PROVIDERS_CONSOLE } from "./BusinessAccess";
import { BusinessEntryListPage } from "./BusinessEntryList";
import { deleteProvider, fetchProviders } from "./api";

export default function BusinessProvidersPage() {
  return (
    <BusinessEntryListPage
      title={t("business.console.providers.title")}
      lead={t("business.console.providers.lead")}
      newLabel={t("business.console.providers.new")}
      emptyTitle={t("business.console.providers.emptyTitle")}
      emptyText={t("business.console.providers.emptyText")}
      caption={(count) => t("business.console.providers.caption", { count })}
      base={PROVIDERS_CONSOLE}
      rowId="provider"
      load={fetchProviders}
      remove={deleteProvider}
      columns={<th scope="col">{t("business.console.fields.services")}</th>}
      cells={(provider) => <td>{provider.services.map((s) => t(`business.services.${s}`)).join(", ")}</td>}
    />
  );
}
