import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open.js';
import { requireAuth } from '../auth/guard.js';
import { auditEntryFromRow } from './audit.js';

/**
 * The audit viewer: entries of the caller's organisation, newest first, filtered by actor (user),
 * person, capture, subject or action, paged by `before` (a sequence number). Organisation-wide
 * holders of `audit.view` see every entry of the organisation; school-level holders see the entries
 * of their schools only.
 */
export function auditRoutes(parent: FastifyInstance, options: { db: Db }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const id = z.string().min(1).max(200);
  app.get(
    '/api/console/v1/audit',
    {
      config: { permission: 'audit.view' },
      schema: {
        querystring: z.object({
          actor: id.optional(),
          person: id.optional(),
          capture: id.optional(),
          subjectType: id.optional(),
          subjectId: id.optional(),
          action: id.optional(),
          schoolId: id.optional(),
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      const { access } = requireAuth(request);
      const q = request.query;
      let query = options.db
        .selectFrom('audit_log')
        .selectAll()
        .where('organisation_id', '=', access.organisationId);
      if (!access.canOrganisationWide('audit.view')) {
        const schools = access.schoolsWith('audit.view');
        query = query.where('school_id', 'in', schools.length ? schools : ['-']);
      }
      if (q.schoolId) query = query.where('school_id', '=', q.schoolId);
      if (q.actor) query = query.where('actor', '=', q.actor);
      if (q.person) query = query.where('person_id', '=', q.person);
      if (q.capture) query = query.where('subject_type', '=', 'capture').where('subject_id', '=', q.capture);
      if (q.subjectType) query = query.where('subject_type', '=', q.subjectType);
      if (q.subjectId) query = query.where('subject_id', '=', q.subjectId);
      if (q.action) {
        query = q.action.endsWith('*')
          ? query.where('action', 'like', `${q.action.slice(0, -1).replace(/[%_]/g, '')}%`)
          : query.where('action', '=', q.action);
      }
      if (q.before) query = query.where('seq', '<', q.before);
      const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
      const entries = rows.map(auditEntryFromRow);
      return {
        entries,
        next: entries.length === q.limit ? entries[entries.length - 1]!.seq : null,
      };
    },
  );
}
