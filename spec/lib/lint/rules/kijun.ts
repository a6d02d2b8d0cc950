import { createAjv } from '../../ajv.ts';
import { standaloneSchema } from '../../bundle/schemas.ts';
import type { EditionBundle } from '../../bundle/types.ts';
import type { LintProblem } from '../types.ts';
import { editionRule } from '../per-edition.ts';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** The 基準 data must be what the API serves: tables are StandardTables, fixture inputs CalculationInputs. */
function checkKijun(bundle: EditionBundle): LintProblem[] {
  const problems: LintProblem[] = [];
  const ajv = createAjv();
  for (const [name, schema] of Object.entries(bundle.schemas)) ajv.addSchema(standaloneSchema(name, schema, bundle.edition));
  const validatorFor = (name: string) => (bundle.schemas[name] ? ajv.getSchema(`${name}.json`) : undefined);
  const tableSchema = validatorFor('StandardTable');
  const inputSchema = validatorFor('CalculationInput');
  const requirements = new Set(bundle.requirements.map((r) => r.id));
  const tableIds = new Set<string>();
  const report = (file: string, item: string, message: string) => problems.push({ rule: 'kijun-data', file: `kijun/${file}.yaml`, item, message });

  for (const [file, doc] of Object.entries(bundle.kijun)) {
    for (const table of list((doc as Json).tables)) {
      const id = String(table.tableId);
      if (tableIds.has(id)) report(file, id, 'table id is defined twice');
      tableIds.add(id);
      if (tableSchema && !tableSchema(table)) report(file, id, `not a StandardTable: ${ajv.errorsText(tableSchema.errors)}`);
    }
  }
  for (const [file, doc] of Object.entries(bundle.kijun)) {
    for (const fixture of list((doc as Json).fixtures)) {
      const id = String(fixture.id);
      for (const r of list(fixture.requirements) as unknown as string[]) if (!requirements.has(r)) report(file, id, `requirement "${r}" does not exist`);
      const used = (fixture.expected as Json | undefined)?.tablesUsed;
      for (const t of list(used) as unknown as string[]) if (!tableIds.has(t)) report(file, id, `table "${t}" does not exist`);
      if (inputSchema && !inputSchema(fixture.input)) report(file, id, `input is not a CalculationInput: ${ajv.errorsText(inputSchema.errors)}`);
    }
  }
  return problems;
}

export const kijunData = editionRule(
  'kijun-data',
  '基準 tables validate as StandardTable with unique ids; fixtures have CalculationInput inputs and name existing tables and requirements.',
  checkKijun,
);
