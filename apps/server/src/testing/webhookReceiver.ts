import http from "node:http";

export interface ReceivedCall {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The raw body, exactly as it arrived (what the signature covers). */
  body: string;
}

/** What the receiver does with the next call: answer with a status, or never answer (a timeout). */
export type Behaviour = number | "hang";

/**
 * A real HTTP server on 127.0.0.1 that plays a script: each call takes the next behaviour (then
 * `fallback`), and is recorded. `nextCall()` resolves when the next call arrives. `port`: listen
 * again where a closed receiver was (calls in between are refused connections).
 */
export async function startWebhookReceiver(fallback: Behaviour = 200, port = 0) {
  const calls: ReceivedCall[] = [];
  const script: Behaviour[] = [];
  const waiting: ((call: ReceivedCall) => void)[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const call = {
        path: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      };
      calls.push(call);
      for (const resolve of waiting.splice(0)) resolve(call);
      const behaviour = script.shift() ?? fallback;
      if (behaviour === "hang") return;
      response.writeHead(behaviour, {
        "content-type": "text/plain",
        ...(behaviour >= 300 && behaviour < 400 ? { location: "http://127.0.0.1:1/elsewhere" } : {}),
      });
      response.end(`answer ${behaviour} ${"x".repeat(2000)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as { port: number }).port;
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}/hook`,
    calls,
    /** The next calls' behaviours, in order. */
    script(...next: Behaviour[]) {
      script.push(...next);
    },
    nextCall: () => new Promise<ReceivedCall>((resolve) => waiting.push(resolve)),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
