import { describe, expect, it } from "vitest";
import de from "./de.json";
import en from "./en.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string") {
      out.set(
        path,
        [...node.matchAll(/{{\s*(\w+)/g)]
          .map((m) => m[1])
          .sort()
          .join(","),
      );
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(value, "");
  return out;
}

describe("translations", () => {
  it("have the same keys in German and English", () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });

  it("use the same placeholders in both languages", () => {
    const german = placeholders(de);
    for (const [path, names] of placeholders(en)) expect(german.get(path), path).toBe(names);
  });

  it("have no empty texts", () => {
    const empty = (node: unknown): boolean =>
      typeof node === "string" ? node.trim() === "" : Object.values(node ?? {}).some(empty);
    expect(empty(de)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
