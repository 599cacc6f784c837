import { AppError } from '../errors';
import { tenantIdSchema } from '../ids';
import type { Store } from '../store/types';

/** `npm run tenants -- comments <tenant id> on|off`: a force's data protection choice. */
export interface CommentsCommand {
  name: 'comments';
  tenantId: string;
  allowed: boolean;
}

export const commentsUsage = '       npm run tenants -- comments <tenant id> on|off';

/** The comments command, if these arguments are one; throws a `BadRequest` naming the problem. */
export function parseCommentsCommand(args: readonly string[]): CommentsCommand | undefined {
  const [name, id, setting, ...rest] = args;
  if (name !== 'comments') return undefined;
  const tenantId = tenantIdSchema.safeParse(id ?? '');
  if (!tenantId.success)
    throw new AppError('BadRequest', `"${id ?? ''}" is not a tenant id (a GUID).`);
  if ((setting !== 'on' && setting !== 'off') || rest.length > 0) {
    throw new AppError('BadRequest', `usage:\n${commentsUsage}`);
  }
  return { name, tenantId: tenantId.data, allowed: setting === 'on' };
}

/**
 * Switches a force's comments on or off, with its audit entry, in one transaction. Off deletes the
 * comments the force's people left (their ratings stay) and refuses new ones.
 */
export async function runCommentsCommand(store: Store, command: CommentsCommand): Promise<string> {
  return store.transaction(async (tx) => {
    if (!(await tx.tenants.get(command.tenantId))) {
      throw new AppError('NotFound', `No tenant ${command.tenantId}: add it first.`);
    }
    const deleted = await tx.feedback.setCommentsAllowed(command.tenantId, command.allowed);
    await tx.audit.append({
      tenantId: command.tenantId,
      actor: 'operator',
      action: command.allowed ? 'feedback.comments.on' : 'feedback.comments.off',
      subject: command.tenantId,
      detail: command.allowed ? {} : { deletedComments: deleted },
    });
    return command.allowed
      ? `Comments on for ${command.tenantId}: its people may leave a comment with a rating.`
      : `Comments off for ${command.tenantId}: ${deleted} comment(s) deleted; ratings stay on.`;
  });
}
