import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../db/client.js";
import { ForbiddenError, UnauthorizedError } from "../errors.js";
import { findSessionProfile } from "../modules/auth/auth.repo.js";
import { hashToken } from "../modules/auth/tokens.js";
import type { ProfileRow } from "../modules/profiles/profile.table.js";

/**
 * Who may call a route, declared per route in `config.access`:
 * `public` — anyone; `user` — a logged-in profile (the default for every /api route);
 * `admin` — a logged-in admin. Later, `config.feature` names the feature whose access the
 * membership check (spec §6) decides before the handler runs.
 */
export type Access = "public" | "user" | "admin";

/** The logged-in profile a request acts for. */
export type Actor = { profile: ProfileRow; sessionId: string };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    feature?: string;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The session token from `X-Auth-Token` or `Authorization: Bearer`. */
export function tokenFrom(request: FastifyRequest): string | null {
  const header = request.headers["x-auth-token"];
  if (typeof header === "string" && header.length > 0) return header;
  const auth = request.headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice(7).trim() || null;
  return null;
}

/** The actor of a route that requires login (the hook has already rejected anonymous calls). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Database }) => {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    // Unmatched paths fall through to the not-found handler; static files and the API docs are public.
    const url = request.routeOptions.url;
    if (!url?.startsWith("/api/") || url.startsWith("/api/docs")) return;
    const access = request.routeOptions.config.access ?? "user";
    if (access === "public") return;
    const token = tokenFrom(request);
    const found = token ? await findSessionProfile(opts.db, hashToken(token)) : null;
    if (!found) throw new UnauthorizedError();
    request.actor = found;
    if (access === "admin" && found.profile.role !== "admin") {
      throw new ForbiddenError("forbidden", "Only an administrator may do this");
    }
  });
});
