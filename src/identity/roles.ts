/**
 * The app roles the service honours, declared in the app registration (`infra/entra/`) and
 * carried in the SSO token's `roles` claim once an admin assigns them:
 * - `LearningLead`: a force's learning lead, assigned by the force's admin in the force's own
 *   tenant; it grants the force-wide views of that tenant only.
 * - `Editor`: one of the IOPC's editors, assigned in the publisher's tenant; honoured only there.
 */
export const APP_ROLES = ['LearningLead', 'Editor'] as const;

export type AppRole = (typeof APP_ROLES)[number];

/**
 * The roles a verified token grants: `LearningLead` in the token's own tenant, `Editor` only when
 * that tenant is the publisher's (`MICROSOFT_APP_TENANT_ID`). Anything else in the claim is ignored.
 */
export function grantedRoles(
  claim: unknown,
  tenantId: string,
  publisherTenantId: string | undefined,
): AppRole[] {
  const claimed = Array.isArray(claim) ? claim.filter((role) => typeof role === 'string') : [];
  const publisher = tenantId.toLowerCase() === publisherTenantId?.toLowerCase();
  return APP_ROLES.filter((role) => claimed.includes(role) && (role !== 'Editor' || publisher));
}
