import type { MappingField } from "@mitai/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { GenericFile } from "./mappingForm";

type MappingSampleProps = { file: GenericFile; byHeader: Map<string, MappingField[]> };

/** The file's first rows as read, each column labelled with the field it feeds now. */
export function MappingSample({ file, byHeader }: MappingSampleProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const rows = file.sample.slice(0, 5);
  return (
    <section className="import-sample" aria-labelledby={titleId}>
      <h4 className="import-subtitle" id={titleId}>
        {t("import.mapping.sampleTitle")}
      </h4>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="table import-sample-table" data-testid="import-sample">
          <caption className="visually-hidden">
            {t("import.mapping.sampleCaption", { count: rows.length })}
          </caption>
          <thead>
            <tr>
              {file.headers.map((header, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a file may repeat a header; columns never move
                <th key={column} scope="col">
                  {header}
                </th>
              ))}
            </tr>
            <tr>
              {file.headers.map((header, column) => {
                const fields = byHeader.get(header) ?? [];
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above
                  <td key={column} className="import-sample-field">
                    {fields.length === 0 && <span className="muted">–</span>}
                    {fields.map((field) => (
                      <span key={field} className="badge badge-accent">
                        {t(`import.mapping.fields.${field}`)}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no id and never move
              <tr key={i}>
                {file.headers.map((_header, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above
                  <td key={column} className="tabular">
                    {row[column] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="small muted">{t("import.mapping.sampleCaption", { count: rows.length })}</p>
    </section>
  );
}
