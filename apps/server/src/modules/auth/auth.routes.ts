import {
  authResponse,
  emailBody,
  errorBody,
  type Language,
  loginBody,
  messageResponse,
  profile,
  registerBody,
  resetPasswordBody,
  tokenBody,
} from "@mitai/shared";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import { toProfile } from "../profiles/profile.service.js";
import type { AuthContext } from "./auth.service.js";
import * as auth from "./auth.service.js";

const tags = ["auth"];
const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: "1 minute" } });

function browserLanguage(request: FastifyRequest): Language {
  return /^de\b/i.test(request.headers["accept-language"] ?? "") ? "de" : "en";
}

export async function authRoutes(app: App, ctx: AuthContext) {
  app.post(
    "/api/auth/register",
    {
      config: { access: "public", ...perMinute(3) },
      schema: {
        tags,
        summary: "Create an account; sends the verification mail",
        body: registerBody,
        response: { 201: messageResponse, 409: errorBody, 422: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await auth.register(ctx, request.body, browserLanguage(request));
      return reply
        .code(201)
        .send({ detail: "Account created; confirm your e-mail address with the link in the mail" });
    },
  );

  app.post(
    "/api/auth/verify",
    {
      config: { access: "public", ...perMinute(10) },
      schema: {
        tags,
        summary: "Confirm the e-mail address and log in",
        body: tokenBody,
        response: { 200: authResponse, 400: errorBody },
      },
    },
    async (request) => auth.verifyEmail(ctx, request.body.token),
  );

  app.post(
    "/api/auth/login",
    {
      config: { access: "public", ...perMinute(5) },
      schema: {
        tags,
        summary: "Log in with e-mail and password",
        body: loginBody,
        response: { 200: authResponse, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request) => auth.login(ctx, request.body),
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags, summary: "End this session", response: { 204: z.undefined() } } },
    async (request, reply) => {
      await auth.logout(ctx.db, actorOf(request));
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/auth/me",
    { schema: { tags, summary: "The logged-in profile", response: { 200: profile, 401: errorBody } } },
    async (request) => toProfile(actorOf(request).profile),
  );

  app.post(
    "/api/auth/forgot-password",
    {
      config: { access: "public", ...perMinute(3) },
      schema: {
        tags,
        summary: "Mail a password-reset link (answers the same whether the address exists or not)",
        body: emailBody,
        response: { 202: messageResponse },
      },
    },
    async (request, reply) => {
      await auth.forgotPassword(ctx, request.body.email);
      return reply
        .code(202)
        .send({ detail: "If the address belongs to an account, a reset link is on its way" });
    },
  );

  app.post(
    "/api/auth/resend-verification",
    {
      config: { access: "public", ...perMinute(3) },
      schema: {
        tags,
        summary: "Mail the verification link again",
        body: emailBody,
        response: { 202: messageResponse },
      },
    },
    async (request, reply) => {
      await auth.resendVerification(ctx, request.body.email);
      return reply
        .code(202)
        .send({ detail: "If the address waits for verification, a new link is on its way" });
    },
  );

  app.post(
    "/api/auth/reset-password",
    {
      config: { access: "public", ...perMinute(10) },
      schema: {
        tags,
        summary: "Set a new password with the mailed token; ends all sessions",
        body: resetPasswordBody,
        response: { 200: messageResponse, 400: errorBody },
      },
    },
    async (request) => {
      await auth.resetPassword(ctx, request.body);
      return { detail: "Password changed; log in with the new password" };
    },
  );
}
