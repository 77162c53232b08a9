import { Button } from "../../ui/Button";

interface RowControlsProps {
  /** What the row is, for screen readers: "answer 2". */
  name: string;
  index: number;
  count: number;
  onMove(by: number): void;
  onRemove(): void;
}

/** Move up, move down and remove for one row of a card's list (answers, branches, mappings). */
export function RowControls({ name, index, count, onMove, onRemove }: RowControlsProps) {
  return (
    <div className="row-controls">
      <Button
        className="button-small"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onPress={() => onMove(-1)}
      >
        ↑
      </Button>
      <Button
        className="button-small"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onPress={() => onMove(1)}
      >
        ↓
      </Button>
      <Button className="button-small button-danger-quiet" aria-label={`Remove ${name}`} onPress={onRemove}>
        Remove
      </Button>
    </div>
  );
}
