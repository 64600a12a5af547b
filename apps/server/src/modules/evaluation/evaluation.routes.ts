import { errorBody, evaluation, evaluationQuery } from "@mitai/shared";
import type { ChangeCache } from "../../cache/change-cache.js";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import { sendAnswersOnce } from "../../plugins/send-once.js";
import type { App } from "../../types.js";
import { createEvaluationCache, evaluateTraining } from "./evaluation.service.js";

export async function evaluationRoutes(app: App, deps: { db: Database; cache: ChangeCache }) {
  const { db } = deps;
  const cached = createEvaluationCache(deps.cache);
  // A cached evaluation goes out as its JSON's bytes, written once (ten years are ~290 kB).
  await app.register(async (scope: App) => {
    sendAnswersOnce(scope);
    scope.get(
      "/api/evaluation",
      {
        schema: {
          tags: ["training"],
          summary:
            "Training of a period (default: the last 28 days): volume per type and category, weeks, load trend with the acute:chronic ratio, ability balance",
          querystring: evaluationQuery,
          response: { 200: evaluation, 422: errorBody },
        },
      },
      async (request) => evaluateTraining(db, actorOf(request), request.query, cached),
    );
  });
}
