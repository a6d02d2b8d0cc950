/** Runs the engine over the toy adapter and records what it audits and reports. */
import { expect } from 'vitest';
import { editionData, type Edition } from '../../src/editions.ts';
import { createHogoEngine, type EngineOptions, type ServerFault } from '../../src/engine/index.ts';
import { editionSchemas } from '../../src/engine/schemas.ts';
import type { AuditRecord, EngineRequest, EngineResponse } from '../../src/engine/types.ts';
import { validateComponent } from '../../src/engine/validation.ts';
import { auth, createToyAdapter, declaration, householdInput, verifyToken, type Role } from './toy-adapter.ts';

type Call = Partial<Omit<EngineRequest, 'operationId'>> & { role?: Role };

export function setup(options: Partial<EngineOptions> & { extra?: Record<string, Function> } = {}) {
  const edition: Edition = options.edition ?? '2.1';
  const toy = createToyAdapter();
  const audits: AuditRecord[] = [];
  const faults: ServerFault[] = [];
  const { extra, ...rest } = options;
  const engine = createHogoEngine({ ...toy.adapter, ...extra }, {
    edition,
    verifyToken,
    declaration: declaration(edition),
    audit: (record) => void audits.push(record),
    onServerFault: (fault) => void faults.push(fault),
    ...rest,
  });
  const call = (operationId: string, { role, headers, ...init }: Call = {}): Promise<EngineResponse> => {
    const params = init.params ?? {};
    const template = editionData(edition).operations[operationId]?.path ?? `/${operationId}`;
    const url = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
    return engine.handle({ operationId, params, query: {}, body: undefined, url, ...init, headers: { ...(role ? auth(role) : {}), ...headers } });
  };
  const createHousehold = async (over: Record<string, unknown> = {}) => {
    const response = await call('createHousehold', { role: 'caseworker', body: householdInput(over) });
    expect(response.status).toBe(201);
    return response as EngineResponse & { body: { householdId: string; members: { memberId: string }[] } };
  };
  return { engine, toy, audits, faults, call, createHousehold };
}

/** Asserts a problem+json response of the spec's Problem schema with this status and code. */
export function expectProblem(response: EngineResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json');
  expect(validateComponent(editionSchemas('2.1'), 'Problem', response.body)).toBeNull();
  const body = response.body as { type: string; code: string; status: number; title: string; en: { title: string; detail: string }; errors?: { pointer: string; code: string; message: { ja: string; en: string } }[] };
  expect(body).toMatchObject({ type: `urn:hogo-kit:problem:${code}`, code, status });
  expect(body.en.title).toMatch(/[A-Za-z]/);
  return body;
}
