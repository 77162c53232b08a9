import type { Ref } from "react";
import { Input, Label, SearchField } from "react-aria-components";

interface CanvasSearchProps {
  query: string;
  onQuery(query: string): void;
  /** Matching cards and which one is shown (0-based), for "2 of 5". */
  count: number;
  current: number;
  /** Enter: the next match (Shift+Enter: the previous), centred on the canvas. */
  onStep(delta: 1 | -1): void;
  inputRef: Ref<HTMLInputElement>;
}

/** Search across cards and their texts: matches are highlighted; Enter cycles through them. */
export function CanvasSearch({ query, onQuery, count, current, onStep, inputRef }: CanvasSearchProps) {
  return (
    <SearchField className="canvas-search" value={query} onChange={onQuery}>
      <Label className="visually-hidden">Search cards</Label>
      <Input
        ref={inputRef}
        placeholder="Search cards"
        title="Search cards (Ctrl+F)"
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          onStep(event.shiftKey ? -1 : 1);
        }}
      />
      {query && (
        <span className="canvas-search-count" role="status">
          {count === 0 ? "No match" : `${current + 1} of ${count}`}
        </span>
      )}
    </SearchField>
  );
}
