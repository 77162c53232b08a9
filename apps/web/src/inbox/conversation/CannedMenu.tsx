import type { CannedResponse } from "@parley/protocol/liveChat";

interface CannedMenuProps {
  id: string;
  choices: readonly CannedResponse[];
  active: number;
  onPick(response: CannedResponse): void;
}

/**
 * The `/` menu under the composer: a listbox the composer drives (arrows, Enter, Escape) while focus
 * stays in the text, as a combobox's popup does; a click picks too.
 */
export function CannedMenu({ id, choices, active, onPick }: CannedMenuProps) {
  if (choices.length === 0) {
    return (
      <p id={id} className="canned-menu canned-empty" role="status">
        No canned response matches.
      </p>
    );
  }
  return (
    <ul id={id} className="canned-menu" role="listbox" aria-label="Canned responses">
      {choices.map((response, i) => (
        <li
          key={response.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className="canned-option"
          onMouseDown={(event) => {
            event.preventDefault(); // keep the focus in the composer
            onPick(response);
          }}
        >
          <span className="canned-shortcut">/{response.shortcut}</span> <span>{response.title}</span>
          <span className="canned-text">{response.text}</span>
        </li>
      ))}
    </ul>
  );
}
