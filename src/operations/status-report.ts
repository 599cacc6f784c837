import type { ServiceStatus, TenantStatusReport } from './status';
import { textTable } from './table';

const header = [
  'tenant',
  'status',
  'subs active/paused/stopped',
  'due',
  'sent',
  'failed',
  'gone',
  'skipped',
  'stuck',
  'missing',
  'replies (week)',
];

function row(report: TenantStatusReport): string[] {
  const deliveries = report.deliveriesThisWeek;
  const subscriptions = report.subscriptions;
  return [
    report.name ? `${report.tenantId} ${report.name}` : report.tenantId,
    report.statusReason ? `${report.status} (${report.statusReason})` : report.status,
    `${subscriptions.active}/${subscriptions.paused}/${subscriptions.stopped}`,
    String(deliveries.due),
    String(deliveries.sent),
    String(deliveries.failed),
    String(deliveries.gone),
    String(deliveries.skipped),
    String(report.stuck.length),
    String(report.missing.length),
    `${report.replies.held} (${report.replies.thisWeek})`,
  ];
}

/** The operator's status as readable text: one table row per tenant, then what needs a look. */
export function formatStatus(status: ServiceStatus): string {
  const totals = status.totals;
  const lines = [
    `Status at ${status.at}, week ${status.week}`,
    '',
    status.tenants.length === 0
      ? 'No tenants.'
      : textTable(header, [
          ...status.tenants.map(row),
          [
            'total',
            `${totals.tenants.suspended} suspended`,
            `${totals.subscriptions.active}/${totals.subscriptions.paused}/${totals.subscriptions.stopped}`,
            String(totals.deliveriesThisWeek.due),
            String(totals.deliveriesThisWeek.sent),
            String(totals.deliveriesThisWeek.failed),
            String(totals.deliveriesThisWeek.gone),
            String(totals.deliveriesThisWeek.skipped),
            String(totals.stuck),
            String(totals.missing),
            `${totals.replies.held} (${totals.replies.thisWeek})`,
          ],
        ]),
  ];
  for (const report of status.tenants) {
    if (report.stuck.length > 0) {
      lines.push('', `Stuck in ${report.tenantId}:`);
      for (const stuck of report.stuck) {
        lines.push(
          `  ${stuck.deliveryId}  ${stuck.status}  due ${stuck.dueAt}  attempts ${stuck.attempts}  ${stuck.teamId} ${stuck.channelId}`,
        );
      }
    }
    if (report.missing.length > 0) {
      lines.push('', `Due but never created in ${report.tenantId}:`);
      for (const missing of report.missing) {
        lines.push(
          `  subscription ${missing.subscriptionId}  ${missing.weekKey}  due ${missing.dueAt}  ${missing.teamId} ${missing.channelId}`,
        );
      }
    }
    if (report.recentErrors.length > 0) {
      lines.push('', `Latest errors in ${report.tenantId}:`);
      for (const error of report.recentErrors) {
        lines.push(
          `  ${error.at}  ${error.status}  ${error.reason ?? '(no reason)'}  ${error.deliveryId}  ${error.channelId}`,
        );
      }
    }
  }
  return lines.join('\n');
}
