/** An id of the form PREFIX-000123 (support/ids.ts). */
const ID = /^([A-Z]{1,8})-(\d{1,15})$/;

/**
 * The store's named sequences as the data itself implies them, so that ids, case numbers, receipt numbers and
 * ticket numbers given after an import never repeat an imported one.
 */
export function sequencesOf(collections: Record<string, unknown[]>): Record<string, number> {
  const seq: Record<string, number> = {};
  const raise = (name: string, value: number) => {
    if (Number.isSafeInteger(value) && value > (seq[name] ?? 0)) seq[name] = value;
  };
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      // Only a string starting with a capital letter can be an id (most strings are not: skip the pattern).
      const first = node.charCodeAt(0);
      if (first < 0x41 || first > 0x5a) return;
      const id = ID.exec(node);
      if (id) raise(`id:${id[1]}`, Number(id[2]));
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) visit((node as Record<string, unknown>)[key]);
    }
  };
  Object.values(collections).forEach(visit);
  for (const h of (collections.Household ?? []) as { caseNumber?: string }[]) {
    if (h.caseNumber !== undefined && /^\d{1,15}$/.test(h.caseNumber)) raise('caseNumber', Number(h.caseNumber));
  }
  for (const a of (collections.Application ?? []) as { receiptFiscalYear?: number; receiptSerial?: number }[]) {
    if (a.receiptFiscalYear !== undefined && a.receiptSerial !== undefined) raise(`receipt:${a.receiptFiscalYear}`, a.receiptSerial);
  }
  for (const [collection, name] of [['MedicalTicket', 'ticketNumber:medical'], ['CareTicket', 'ticketNumber:care']] as const) {
    for (const t of (collections[collection] ?? []) as { ticketNumber?: string }[]) {
      const serial = /(\d{7})$/.exec(t.ticketNumber ?? '');
      if (serial) raise(name, Number(serial[1]));
    }
  }
  return seq;
}
