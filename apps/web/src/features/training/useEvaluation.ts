import { evaluation } from "@mitai/shared";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { call } from "../../app/api";
import type { DateRange } from "./evaluationPeriod";

/**
 * Under the activity key on purpose: every change to a session invalidates `["activity"]`, and the
 * evaluation of any period with it.
 */
export const evaluationKey = (range: DateRange) => ["activity", "evaluation", range.from, range.to] as const;

/** The evaluation of a period; while another period loads, the last one stays on screen. */
export function useEvaluation(range: DateRange) {
  return useQuery({
    queryKey: evaluationKey(range),
    queryFn: ({ signal }) =>
      call("GET", "/evaluation", evaluation, { signal, query: { from: range.from, to: range.to } }),
    placeholderData: keepPreviousData,
  });
}
