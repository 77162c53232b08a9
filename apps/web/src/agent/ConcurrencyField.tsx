import { SelectField } from "../ui/SelectField";
import { SITE_DEFAULT } from "./profileDraft";

const OPTIONS = [
  { value: SITE_DEFAULT, label: "Site default" },
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
];

interface ConcurrencyFieldProps {
  /** SITE_DEFAULT or "1" … "10". */
  value: string;
  onChange(value: string): void;
  label?: string;
  hideLabel?: boolean;
  error?: string;
  disabled?: boolean;
  hint?: string;
}

/** How many chats an agent takes at once: 1–10, or the site's default. */
export function ConcurrencyField({ label = "Concurrent chats", ...props }: ConcurrencyFieldProps) {
  return <SelectField className="limit-select" label={label} options={OPTIONS} {...props} />;
}
