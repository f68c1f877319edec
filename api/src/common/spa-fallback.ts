import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Serves the Angular app's index.html for browser navigations outside /api. */
export class SpaFallback {
  private readonly indexHtml: string;

  constructor(webRoot: string) {
    // Read once: the file is small and fixed for the life of the process.
    this.indexHtml = readFileSync(join(webRoot, 'index.html'), 'utf8');
  }

  handles(request: FastifyRequest): boolean {
    const path = request.url.split('?')[0];
    return (
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      path !== '/api' &&
      // A missing asset (/main-abc.js) should stay a 404, not become HTML.
      !/\.[a-z0-9]+$/i.test(path)
    );
  }

  send(reply: FastifyReply): void {
    void reply
      .status(200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(this.indexHtml);
  }
}
