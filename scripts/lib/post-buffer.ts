import { Agent, request } from "node:http";

export interface PostResponse {
  status: number;
  location: string | undefined;
}

/**
 * POST a prepared body over kept-alive HTTP/1.1 connections and read the whole answer, without
 * following redirects. For load generators: fetch (undici) copies the body and builds web streams
 * for every request, several times the CPU of node:http on the machine being measured.
 */
export function createPoster(agent = new Agent({ keepAlive: true })) {
  return (url: string, body: Uint8Array, headers: Record<string, string>) =>
    new Promise<PostResponse>((resolve, reject) => {
      const req = request(url, { method: "POST", agent, headers: { ...headers, "Content-Length": String(body.byteLength) } }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
}
