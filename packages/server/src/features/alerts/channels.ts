import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';

/** What an alert says outside Vigil: never pupil content, only category, severity, school and a link. */
export interface AlertMessage {
  alertId: string;
  kind: 'threshold' | 'escalation';
  category: string;
  severity: number;
  school: string;
  link: string;
  raisedAt: string;
}

export function emailText(m: AlertMessage): { subject: string; text: string } {
  const what =
    m.kind === 'escalation' ? 'A capture has been escalated to you' : 'A capture needs your attention';
  const category = m.category.replace(/-/g, ' ');
  return {
    subject: `Vigil alert: ${category}, severity ${m.severity}, ${m.school}`,
    text: [
      `${what} in Vigil.`,
      '',
      `Category: ${category}`,
      `Severity: ${m.severity} of 5`,
      `School: ${m.school}`,
      `Raised: ${m.raisedAt}`,
      '',
      `Open it (sign-in required): ${m.link}`,
      '',
      'This message deliberately contains no details about the pupil.',
    ].join('\n'),
  };
}

export interface Mailer {
  send(to: string, message: AlertMessage): Promise<void>;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, message) {
      const { subject, text } = emailText(message);
      await transport.sendMail({ from, to, subject, text });
    },
  };
}

export const SIGNATURE_HEADER = 'x-vigil-signature';
export const TIMESTAMP_HEADER = 'x-vigil-timestamp';

/** `sha256=<hex>` of `<timestamp>.<body>` with the contact's secret; receivers recompute and compare. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function postWebhook(
  url: string,
  secret: string,
  message: AlertMessage,
  now: number,
): Promise<void> {
  const body = JSON.stringify({ type: 'vigil.alert', ...message });
  const timestamp = String(Math.floor(now / 1000));
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: timestamp,
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}
