import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/open.js';

export function healthRoutes(app: FastifyInstance, database: DatabaseHandle): void {
  app.get('/healthz', async (_request, reply) => {
    await sql`select 1`.execute(database.db);
    return reply.send({ status: 'ok', database: database.dialect });
  });
}
