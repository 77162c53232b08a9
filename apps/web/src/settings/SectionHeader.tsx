import type { ReactNode } from "react";

/** A settings section's h2, with a sentence on what it is for and its main action. */
interface SectionHeaderProps {
  /** The heading's id, for the section's aria-labelledby. */
  id: string;
  title: string;
  description: string;
  action?: ReactNode;
}

export function SectionHeader({ id, title, description, action }: SectionHeaderProps) {
  return (
    <div className="section-header">
      <div>
        <h2 id={id}>{title}</h2>
        <p className="section-description">{description}</p>
      </div>
      {action}
    </div>
  );
}
