import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a host page's server answers at each path: HTML, or a file's bytes. */
export type HostFiles = Record<string, string | { file: string; type: string }>;

/**
 * Another site, on a port of its own: a page of another origin to embed the timeline in. A
 * real server, not an intercepted request, so that the browser treats it as the local site it
 * is (Chromium refuses to let a page it cannot place frame a local address).
 */
export async function serveHost(files: HostFiles) {
  const server = createServer(async (request, response) => {
    const found = files[new URL(request.url ?? '/', 'http://host').pathname];
    if (found === undefined) {
      response.writeHead(404).end();
    } else if (typeof found === 'string') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(found);
    } else {
      response.writeHead(200, { 'content-type': found.type }).end(await readFile(found.file));
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/** A host page: a heading of its own, and `body`. */
export const hostPage = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>A class blog</title></head><body><main><h1>Export curbs, 2019</h1>
<p>What our class read this week.</p>${body}</main></body></html>`;
