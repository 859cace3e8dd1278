import { CliError } from '../cli-error.js';
import { deviceAdmin, enrolmentTokenAdmin } from './admin/enrolment-token.js';
import { organisationAdmin } from './admin/organisation.js';
import { schoolAdmin } from './admin/school.js';
import { userCommand } from './admin/user.js';
import type { Command } from './command.js';

/**
 * `vigil admin <area> ...`: one line per area; each area lives in admin/<area>.ts. Add yours here.
 */
export const adminAreas: Record<string, Command> = {
  user: userCommand,
  organisation: organisationAdmin,
  school: schoolAdmin,
  'enrolment-token': enrolmentTokenAdmin,
  device: deviceAdmin,
};

export const adminCommand: Command = {
  summary: 'administer the installation directly on the server (users, ...)',
  async run(args) {
    const [area, ...rest] = args;
    const command = area ? adminAreas[area] : undefined;
    if (!command) {
      const list = Object.entries(adminAreas)
        .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
        .join('\n');
      if (!area || area === '--help' || area === 'help') {
        process.stdout.write(`usage: vigil admin <area> ...\n\nareas:\n${list}\n`);
        return area ? 0 : 2;
      }
      throw new CliError(`unknown area '${area}'\nareas:\n${list}`);
    }
    return command.run(rest);
  },
};
