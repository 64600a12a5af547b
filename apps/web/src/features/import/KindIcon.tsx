import type { ImportKind } from "@mitai/shared";
import { Activity, Apple, Dumbbell, HeartPulse, type LucideIcon, Moon } from "lucide-react";

/** The same pictures the navigation and the dashboard tiles use for these kinds. */
const icons: Record<ImportKind, LucideIcon> = {
  blood_pressure: HeartPulse,
  vitals: Activity,
  sleep: Moon,
  activity: Dumbbell,
  nutrition: Apple,
};

export function KindIcon({ kind, size = 18 }: { kind: ImportKind; size?: number }) {
  const Icon = icons[kind];
  return <Icon size={size} aria-hidden="true" className={`import-kind-icon import-kind-icon-${kind}`} />;
}
