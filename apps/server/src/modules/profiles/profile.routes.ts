import { adminProfileUpdate, errorBody, profile, profileList, profileUpdate } from "@mitai/shared";
import { z } from "zod";
import type { ChangeCache } from "../../cache/change-cache.js";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import { adminUpdateProfile, listAllProfiles, toProfile, updateOwnProfile } from "./profile.service.js";

export async function profileRoutes(app: App, { db, cache }: { db: Database; cache: ChangeCache }) {
  app.get(
    "/api/profile",
    { schema: { tags: ["profile"], summary: "Own profile", response: { 200: profile } } },
    async (request) => toProfile(actorOf(request).profile),
  );

  app.put(
    "/api/profile",
    {
      schema: {
        tags: ["profile"],
        summary: "Change own profile (e-mail is read-only)",
        body: profileUpdate,
        response: { 200: profile, 422: errorBody },
      },
    },
    async (request) => updateOwnProfile(db, actorOf(request), request.body),
  );

  app.get(
    "/api/profiles",
    {
      config: { access: "admin" },
      schema: { tags: ["admin"], summary: "All profiles", response: { 200: profileList } },
    },
    async () => listAllProfiles(db),
  );

  app.put(
    "/api/profiles/:id",
    {
      config: { access: "admin" },
      schema: {
        tags: ["admin"],
        summary: "Change a profile's role or active flag; deactivating ends its sessions",
        params: z.object({ id: z.uuid() }),
        body: adminProfileUpdate,
        response: { 200: profile, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const updated = await adminUpdateProfile(db, request.params.id, request.body);
      // A deactivated profile is locked out in this process at once, not only when the notice arrives.
      cache.evict(updated.id);
      return updated;
    },
  );
}
