import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { to: string; subject: string; text: string; html: string };

/** A real SMTP server on a free local port that keeps every mail it receives. */
export async function startMailCatcher() {
  const mails: CaughtMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
          mails.push({
            to: to ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          });
          for (const w of waiters.splice(0)) w();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    mails,
    /** The newest mail to `to`, waiting up to 5 s for it to arrive. */
    async waitFor(to: string, count = 1): Promise<CaughtMail> {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const mine = mails.filter((m) => m.to.includes(to));
        if (mine.length >= count) return mine[mine.length - 1] as CaughtMail;
        if (Date.now() > deadline) throw new Error(`no mail #${count} to ${to} arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first app link (`/verify?token=…` or `/reset-password?token=…`) in a mail. */
export function linkToken(mail: CaughtMail, path: "/verify" | "/reset-password"): string {
  const match = mail.text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail "${mail.subject}"`);
  return match[1];
}
