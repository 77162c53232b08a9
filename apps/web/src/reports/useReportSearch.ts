import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { ReportSearch } from "./reportSearch";

/**
 * The current route's report filters (its search parsed with ReportSearch, so any route that
 * validates its search with ReportSearch can use it) and a function that changes some of them in
 * the URL (replacing the history entry: a filter is not a page to go back to).
 */
export function useReportSearch(): [ReportSearch, (patch: Partial<ReportSearch>) => void] {
  const raw = useSearch({ strict: false });
  const navigate = useNavigate();
  const search = useMemo(() => ReportSearch.parse(raw), [raw]);
  const update = useCallback(
    (patch: Partial<ReportSearch>) =>
      void navigate({
        to: ".",
        search: (previous: Record<string, unknown>) => dropEmpty({ ...previous, ...patch }),
        replace: true,
      }),
    [navigate],
  );
  return [search, update];
}

function dropEmpty(search: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(search).filter(([, value]) => value !== undefined && value !== ""),
  );
}
