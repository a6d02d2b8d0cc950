import { expect } from 'vitest';
import type { EditionBundle } from '../../../lib/bundle/types.ts';
import { op, type RuleCase } from '../support.ts';

type S = Record<string, any>;
export const paths = (b: EditionBundle) => b.openapi.paths as Record<string, S>;
export const patch = (b: EditionBundle) => b.schemas.ThingPatch as S;
export const thing = (b: EditionBundle) => b.schemas.Thing as S;
const query = (required: boolean) => ({ name: 'asOf', in: 'query', required, schema: { type: 'string' } });

export const API_CASES: RuleCase[] = [
  { rule: 'api.operation.added', severity: 'non-breaking', target: 'archiveThing', before: (b) => { delete paths(b)['/things/{thingId}/archive']; } },
  { rule: 'api.operation.removed', severity: 'breaking', target: 'archiveThing', after: (b) => { delete paths(b)['/things/{thingId}/archive']; } },
  {
    rule: 'api.operation.moved', severity: 'breaking', target: 'archiveThing',
    after: (b) => { paths(b)['/things/{thingId}/store'] = paths(b)['/things/{thingId}/archive']!; delete paths(b)['/things/{thingId}/archive']; },
    check: (c) => expect(c).toMatchObject({ from: 'POST /things/{thingId}/archive', to: 'POST /things/{thingId}/store' }),
  },
  { rule: 'api.parameter.added-required', severity: 'breaking', target: 'getThing', after: (b) => { op(b, 'getThing').parameters.push(query(true)); } },
  { rule: 'api.parameter.added-optional', severity: 'non-breaking', target: 'getThing', after: (b) => { op(b, 'getThing').parameters.push(query(false)); } },
  {
    rule: 'api.parameter.removed', severity: 'breaking', target: 'getThing',
    before: (b) => { op(b, 'getThing').parameters.push(query(false)); },
    check: (c) => expect(c.location).toBe('parameter query:asOf'),
  },
  {
    rule: 'api.parameter.made-required', severity: 'breaking', target: 'getThing',
    before: (b) => { op(b, 'getThing').parameters.push(query(false)); },
    after: (b) => { op(b, 'getThing').parameters.push(query(true)); },
  },
  {
    rule: 'api.parameter.made-optional', severity: 'non-breaking', target: 'updateThing',
    // If-Match is a shared, $ref'd parameter: the change is seen through the reference.
    after: (b) => { (b.openapi.components as S).parameters.IfMatch.required = false; },
    check: (c) => expect(c.location).toBe('parameter header:If-Match'),
  },
  { rule: 'api.request.body-made-required', severity: 'breaking', target: 'createThing', before: (b) => { op(b, 'createThing').requestBody.required = false; } },
  { rule: 'api.request.body-removed', severity: 'breaking', target: 'updateThing', after: (b) => { delete op(b, 'updateThing').requestBody; } },
  // ThingPatch is only ever a request body (createThing, updateThing).
  {
    rule: 'api.request.property-added-required', severity: 'breaking', target: 'updateThing',
    after: (b) => { patch(b).properties.size = { type: 'integer' }; patch(b).required = ['size']; },
    check: (c) => expect(c.location).toBe('request: size'),
  },
  { rule: 'api.request.property-added-optional', severity: 'non-breaking', target: 'createThing', after: (b) => { patch(b).properties.size = { type: 'integer' }; } },
  { rule: 'api.request.property-removed', severity: 'breaking', target: 'createThing', after: (b) => { delete patch(b).properties.colour; } },
  { rule: 'api.request.property-made-required', severity: 'breaking', target: 'createThing', after: (b) => { patch(b).required = ['colour']; } },
  { rule: 'api.request.property-made-optional', severity: 'non-breaking', target: 'createThing', before: (b) => { patch(b).required = ['colour']; } },
  { rule: 'api.request.type-narrowed', severity: 'breaking', target: 'createThing', before: (b) => { patch(b).properties.colour.type = ['string', 'null']; } },
  { rule: 'api.request.type-narrowed', severity: 'breaking', target: 'updateThing', after: (b) => { patch(b).properties.colour.maxLength = 10; } },
  { rule: 'api.request.type-widened', severity: 'non-breaking', target: 'createThing', after: (b) => { patch(b).properties.colour.type = ['string', 'null']; } },
  { rule: 'api.request.type-changed', severity: 'breaking', target: 'createThing', after: (b) => { patch(b).properties.colour.type = 'integer'; } },
  {
    rule: 'api.request.enum-shrunk', severity: 'breaking', target: 'createThing',
    after: (b) => { patch(b).properties.colour.enum = ['red']; },
    check: (c) => expect(c.removed).toEqual(['blue']),
  },
  { rule: 'api.request.enum-grown', severity: 'non-breaking', target: 'createThing', after: (b) => { patch(b).properties.colour.enum.push('green'); } },
  // Thing is only ever a response body.
  { rule: 'api.response.property-added', severity: 'non-breaking', target: 'getThing', after: (b) => { thing(b).properties.size = { type: 'integer' }; } },
  { rule: 'api.response.property-removed', severity: 'breaking', target: 'getThing', after: (b) => { delete thing(b).properties.note; } },
  {
    rule: 'api.response.property-made-optional', severity: 'breaking', target: 'getThing',
    after: (b) => { thing(b).required = ['thingId', 'status']; },
    check: (c) => expect(c.location).toBe('response 200: colour'),
  },
  { rule: 'api.response.property-made-required', severity: 'non-breaking', target: 'getThing', after: (b) => { thing(b).required.push('note'); } },
  { rule: 'api.response.type-narrowed', severity: 'non-breaking', target: 'getThing', after: (b) => { thing(b).properties.note.maxLength = 50; } },
  { rule: 'api.response.type-widened', severity: 'breaking', target: 'getThing', after: (b) => { thing(b).properties.note.maxLength = 200; } },
  { rule: 'api.response.type-changed', severity: 'breaking', target: 'getThing', after: (b) => { thing(b).properties.note.type = 'integer'; } },
  {
    rule: 'api.response.enum-grown', severity: 'breaking', target: 'archiveThing',
    after: (b) => { thing(b).properties.status.enum.push('lost'); },
    check: (c) => expect(c).toMatchObject({ added: ['lost'], location: 'response 200: status (enum)' }),
  },
  { rule: 'api.response.enum-shrunk', severity: 'non-breaking', target: 'getThing', after: (b) => { thing(b).properties.status.enum = ['active']; } },
  { rule: 'api.response.status-added', severity: 'non-breaking', target: 'getThing', after: (b) => { op(b, 'getThing').responses['409'] = { $ref: '#/components/responses/Conflict' }; } },
  { rule: 'api.response.status-removed', severity: 'breaking', target: 'getThing', after: (b) => { delete op(b, 'getThing').responses['404']; } },
  { rule: 'api.security.role-added', severity: 'non-breaking', target: 'getThing', after: (b) => { op(b, 'getThing').security = [{ bearerAuth: ['clerk', 'supervisor'] }]; } },
  {
    rule: 'api.security.role-removed', severity: 'breaking', target: 'getThing',
    after: (b) => { op(b, 'getThing').security = [{ bearerAuth: [] }]; },
    check: (c) => expect(c.removed).toEqual(['clerk']),
  },
];

