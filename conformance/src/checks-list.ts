/**
 * `hogo-conformance checks`: the suite's checks as data — id, title, the requirements each verifies and the
 * editions it applies to — for `hogo-spec diff --checks` (which checks a vendor must re-run for a new edition)
 * and for anyone planning a run.
 */
import type { Command } from 'commander';
import { EDITIONS, isEdition, type Bilingual, type Edition } from '@hogo-kit/sdk';
import { requirementsOf } from './catalogue.ts';
import { allChecks } from './checks/index.ts';
import { UsageError } from './engine/plan.ts';
import { checkApplies } from './select.ts';
import type { CheckDefinition } from './engine/types.ts';

export interface ListedCheck {
  id: string;
  title: Bilingual;
  verifies: string[];
  /** Editions the check applies to: its own `editions`, else every edition in which all it verifies exists. */
  editions: Edition[];
  needs?: string[];
}

export function listChecks(checks: readonly CheckDefinition[] = allChecks(), only?: Edition): ListedCheck[] {
  const present = new Map(EDITIONS.map((e) => [e, new Set(requirementsOf(e).map((r) => r.id))]));
  return checks
    .map((c) => ({
      id: c.id,
      title: c.title,
      verifies: [...c.verifies],
      editions: EDITIONS.filter((e) => checkApplies(c, e, present.get(e)!)),
      ...(c.needs?.length ? { needs: [...c.needs] } : {}),
    }))
    .filter((c) => (only ? c.editions.includes(only) : c.editions.length > 0));
}

export function registerChecksCommand(program: Command, out: (line: string) => void): void {
  program
    .command('checks')
    .description('検査の一覧 / list the checks: id, title, the requirements each verifies, the editions it applies to')
    .option('--edition <edition>', 'only the checks of this edition: 2.0 | 2.1 (default: every edition)')
    .option('--json', 'print JSON (the input of `hogo-spec diff --checks`)')
    .action((flags: { edition?: string; json?: boolean }) => {
      if (flags.edition !== undefined && !isEdition(flags.edition)) throw new UsageError(`--edition must be 2.0 or 2.1, not ${flags.edition}`);
      const listed = listChecks(allChecks(), flags.edition as Edition | undefined);
      if (flags.json) {
        out(JSON.stringify(listed, null, 2));
        return;
      }
      for (const c of listed) out(`${c.id}\t${c.verifies.join(',')}\t${c.editions.join(',')}\t${c.title.ja} / ${c.title.en}`);
      out(`${listed.length} 件の検査 / checks`);
    });
}
