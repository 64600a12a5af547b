import type { SavedMapping } from "@mitai/shared";
import { Trash } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IconButton } from "../../components/Button";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { KindIcon } from "./KindIcon";
import { abbreviateHeaders } from "./mappingForm";
import { useDeleteMapping, useSavedMappings } from "./useSavedMappings";

/** The remembered column mappings, each with a way to forget it; nothing at all while there are none. */
export function SavedMappings() {
  const { t } = useTranslation();
  const toast = useToast();
  const mappings = useSavedMappings();
  const forget = useDeleteMapping();
  const [confirming, setConfirming] = useState<SavedMapping | null>(null);
  const list = mappings.data ?? [];
  if (!mappings.isError && list.length === 0) return null;

  const close = () => {
    setConfirming(null);
    forget.reset();
  };
  return (
    <Card
      className="import-mappings"
      title={t("import.mappings.title")}
      titleId="import-mappings-title"
      description={t("import.mappings.description")}
    >
      {mappings.isError && <ErrorMessage error={mappings.error} />}
      <ul className="import-mappings-list" data-testid="import-mappings">
        {list.map((mapping) => (
          <MappingRow key={mapping.id} mapping={mapping} onForget={() => setConfirming(mapping)} />
        ))}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={t("import.mappings.confirmTitle")}
        message={t("import.mappings.confirmMessage", { headers: confirming?.headers.join(", ") ?? "" })}
        confirmLabel={t("import.mappings.confirm")}
        confirmTestId="confirm-forget-mapping"
        busy={forget.isPending}
        error={forget.isError ? <ErrorMessage error={forget.error} /> : undefined}
        onClose={close}
        onConfirm={() => {
          if (!confirming) return;
          forget.mutate(confirming.id, {
            onSuccess: () => {
              close();
              toast.show(t("import.mappings.forgotten"));
            },
          });
        }}
      />
    </Card>
  );
}

function MappingRow({ mapping, onForget }: { mapping: SavedMapping; onForget: () => void }) {
  const { t } = useTranslation();
  const { shown, more } = abbreviateHeaders(mapping.headers);
  return (
    <li className="import-mappings-row" data-testid="import-mapping-row" data-kind={mapping.kind}>
      <KindIcon kind={mapping.kind} />
      <div className="import-mappings-main">
        <p className="import-mappings-kind">{t(`import.kind.${mapping.kind}`)}</p>
        <p className="small muted import-mappings-headers" title={mapping.headers.join(", ")}>
          {shown.join(", ")}
          {more > 0 && ` ${t("import.mappings.more", { count: more })}`}
        </p>
      </div>
      <IconButton
        label={t("import.mappings.forget")}
        tone="danger"
        icon={<Trash size={18} aria-hidden="true" />}
        onClick={onForget}
      />
    </li>
  );
}
