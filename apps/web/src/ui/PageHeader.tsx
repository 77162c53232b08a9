import { type ReactNode, useEffect } from "react";

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The browser tab's title when it should say more than the heading. */
  documentTitle?: string;
}

/** The page's h1 (also its document title) with an optional description and actions. */
export function PageHeader({ title, description, actions, documentTitle }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${documentTitle ?? title} · Parley`;
  }, [title, documentTitle]);
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
