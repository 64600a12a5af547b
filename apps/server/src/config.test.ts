import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults for an embedded single-user install", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8002,
      host: "0.0.0.0",
      dataDir: path.resolve("./data"),
      photosDir: path.resolve("./data/photos"),
      databaseUrl: undefined,
      dbPoolMax: 10,
      appUrl: "http://localhost:8002",
      allowedOrigins: [],
      smtp: null,
      trustProxy: false,
    });
  });

  it("reads every variable", () => {
    const c = loadConfig({
      PORT: "9000",
      DATABASE_URL: "postgresql://u:p@db:5432/mitai",
      DB_POOL_MAX: "25",
      APP_URL: "https://mitai.example.org/",
      ALLOWED_ORIGINS: "https://a.example, https://b.example/",
      SMTP_HOST: "mail.example.org",
      SMTP_PORT: "465",
      SMTP_USER: "mitai",
      SMTP_PASS: "pw",
      SMTP_SECURE: "true",
      TRUST_PROXY: "1",
      LOG_LEVEL: "warn",
    });
    expect(c).toMatchObject({
      port: 9000,
      databaseUrl: "postgresql://u:p@db:5432/mitai",
      dbPoolMax: 25,
      appUrl: "https://mitai.example.org",
      allowedOrigins: ["https://a.example", "https://b.example"],
      smtp: { host: "mail.example.org", port: 465, user: "mitai", pass: "pw", secure: true },
      trustProxy: 1,
      logLevel: "warn",
    });
    expect(c.smtp?.from).toBe("Mitai Jinkendo <no-reply@mitai.example.org>");
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["DB_POOL_MAX", "0"],
    ["DATABASE_URL", "mysql://db/mitai"],
    ["APP_URL", "not a url"],
    ["ALLOWED_ORIGINS", "https://ok.example,nope"],
    ["SMTP_SECURE", "maybe"],
    ["SMTP_PORT", "-1"],
    ["LOG_LEVEL", "loud"],
    ["TRUST_PROXY", "everyone please"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name} `));
  });
});
