import { type CircumferencePoint, circumferencePoints } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { labelSide, SKETCH_HEIGHT, SKETCH_WIDTH, sketchLines } from "./sketch";

const LABEL_ROOM = 44;

/** Mirrors a left-side outline to the right: the figure is symmetric about its middle. */
const mirror = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y]) => `${SKETCH_WIDTH - x},${y}`).join(" ");
const polygon = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y]) => `${x},${y}`).join(" ");

const leg = [
  [49, 196],
  [79, 200],
  [76, 250],
  [76, 290],
  [72, 338],
  [61, 338],
  [55, 290],
  [54, 250],
] as const;

const TORSO =
  "M62 62C50 63 44 66 42 76L47 100C50 120 54 130 54 136C52 150 48 168 47 182L49 200L111 200L113 182" +
  "C112 168 108 150 106 136C106 130 110 120 113 100L118 76C116 66 110 63 98 62Z";

type BodySketchProps = {
  active: CircumferencePoint;
  onSelect?: (point: CircumferencePoint) => void;
};

/** A front silhouette with a line at each girth point; the active one is highlighted and named. */
export function BodySketch({ active, onSelect }: BodySketchProps) {
  const { t } = useTranslation();
  const line = sketchLines[active];
  const side = labelSide(active);
  return (
    <svg
      className="body-sketch"
      viewBox={`${-LABEL_ROOM} 0 ${SKETCH_WIDTH + 2 * LABEL_ROOM} ${SKETCH_HEIGHT}`}
      role="img"
      aria-label={`${t("body.sketch.label")}: ${t(`body.points.${active}`)}`}
      data-testid="body-sketch"
      data-active={active}
    >
      <g className="body-sketch-figure">
        <ellipse cx={80} cy={28} rx={17} ry={20} />
        <rect x={71} y={42} width={18} height={22} rx={6} />
        <path d={TORSO} />
        <line x1={40} y1={80} x2={29} y2={190} className="body-sketch-limb" />
        <line x1={120} y1={80} x2={131} y2={190} className="body-sketch-limb" />
        <polygon points={polygon(leg)} />
        <polygon points={mirror(leg)} />
      </g>
      {circumferencePoints.map((point) => {
        const { y, x1, x2 } = sketchLines[point];
        const on = point === active;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; each input is reachable by keyboard
          <g
            key={point}
            className={on ? "body-sketch-mark body-sketch-mark-active" : "body-sketch-mark"}
            data-point={point}
            onClick={onSelect ? () => onSelect(point) : undefined}
          >
            <line x1={x1 - 4} y1={y} x2={x2 + 4} y2={y} className="body-sketch-hit" />
            <line x1={x1} y1={y} x2={x2} y2={y} />
            <circle cx={x1} cy={y} r={on ? 3.5 : 2.5} />
            <circle cx={x2} cy={y} r={on ? 3.5 : 2.5} />
          </g>
        );
      })}
      <text
        className="body-sketch-label"
        x={side === "left" ? line.x1 - 6 : line.x2 + 6}
        y={line.y + 4}
        textAnchor={side === "left" ? "end" : "start"}
      >
        {t(`body.points.${active}`)}
      </text>
    </svg>
  );
}
