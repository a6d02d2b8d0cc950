/** The auditAction code of an operation, from its id and method. */
const BY_OPERATION: Record<string, string> = {
  exportDataSet: 'export',
  importDataSet: 'import',
  listAuditEntries: 'audit-read',
  verifyAuditLog: 'audit-verify',
  createComprehensiveInquiry: 'inquiry',
  getComprehensiveInquiry: 'inquiry',
  receiveLinkageChange: 'linkage-receive',
  createExtraction: 'output',
  getDecisionNotice: 'output',
  getMonthlyStatistics: 'output',
  getAnnualStatistics: 'output',
  getOnlineEligibilityData: 'output',
};

export function actionOf(operationId: string, method: string): string {
  const fixed = BY_OPERATION[operationId];
  if (fixed) return fixed;
  const m = method.toUpperCase();
  if (m === 'GET') return /^(list|search)/.test(operationId) ? 'search' : 'read';
  if (m === 'PATCH' || m === 'PUT') return 'update';
  return /^(create|add|issue|request|submit|enrol|grant|schedule)/.test(operationId) ? 'create' : 'state-change';
}
