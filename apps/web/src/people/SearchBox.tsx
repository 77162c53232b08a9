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

/** A search field that asks once typing pauses, and follows the URL when it changes (back button). */
export function SearchBox({ label, value, onSearch, placeholder }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text);
  const latest = useRef({ value, onSearch });
  latest.current = { value, onSearch };

  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (settled.trim() !== latest.current.value.trim()) latest.current.onSearch(settled);
  }, [settled]);

  return (
    <SearchField className="field search-box" value={text} onChange={setText} onSubmit={() => onSearch(text)}>
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
