import type { ReactNode } from "react";
import { Button } from "react-aria-components";

interface SortHeaderProps<S extends string> {
  column: S;
  sort: S;
  order: "asc" | "desc";
  /** The order a column starts with when first chosen (dates newest first, names A→Z). */
  firstOrder: "asc" | "desc";
  onSort(sort: S, order: "asc" | "desc"): void;
  children: ReactNode;
}

/** A column header that sorts by its column; pressing it again reverses the order. */
export function SortHeader<S extends string>({
  column,
  sort,
  order,
  firstOrder,
  onSort,
  children,
}: SortHeaderProps<S>) {
  const active = column === sort;
  return (
    <th scope="col" aria-sort={active ? (order === "asc" ? "ascending" : "descending") : undefined}>
      <Button
        className="sort-button"
        onPress={() => onSort(column, active ? (order === "asc" ? "desc" : "asc") : firstOrder)}
      >
        {children}
        <span aria-hidden="true" className="sort-mark">
          {active ? (order === "asc" ? "▲" : "▼") : ""}
        </span>
      </Button>
    </th>
  );
}
