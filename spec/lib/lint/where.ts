import type { SpecSource } from '../source/types.ts';
import { HTTP_METHODS } from '../bundle/openapi.ts';

/** Finds the source file that defines a thing, for problem locations. */
export function requirementFile(source: SpecSource, id: string): string {
  return source.areas.find((f) => f.data.requirements?.some((r) => r.id === id))?.file ?? 'requirements';
}

export function operationFile(source: SpecSource, operationId: string): string {
  for (const fragment of source.paths) {
    for (const item of Object.values(fragment.data ?? {})) {
      if (HTTP_METHODS.some((m) => (item?.[m] as { operationId?: string } | undefined)?.operationId === operationId)) {
        return fragment.file;
      }
    }
  }
  return source.openapi.file;
}

export function schemaFile(source: SpecSource, name: string): string {
  return source.schemas.find((s) => s.name === name)?.file ?? `schemas/${name}.yaml`;
}

export function flowFile(source: SpecSource, id: string): string {
  return source.flows.find((f) => f.data.id === id)?.file ?? `flows/${id}.yaml`;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
export function hasJapanese(text: unknown): boolean {
  return typeof text === 'string' && JAPANESE.test(text);
}
