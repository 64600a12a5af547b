import type { ComponentProps, ReactNode } from "react";

type StatCardProps = Omit<ComponentProps<"section">, "title"> & {
  label: string;
  value: ReactNode;
  icon: ReactNode;
  detail?: ReactNode;
  tone?: "neutral" | "good" | "accent";
};

/** One figure with its name and a line of context. */
export function StatCard({
  label,
  value,
  icon,
  detail,
  tone = "neutral",
  className,
  ...rest
}: StatCardProps) {
  return (
    <section
      className={["card", "stat-card", `stat-${tone}`, className ?? ""].filter(Boolean).join(" ")}
      {...rest}
    >
      <div className="stat-head">
        <span className="stat-icon" aria-hidden="true">
          {icon}
        </span>
        <h2 className="stat-label">{label}</h2>
      </div>
      <p className="stat-value tabular">{value}</p>
      {detail && <div className="stat-detail">{detail}</div>}
    </section>
  );
}
