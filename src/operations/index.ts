export { formatAuditTrail, listAuditTrail } from './audit';
export { findMissingDeliveries, type MissingDelivery } from './missing';
export {
  createOperatorAccess,
  createOperatorTokenCheck,
  OPERATOR_ROLE,
  type OperatorAccessOptions,
  type OperatorDecision,
  type OperatorTokenCheck,
  type OperatorTokenCheckOptions,
  type OperatorTokenVerdict,
} from './operator-access';
export {
  collectStatus,
  isStuck,
  RECENT_ERROR_COUNT,
  STATUS_TIME_ZONE,
  STUCK_AFTER_MS,
  type DeliveryCounts,
  type DeliveryError,
  type ServiceStatus,
  type StuckDelivery,
  type SubscriptionCounts,
  type TenantStatusReport,
} from './status';
export { formatStatus } from './status-report';
