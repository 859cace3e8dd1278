export {
  type AuditEntry,
  type AuditEntryInput,
  type AuditVerification,
  appendAudit,
  canonicalJson,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
} from './audit.js';
