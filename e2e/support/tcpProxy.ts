import net from "node:net";

export interface TcpProxy {
  /** http://127.0.0.1:<port>: the address visitors use, whichever node serves it. */
  url: string;
  /** Sends new connections to this port on 127.0.0.1 from now on (open ones stay where they are). */
  switchTo(port: number): void;
  /** How many connections were sent to `port` so far. */
  connectionsTo(port: number): number;
  /** Stops listening and cuts every open connection. */
  close(): Promise<void>;
}

/**
 * "The load balancer" of a scale-out test: a plain TCP proxy (HTTP and WebSocket alike) on a free
 * port that forwards each new connection to the current node. A connection whose node goes away is
 * cut, as a load balancer does; until the test switches it to another node, new connections are
 * refused the same way.
 */
export async function startTcpProxy(): Promise<TcpProxy> {
  let target: number | null = null;
  const counts = new Map<number, number>();
  const open = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    // Resets and refusals end the connection (below); they are not the test's failures.
    socket.on("error", () => socket.destroy());
  };

  const server = net.createServer((client) => {
    track(client);
    if (target === null) return void client.destroy();
    counts.set(target, (counts.get(target) ?? 0) + 1);
    const upstream = net.connect(target, "127.0.0.1");
    track(upstream);
    // An orderly end travels through the pipes (after the data); anything else cuts the other side.
    client.pipe(upstream);
    upstream.pipe(client);
    upstream.on("close", (hadError) => hadError && client.destroy());
    client.on("close", (hadError) => hadError && upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    switchTo(port) {
      target = port;
    },
    connectionsTo: (port) => counts.get(port) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
