import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { ChevronDown, ListX, Pencil, Trash } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button, IconButton } from "./Button";
import { EmptyState } from "./EmptyState";
import { LoadingRows, RetryError } from "./QueryStates";

type PagedEntryListProps<Entry> = {
  pages: UseInfiniteQueryResult<InfiniteData<Entry[]>>;
  /** Placeholder rows while the first page loads. */
  loading: { rows: number; height: number };
  empty: { testId: string; title: string; text: string };
  listClassName: string;
  listTestId: string;
  moreLabel: string;
  renderEntry: (entry: Entry) => ReactNode;
};

/** A history list read a page at a time: loading, failed with retry, empty, the rows and "more". */
export function PagedEntryList<Entry>({
  pages,
  loading,
  empty,
  listClassName,
  listTestId,
  moreLabel,
  renderEntry,
}: PagedEntryListProps<Entry>) {
  if (pages.isPending) return <LoadingRows rows={loading.rows} height={loading.height} />;
  if (pages.isError) return <RetryError error={pages.error} retry={pages.refetch} />;
  const entries = pages.data.pages.flat();
  if (entries.length === 0) {
    return (
      <div data-testid={empty.testId}>
        <EmptyState icon={<ListX size={28} />} title={empty.title} text={empty.text} />
      </div>
    );
  }
  return (
    <>
      <ul className={listClassName} data-testid={listTestId}>
        {entries.map(renderEntry)}
      </ul>
      {pages.hasNextPage && (
        <div className="list-more">
          <Button
            variant="ghost"
            loading={pages.isFetchingNextPage}
            icon={<ChevronDown size={18} aria-hidden="true" />}
            onClick={() => void pages.fetchNextPage()}
          >
            {moreLabel}
          </Button>
        </div>
      )}
    </>
  );
}

type RowActionsProps = {
  /** The id of the row's date, which names the row the buttons act on. */
  describedBy: string;
  /** Absent for entries that can only be deleted. */
  onEdit?: () => void;
  onDelete: () => void;
};

/** The edit and delete buttons at the end of a history row. */
export function RowActions({ describedBy, onEdit, onDelete }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="weight-row-actions">
      {onEdit && (
        <IconButton
          label={t("common.edit")}
          aria-describedby={describedBy}
          icon={<Pencil size={18} aria-hidden="true" />}
          onClick={onEdit}
        />
      )}
      <IconButton
        label={t("common.delete")}
        aria-describedby={describedBy}
        tone="danger"
        icon={<Trash size={18} aria-hidden="true" />}
        onClick={onDelete}
      />
    </div>
  );
}
