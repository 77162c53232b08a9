/**
 * The yardstick of the live-chat benchmarks: a bare `ws` server with no authentication, no
 * database and no validation. Each connection says hello; a `{ "to": "<id>", … }` frame is relayed
 * to the connection that said `{ "as": "<id>" }`, as fast as `ws` can. With REDIS_URL the relay goes
 * through Redis pub/sub (one channel per id), as two Parley nodes do.
 */
import { createServer } from "node:http";
import { Redis } from "ioredis";
import { WebSocketServer, type WebSocket } from "ws";

const port = Number(process.env.PORT);
const redisUrl = process.env.REDIS_URL;
const local = new Map<string, WebSocket>();
const pub = redisUrl ? new Redis(redisUrl) : null;
const sub = redisUrl ? new Redis(redisUrl) : null;
sub?.on("message", (channel: string, payload: string) => local.get(channel.slice(6))?.send(payload));

const http = createServer((_req, res) => res.end("ok"));
const server = new WebSocketServer({ server: http });
server.on("connection", (socket) => {
  socket.send('{"type":"hello"}');
  socket.on("message", (data) => {
    const text = data.toString();
    const frame = JSON.parse(text) as { as?: string; to?: string };
    if (frame.as) {
      local.set(frame.as, socket);
      void sub?.subscribe(`relay:${frame.as}`);
    } else if (frame.to) {
      if (pub) void pub.publish(`relay:${frame.to}`, text);
      else local.get(frame.to)?.send(text);
    }
  });
});
// Plain HTTP answers the readiness probe of benchServer.spawnServer.
http.listen(port, "127.0.0.1");
