import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The built console (packages/console/dist), or an honest page saying it has not been built. */
export async function serveConsole(app: FastifyInstance): Promise<void> {
  const root = consoleDist();
  if (!root) {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><title>Vigil</title><p>The console has not been built. Run <code>npm run build</code>.</p>',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  // The console routes on the client: unknown non-API paths get its index page.
  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ error: 'not_found', message: `no route ${request.method} ${request.url}` });
    }
    return reply.sendFile('index.html');
  });
}

function consoleDist(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dist = path.join(path.dirname(require.resolve('@vigil/console/package.json')), 'dist');
    return fs.existsSync(path.join(dist, 'index.html')) ? dist : undefined;
  } catch {
    return undefined;
  }
}
