import type { App } from "../../types.js";

/**
 * Registers a tree of admin-only routes: every route added inside gets `access: "admin"`, so the
 * auth hook answers 403 to anyone else before a handler runs — the guard is set once per tree, and
 * a route added later cannot forget it.
 */
export async function adminRoutes(app: App, routes: (admin: App) => Promise<void>): Promise<void> {
  await app.register(async (admin) => {
    admin.addHook("onRoute", (route) => {
      route.config = { ...route.config, access: "admin" };
    });
    await routes(admin);
  });
}
