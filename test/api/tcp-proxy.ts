import net from 'node:net';

/**
 * A TCP proxy between the API and a server (PostgreSQL, Temporal) that a test can cut: at once (nothing
 * listens on its port any more and every open connection drops), or at the moment the client sends bytes
 * that hold a given text (a statement of PostgreSQL's wire protocol carries its SQL as plain text).
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private trap: { text: string; forward: boolean; sprung: (cut: Promise<void>) => void } | undefined;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<this> {
    const server = net.createServer((client) => this.connect(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
    return this;
  }

  private connect(client: net.Socket) {
    const upstream = net.connect(this.target);
    this.sockets.add(client).add(upstream);
    let swallowReplies = false;
    client.on('data', (chunk) => {
      const trap = this.trap;
      if (trap && chunk.toString('latin1').includes(trap.text)) {
        this.trap = undefined;
        // The statement reaches the server (and is carried out) but its answer never comes back; or it never leaves.
        if (trap.forward) {
          swallowReplies = true;
          upstream.write(chunk);
        }
        trap.sprung(new Promise((resolve) => setTimeout(resolve, trap.forward ? 500 : 0)).then(() => this.cut()));
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!swallowReplies) client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  }

  /**
   * Cuts the connection when the client next sends `text`: `forward` lets that message reach the server
   * first (its work is done, the answer is lost), otherwise it is dropped. Resolves once cut.
   */
  cutAt(text: string, forward: boolean): Promise<void> {
    return new Promise((resolve) => {
      this.trap = { text, forward, sprung: (cut) => void cut.then(resolve) };
    });
  }

  /** Nothing listens any more, and every connection through the proxy drops. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again on the same port: the server is back. */
  async restore(): Promise<void> {
    if (!this.server) await this.listen();
  }
}

/** host and port of `postgresql://user@host:port/db` or `host:port`. */
export function hostAndPort(address: string): { host: string; port: number } {
  const url = new URL(address.includes('://') ? address : `tcp://${address}`);
  return { host: url.hostname, port: Number(url.port) };
}
