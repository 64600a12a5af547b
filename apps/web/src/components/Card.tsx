import type { ComponentProps, ReactNode } from "react";

type CardProps = Omit<ComponentProps<"section">, "title"> & {
  title?: ReactNode;
  titleId?: string;
  actions?: ReactNode;
  description?: ReactNode;
};

/** A surface with an optional heading row; a titled card is a labelled region. */
export function Card({ title, titleId, actions, description, className, children, ...rest }: CardProps) {
  return (
    <section
      className={["card", className ?? ""].filter(Boolean).join(" ")}
      aria-labelledby={title && titleId ? titleId : undefined}
      {...rest}
    >
      {(title || actions) && (
        <header className="card-header">
          <div>
            {title && <h2 id={titleId}>{title}</h2>}
            {description && <p className="card-description">{description}</p>}
          </div>
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
