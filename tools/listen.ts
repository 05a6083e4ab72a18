// How every local stand-in (tools/) listens: on a loopback address, on the given port (0: any free one),
// resolving once it accepts connections; `close` drops open keep-alive connections so that it returns at once.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  /** `http://<host>:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function listenLocal(server: Server, port = 0, host = "127.0.0.1"): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
