// Notification mails: who takes which kind (opt-outs per user and kind, /api/me/notifications), the
// one-click unsubscribe of every notification mail (RFC 8058, a signed token, no sign-in), and notify(),
// which any feature uses to send one.
// Invariants: a recipient's opt-out is read in the same batch as the event (notificationRecipients /
// notOptedOut); every notification mail carries its unsubscribe link and the List-Unsubscribe headers.

export { type NotificationContent, notify, type Recipient, UNSUBSCRIBE_PATH } from "./notify";
export { notificationRecipients, notOptedOut } from "./queries";
export { notificationRoutes } from "./routes";
export { readUnsubscribeToken, unsubscribeToken } from "./token";
