import { Search, Tags } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { MappingForm } from "./MappingForm";
import { MappingRow } from "./MappingRow";
import { matchesMapping, sortMappings } from "./trainingTypeForm";
import { useAdminTrainingTypes, useDeleteMapping, useGlobalMappings } from "./useTrainingTypesAdmin";

/**
 * The global name → type mappings every profile falls back on (for imports above all): search,
 * add, change a type in place, delete.
 */
export function ActivityMappingsAdminPage() {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const mappings = useGlobalMappings();
  const types = useAdminTrainingTypes();
  const remove = useDeleteMapping();
  const deletion = useEntryDeletion(remove, t("adminTraining.mappings.deleted"));
  const [search, setSearch] = useState("");
  const searchId = useId();

  const all = useMemo(() => sortMappings(mappings.data ?? [], locale), [mappings.data, locale]);
  const shown = all.filter((mapping) => matchesMapping(mapping, search, language));
  const typeList = types.data ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t("adminTraining.mappings.title")}
        subtitle={
          mappings.data
            ? t("adminTraining.mappings.summary", { count: all.length })
            : t("adminTraining.mappings.subtitle")
        }
      />
      <Card title={t("adminTraining.mappings.addTitle")} titleId="mapping-add-title">
        {types.isError ? (
          <RetryError error={types.error} retry={types.refetch} />
        ) : (
          <MappingForm types={typeList} />
        )}
      </Card>
      <Card title={t("adminTraining.mappings.listTitle")} titleId="mapping-list-title">
        <div className="search-field">
          <Search size={18} aria-hidden="true" />
          <label htmlFor={searchId} className="visually-hidden">
            {t("adminTraining.mappings.search")}
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            autoComplete="off"
            placeholder={t("adminTraining.mappings.search")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        {mappings.isPending && <LoadingRows rows={4} height={56} />}
        {mappings.isError && <RetryError error={mappings.error} retry={mappings.refetch} />}
        {mappings.data && (
          <p className="muted mapping-count" aria-live="polite">
            {t("adminTraining.mappings.shown", { count: shown.length, total: all.length })}
          </p>
        )}
        {mappings.data && shown.length === 0 && (
          <EmptyState
            icon={<Tags size={28} />}
            title={all.length === 0 ? t("adminTraining.mappings.none") : t("adminTraining.mappings.noMatch")}
          />
        )}
        {shown.length > 0 && (
          <ul className="mapping-list" data-testid="mapping-list">
            {shown.map((mapping) => (
              <MappingRow
                key={mapping.id}
                mapping={mapping}
                types={typeList}
                onDelete={() => deletion.ask(mapping)}
              />
            ))}
          </ul>
        )}
      </Card>
      <DeleteEntryDialog
        deletion={deletion}
        title={t("adminTraining.mappings.deleteTitle")}
        message={(mapping) =>
          t("adminTraining.mappings.deleteMessage", {
            name: mapping.name,
            type: language === "de" ? mapping.trainingType.nameDe : mapping.trainingType.nameEn,
          })
        }
      />
    </div>
  );
}
