// What a message is and what a provider does with it (its own module: the providers and the
// factory that picks one both use these, so none of them imports another).
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra message headers (e.g. List-Unsubscribe), passed to the provider as they are. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Resolves once the provider accepted the message; rejects otherwise. */
  send(mail: Mail): Promise<void>;
}
