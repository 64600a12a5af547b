import type { Language } from "@mitai/shared";

export type MailKind = "verify" | "reset";
export type Mail = { subject: string; text: string; html: string };

const texts: Record<
  Language,
  Record<MailKind, { subject: string; intro: string; action: string; note: string }>
> = {
  en: {
    verify: {
      subject: "Confirm your e-mail address for Mitai Jinkendo",
      intro: "welcome to Mitai Jinkendo. Please confirm your e-mail address to activate your account.",
      action: "Confirm e-mail address",
      note: "The link is valid for 48 hours. If you did not register, you can ignore this e-mail.",
    },
    reset: {
      subject: "Reset your Mitai Jinkendo password",
      intro: "someone (hopefully you) asked to reset the password of your Mitai Jinkendo account.",
      action: "Choose a new password",
      note: "The link works once and is valid for one hour. If you did not ask for it, ignore this e-mail; your password stays as it is.",
    },
  },
  de: {
    verify: {
      subject: "Bestätige deine E-Mail-Adresse für Mitai Jinkendo",
      intro:
        "willkommen bei Mitai Jinkendo. Bitte bestätige deine E-Mail-Adresse, um dein Konto zu aktivieren.",
      action: "E-Mail-Adresse bestätigen",
      note: "Der Link ist 48 Stunden gültig. Wenn du dich nicht registriert hast, kannst du diese E-Mail ignorieren.",
    },
    reset: {
      subject: "Setze dein Passwort für Mitai Jinkendo zurück",
      intro:
        "jemand (hoffentlich du) hat angefordert, das Passwort deines Mitai-Jinkendo-Kontos zurückzusetzen.",
      action: "Neues Passwort wählen",
      note: "Der Link funktioniert einmal und ist eine Stunde gültig. Wenn du das nicht angefordert hast, ignoriere diese E-Mail; dein Passwort bleibt unverändert.",
    },
  },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderMail(kind: MailKind, language: Language, name: string, link: string): Mail {
  const t = texts[language][kind];
  const greeting = language === "de" ? `Hallo ${name},` : `Hello ${name},`;
  const text = `${greeting}\n\n${t.intro}\n\n${t.action}:\n${link}\n\n${t.note}\n\n— Mitai Jinkendo\n`;
  const html = `<!doctype html>
<html lang="${language}"><body style="font-family:system-ui,sans-serif;color:#1f2933;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(t.intro)}</p>
<p style="margin:28px 0"><a href="${escapeHtml(link)}" style="background:#0f766e;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;display:inline-block">${escapeHtml(t.action)}</a></p>
<p style="font-size:14px;color:#52606d">${escapeHtml(t.note)}</p>
<p style="font-size:13px;color:#52606d;word-break:break-all">${escapeHtml(link)}</p>
<p>— Mitai Jinkendo</p>
</body></html>`;
  return { subject: t.subject, text, html };
}
