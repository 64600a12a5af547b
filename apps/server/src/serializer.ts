import fastJsonStringify, { type AnySchema } from "fast-json-stringify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

type SerializerCompiler = typeof zodSerializerCompiler;

/** The zod schema of a response: given directly, or as `{properties: schema}` (per-status form). */
function zodSchemaOf(schema: unknown): z.ZodType | null {
  if (schema instanceof z.ZodType) return schema;
  if (
    typeof schema === "object" &&
    schema !== null &&
    "properties" in schema &&
    schema.properties instanceof z.ZodType
  ) {
    return schema.properties;
  }
  return null;
}

/** A JSON Schema of the response, or null where JSON Schema cannot express it (z.undefined() of a 204). */
function jsonSchemaOf(schema: z.ZodType): AnySchema | null {
  try {
    const json: unknown = z.toJSONSchema(schema, {
      io: "output",
      target: "draft-7",
      unrepresentable: "throw",
    });
    return isSchemaObject(json) ? json : null;
  } catch {
    return null;
  }
}

/** zod's JSON Schema type allows boolean sub-schemas fast-json-stringify's types do not list; the shapes we emit are objects. */
function isSchemaObject(json: unknown): json is AnySchema {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

/**
 * Response serialization compiled once per route from its zod schema: the schema becomes JSON
 * Schema and fast-json-stringify writes exactly the declared fields (so, as with zod's encode,
 * nothing undeclared such as a password hash can leak), without re-validating every value the
 * server produced itself — zod's `safeEncode` + `JSON.stringify` was the most expensive step of a
 * list answer (measured in `npm run bench`). A missing required field still throws (→ 500).
 * Schemas JSON Schema cannot express keep the zod serializer.
 */
export const serializerCompiler: SerializerCompiler = (route) => {
  const schema = zodSchemaOf(route.schema);
  const json = schema && jsonSchemaOf(schema);
  if (!json) return zodSerializerCompiler(route);
  // Compiled on the route's first answer, so the start-up does not pay for every route.
  let stringify: ((data: unknown) => string) | undefined;
  return (data: unknown) => {
    stringify ??= fastJsonStringify(json);
    return stringify(data);
  };
};
