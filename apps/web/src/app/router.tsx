import { createBrowserRouter, Navigate } from "react-router";
import { AuthLayout } from "../features/auth/AuthLayout";
import { AppShell } from "./AppShell";
import { GuestOnly, RequireAdmin, RequireAuth } from "./guards";
import { NotFoundPage, Root, RootFallback, RouteError } from "./Root";

// Pages load on first visit: the login screen does not wait for the chart library.
export const router = createBrowserRouter([
  {
    Component: Root,
    HydrateFallback: RootFallback,
    ErrorBoundary: RouteError,
    children: [
      {
        Component: GuestOnly,
        children: [
          {
            Component: AuthLayout,
            children: [
              {
                path: "login",
                lazy: async () => ({ Component: (await import("../features/auth/LoginPage")).LoginPage }),
              },
              {
                path: "register",
                lazy: async () => ({
                  Component: (await import("../features/auth/RegisterPage")).RegisterPage,
                }),
              },
            ],
          },
        ],
      },
      {
        Component: AuthLayout,
        children: [
          {
            path: "verify",
            lazy: async () => ({ Component: (await import("../features/auth/VerifyPage")).VerifyPage }),
          },
          {
            path: "forgot-password",
            lazy: async () => ({
              Component: (await import("../features/auth/ForgotPasswordPage")).ForgotPasswordPage,
            }),
          },
          {
            path: "reset-password",
            lazy: async () => ({
              Component: (await import("../features/auth/ResetPasswordPage")).ResetPasswordPage,
            }),
          },
        ],
      },
      {
        Component: RequireAuth,
        children: [
          {
            Component: AppShell,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import("../features/dashboard/DashboardPage")).DashboardPage,
                }),
              },
              {
                path: "weight",
                lazy: async () => ({ Component: (await import("../features/weight/WeightPage")).WeightPage }),
              },
              {
                path: "body",
                lazy: async () => ({
                  Component: (await import("../features/body/BodyLayout")).BodyLayout,
                }),
                children: [
                  { index: true, element: <Navigate to="/body/circumferences" replace /> },
                  {
                    path: "circumferences",
                    lazy: async () => ({
                      Component: (await import("../features/body/CircumferencePage")).CircumferencePage,
                    }),
                  },
                  {
                    path: "caliper",
                    lazy: async () => ({
                      Component: (await import("../features/body/CaliperPage")).CaliperPage,
                    }),
                  },
                  {
                    path: "photos",
                    lazy: async () => ({
                      Component: (await import("../features/photos/PhotosPage")).PhotosPage,
                    }),
                  },
                ],
              },
              {
                path: "nutrition",
                lazy: async () => ({
                  Component: (await import("../features/nutrition/NutritionLayout")).NutritionLayout,
                }),
                children: [
                  { index: true, element: <Navigate to="/nutrition/entry" replace /> },
                  {
                    path: "entry",
                    lazy: async () => ({
                      Component: (await import("../features/nutrition/NutritionEntryPage"))
                        .NutritionEntryPage,
                    }),
                  },
                  {
                    path: "import",
                    lazy: async () => ({
                      Component: (await import("../features/import/ImportPage")).ImportPage,
                    }),
                  },
                  {
                    path: "charts",
                    lazy: async () => ({
                      Component: (await import("../features/nutrition/NutritionChartsPage"))
                        .NutritionChartsPage,
                    }),
                  },
                ],
              },
              {
                path: "vitals",
                lazy: async () => ({
                  Component: (await import("../features/vitals/VitalsLayout")).VitalsLayout,
                }),
                children: [
                  { index: true, element: <Navigate to="/vitals/baseline" replace /> },
                  {
                    path: "baseline",
                    lazy: async () => ({
                      Component: (await import("../features/vitals/BaselinePage")).BaselinePage,
                    }),
                  },
                  {
                    path: "blood-pressure",
                    lazy: async () => ({
                      Component: (await import("../features/blood-pressure/BloodPressurePage"))
                        .BloodPressurePage,
                    }),
                  },
                  {
                    path: "import",
                    lazy: async () => ({
                      Component: (await import("../features/import/ImportPage")).ImportPage,
                    }),
                  },
                ],
              },
              {
                path: "training",
                lazy: async () => ({
                  Component: (await import("../features/training/TrainingLayout")).TrainingLayout,
                }),
                children: [
                  { index: true, element: <Navigate to="/training/log" replace /> },
                  {
                    path: "log",
                    lazy: async () => ({
                      Component: (await import("../features/training/ActivityPage")).ActivityPage,
                    }),
                  },
                  {
                    path: "categorize",
                    lazy: async () => ({
                      Component: (await import("../features/training/CategorizePage")).CategorizePage,
                    }),
                  },
                  {
                    path: "rest-days",
                    lazy: async () => ({
                      Component: (await import("../features/training/RestDayPage")).RestDayPage,
                    }),
                  },
                  {
                    path: "evaluation",
                    lazy: async () => ({
                      Component: (await import("../features/training/EvaluationPage")).EvaluationPage,
                    }),
                  },
                ],
              },
              // The old address of the blood pressure page, before it became a tab.
              { path: "blood-pressure", element: <Navigate to="/vitals/blood-pressure" replace /> },
              {
                path: "sleep",
                lazy: async () => ({ Component: (await import("../features/sleep/SleepPage")).SleepPage }),
              },
              { path: "photos", element: <Navigate to="/body/photos" replace /> },
              {
                path: "settings",
                lazy: async () => ({
                  Component: (await import("../features/settings/SettingsPage")).SettingsPage,
                }),
              },
              {
                Component: RequireAdmin,
                children: [
                  {
                    path: "admin",
                    lazy: async () => ({
                      Component: (await import("../features/admin/AdminPage")).AdminPage,
                    }),
                  },
                  {
                    path: "admin/training-types",
                    lazy: async () => ({
                      Component: (await import("../features/admin-training/TrainingTypesAdminPage"))
                        .TrainingTypesAdminPage,
                    }),
                  },
                  {
                    path: "admin/activity-mappings",
                    lazy: async () => ({
                      Component: (await import("../features/admin-training/ActivityMappingsAdminPage"))
                        .ActivityMappingsAdminPage,
                    }),
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: "*", Component: NotFoundPage },
    ],
  },
]);
