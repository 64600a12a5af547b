import type { FastifyRequest } from "fastify";
import type { FastifyRouteSchemaDef } from "fastify/types/schema.js";
import { z } from "zod";
import { serializerCompiler } from "../serializer.js";
import type { App } from "../types.js";

/**
 * Cached answers (the same object until their profile changes, never mutated) go out as the bytes
 * of their JSON, written once: five years of nutrition days are about 400 kB, ten years of a
 * training evaluation about 290 kB, and serializing them, then encoding the string anew for every
 * request, was most of each request's time. Applies to the routes of `scope` (an encapsulated
 * plugin, so no other route is touched); for routes whose answers come from a ChangeCache slot.
 */
export function sendAnswersOnce(scope: App): void {
  const jsonOf = new WeakMap<object, string>();
  const bytesOf = new WeakMap<object, Buffer>();
  const answerOf = new WeakMap<FastifyRequest, object>();

  scope.setSerializerCompiler(<T>(route: FastifyRouteSchemaDef<T>) => {
    const { schema } = route;
    // Fastify hands the compiler the response schema of one status code.
    if (!(schema instanceof z.ZodType))
      throw new Error(`${route.url}: the response schema must be a zod schema`);
    const serialize = serializerCompiler({ ...route, schema });
    return (data: unknown) => {
      if (typeof data !== "object" || data === null) return serialize(data);
      let json = jsonOf.get(data);
      if (json === undefined) {
        json = serialize(data);
        jsonOf.set(data, json);
      }
      return json;
    };
  });

  scope.addHook("preSerialization", async (request, reply, payload) => {
    if (reply.statusCode === 200 && typeof payload === "object" && payload !== null)
      answerOf.set(request, payload);
    return payload;
  });

  scope.addHook("onSend", async (request, _reply, payload) => {
    const answer = answerOf.get(request);
    if (answer === undefined || typeof payload !== "string") return payload;
    let bytes = bytesOf.get(answer);
    if (bytes === undefined) {
      bytes = Buffer.from(payload);
      bytesOf.set(answer, bytes);
    }
    return bytes;
  });
}
