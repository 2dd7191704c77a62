import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../../tools/project-root';

/** The app's only script and stylesheet, read once; nothing else is served from disk by name. */
const FILES = {
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
} as const;

export function staticRoutes(app: FastifyInstance): void {
  const dir = join(projectRoot(), 'src', 'web', 'static');
  for (const [name, type] of Object.entries(FILES)) {
    const bytes = readFileSync(join(dir, name));
    app.get(`/static/${name}`, async (_, reply) =>
      reply.type(type).header('cache-control', 'no-cache').send(bytes),
    );
  }
  app.get('/favicon.ico', async (_, reply) => reply.code(204).send());
}
