import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { Config } from "../config.js";
import type { Mail } from "./templates.js";

export type Mailer = {
  /** Sends a mail; `link` is what a log-only install writes instead. Never throws. */
  send(to: string, mail: Mail, link: string): Promise<boolean>;
  close(): void;
};

export function createMailer(smtp: Config["smtp"], log: FastifyBaseLogger): Mailer {
  if (!smtp) {
    return {
      async send(to, mail, link) {
        log.info({ to, subject: mail.subject, link }, `mail not sent (no SMTP configured): ${link}`);
        return true;
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? "" } : undefined,
  });
  return {
    async send(to, mail) {
      try {
        await transport.sendMail({
          from: smtp.from,
          to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
        log.info({ to, subject: mail.subject }, "mail sent");
        return true;
      } catch (err) {
        log.error({ err, to, subject: mail.subject }, "mail could not be sent");
        return false;
      }
    },
    close() {
      transport.close();
    },
  };
}
