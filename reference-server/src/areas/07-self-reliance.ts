import { isReply, type HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../support/env.ts';
import { timeline } from './06-casework/timeline.ts';
import { benefit } from './07-self-reliance/benefit.ts';
import { employmentSupport } from './07-self-reliance/employment-support.ts';
import { helloWork } from './07-self-reliance/hello-work.ts';
import { workCapacity } from './07-self-reliance/work-capacity.ts';

/**
 * Seeded defect timeline-without-employment-support (07.2.7): the time line of area 06, less the employment-support
 * entries. Area 07 comes after area 06 in AREAS, so this operation replaces 06's only while the defect is on.
 */
function timelineWithoutEmploymentSupport(env: AreaEnv): Pick<HogoAdapter, 'getCaseTimeline'> {
  const full = timeline(env).getCaseTimeline!;
  return {
    async getCaseTimeline(request, ctx) {
      const answered = await full(request, ctx);
      if (isReply(answered)) return answered;
      return { ...answered, items: answered.items.filter((e) => e.entryType !== 'employmentSupport') };
    },
  };
}

/** Area 07: the operations of spec/src/openapi/paths/07-self-reliance.yaml over the in-memory store. */
export function area07(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...workCapacity(env),
    ...employmentSupport(env),
    ...helloWork(env),
    ...benefit(env),
    ...(hasMutant(env, 'timeline-without-employment-support') && timelineWithoutEmploymentSupport(env)),
  };
}
