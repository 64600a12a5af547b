import Fastify from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { serializerCompiler } from "./serializer.js";

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();

beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const shape = z.object({
    id: z.string(),
    note: z.string().nullable(),
    tags: z.array(z.string()).optional(),
  });
  app.get("/leaky", { schema: { response: { 200: shape } } }, async () => ({
    id: "a",
    note: null,
    passwordHash: "secret",
  }));
  app.get("/broken", { schema: { response: { 200: shape } } }, async () => JSON.parse('{"note":"no id"}'));
  app.delete("/gone", { schema: { response: { 204: z.undefined() } } }, async (_req, reply) =>
    reply.code(204).send(),
  );
  await app.ready();
});
afterAll(() => app.close());

describe("response serializer", () => {
  it("writes only the declared fields", async () => {
    const res = await app.inject({ url: "/leaky" });
    expect(res.json()).toEqual({ id: "a", note: null });
    expect(res.body).not.toContain("secret");
  });

  it("fails the response when a required field is missing", async () => {
    const res = await app.inject({ url: "/broken" });
    expect(res.statusCode).toBe(500);
  });

  it("keeps empty 204 answers", async () => {
    const res = await app.inject({ method: "DELETE", url: "/gone" });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe("");
  });
});
