import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { area01 } from './01-application.ts';
import { area02 } from './02-investigation.ts';
import { area03 } from './03-decision.ts';
import { area04 } from './04-calculation.ts';
import { area05 } from './05-payment.ts';
import { area06 } from './06-casework.ts';
import { area07 } from './07-self-reliance.ts';
import { area08 } from './08-medical.ts';
import { area09 } from './09-care.ts';
import { area10 } from './10-claim.ts';
import { area11 } from './11-statistics.ts';
import { area12 } from './12-linkage.ts';
import { area13 } from './13-data.ts';
import { area14 } from './14-common.ts';

/** Every area's operations, one module per area of the spec. */
export const AREAS: ((env: AreaEnv) => Partial<HogoAdapter>)[] = [
  area01, area02, area03, area04, area05, area06, area07, area08, area09, area10, area11, area12, area13, area14,
];
