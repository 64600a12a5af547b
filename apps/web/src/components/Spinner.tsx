export function Spinner({ size = 20 }: { size?: number }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}

/** A centred spinner with a text for screen readers, for a whole page or card that is loading. */
export function Loading({ label, fill = false }: { label: string; fill?: boolean }) {
  return (
    <div className={fill ? "loading loading-fill" : "loading"} role="status">
      <Spinner size={28} />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

/** Grey placeholder blocks in the shape of the content to come. */
export function Skeleton({ height = 16, width = "100%" }: { height?: number; width?: number | string }) {
  return <span className="skeleton" style={{ height, width }} aria-hidden="true" />;
}
