import { addDays, type NutritionEntry, nutritionList, todayIn } from "@mitai/shared";
import { useQuery } from "@tanstack/react-query";
import { ChevronDown, ListX } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../../app/api";
import { useProfile } from "../../app/auth";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { windowStart } from "../../lib/dates";
import { NutritionDayRow } from "./NutritionDayRow";
import { nutritionKeys, useNutritionDays, useNutritionEntries } from "./useNutrition";

/** Days shown at first, and how many more each "older days" adds. */
const FIRST_SPAN = 60;
const MORE_SPAN = 120;

type NutritionDayListProps = {
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: NutritionEntry) => void;
};

/** The logged days, newest first, each with the entries it is made of. */
export function NutritionDayList({ editingId, onEdit, onDelete }: NutritionDayListProps) {
  const { t } = useTranslation();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const [span, setSpan] = useState(FIRST_SPAN);
  const from = windowStart(today, span);
  const days = useNutritionDays(from, today);
  const entries = useNutritionEntries(from, today);
  const older = useOlderEntry(addDays(from, -1));

  const byDate = useMemo(() => {
    const map = new Map<string, NutritionEntry[]>();
    for (const entry of entries.data ?? []) map.set(entry.date, [...(map.get(entry.date) ?? []), entry]);
    return map;
  }, [entries.data]);
  const newestFirst = useMemo(() => [...(days.data?.days ?? [])].reverse(), [days.data]);

  if (days.isPending || entries.isPending) return <LoadingRows rows={4} height={96} />;
  if (days.isError) return <RetryError error={days.error} retry={days.refetch} />;
  if (entries.isError) return <RetryError error={entries.error} retry={entries.refetch} />;
  const hasOlder = older.data === true;
  return (
    <>
      {newestFirst.length === 0 && (
        <div data-testid="nutrition-empty">
          <EmptyState
            icon={<ListX size={28} />}
            title={t(hasOlder ? "nutrition.list.emptyRange" : "nutrition.list.empty")}
            text={hasOlder ? undefined : t("nutrition.list.emptyText")}
          />
        </div>
      )}
      {newestFirst.length > 0 && (
        <ul className="nutrition-days" data-testid="nutrition-days">
          {newestFirst.map((day) => (
            <NutritionDayRow
              key={day.date}
              day={day}
              entries={byDate.get(day.date) ?? []}
              editingId={editingId}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      {hasOlder && (
        <div className="list-more">
          <Button
            variant="ghost"
            loading={days.isFetching || entries.isFetching}
            icon={<ChevronDown size={18} aria-hidden="true" />}
            onClick={() => setSpan((current) => current + MORE_SPAN)}
          >
            {t("nutrition.list.more")}
          </Button>
        </div>
      )}
    </>
  );
}

/** Whether anything was logged on or before `to` (so there are older days to show). */
function useOlderEntry(to: string) {
  return useQuery({
    queryKey: [...nutritionKeys.all, "older", to],
    queryFn: async ({ signal }) =>
      (await call("GET", "/nutrition", nutritionList, { signal, query: { to, limit: 1 } })).length > 0,
  });
}
