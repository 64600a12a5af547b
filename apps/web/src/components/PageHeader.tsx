import { type ReactNode, useEffect } from "react";

type PageHeaderProps = { title: string; subtitle?: ReactNode; actions?: ReactNode };

/** The page's h1; also names the browser tab. */
export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Mitai Jinkendo`;
  }, [title]);
}
