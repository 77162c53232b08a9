import { useEffect, useRef, useState } from "react";
import { Button, Input, Label, SearchField } from "react-aria-components";
import { useDebounced } from "./useDebounced";

interface SearchBoxProps {
  label: string;
  /** The search in the URL. */
  value: string;
  /** Called once typing pauses. */
  onSearch(value: string): void;
  placeholder?: string;
}

/**
 * A search field that asks once typing pauses, and follows the URL when it changes (back button).
 * Only typing asks: a URL that changes under it (leaving the page) must not be "searched" back.
 */
export function SearchBox({ label, value, onSearch, placeholder }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text);
  /** `typed`: the page (path) the user typed on; null once the text is searched or replaced by the URL's. */
  const latest = useRef<{ value: string; onSearch(value: string): void; typed: string | null }>({
    value,
    onSearch,
    typed: null,
  });
  latest.current = { ...latest.current, value, onSearch };

  useEffect(() => {
    latest.current.typed = null;
    setText(value);
  }, [value]);
  useEffect(() => {
    const { typed, value: current } = latest.current;
    // Typing then leaving at once (a click on a row) must not search the page that was left.
    if (typed !== window.location.pathname || settled.trim() === current.trim()) return;
    latest.current.typed = null;
    latest.current.onSearch(settled);
  }, [settled]);
  const type = (next: string) => {
    latest.current.typed = window.location.pathname;
    setText(next);
  };

  return (
    <SearchField className="field search-box" value={text} onChange={type} onSubmit={() => onSearch(text)}>
      <Label>{label}</Label>
      <div className="search-box-input">
        <Input placeholder={placeholder} />
        {text && (
          <Button className="search-box-clear" aria-label="Clear search">
            ×
          </Button>
        )}
      </div>
    </SearchField>
  );
}
