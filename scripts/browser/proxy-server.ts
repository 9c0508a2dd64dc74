/**
 * A local HTTP server that browsers use as their proxy: every http:// URL (any host name) is
 * answered from a table of pages, so tests can load pages "on" a listed news site while nothing
 * leaves the machine. Every request is recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageRoute {
  host: string;
  path: string;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface ProxyServer {
  port: number;
  /** Every request seen, as absolute URLs. */
  requests: string[];
  route(r: PageRoute): string;
  close(): Promise<void>;
}

export async function startProxyServer(): Promise<ProxyServer> {
  const routes = new Map<string, PageRoute>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    // Proxy requests carry an absolute URL; direct ones only a path (then the Host header names the site).
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push(url.href);
    const route = routes.get(`${url.hostname}${url.pathname}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  });
  // CONNECT (https) is refused: tests use http only, and nothing may go out.
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    route(r) {
      routes.set(`${r.host}${r.path}`, r);
      return `http://${r.host}${r.path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
