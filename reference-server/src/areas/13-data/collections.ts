import type { Edition } from '@hogo-kit/sdk';
import { editionData } from '@hogo-kit/sdk/fastify';

/** One entity collection of the DataSet: its property in the data set, the store collection, and the id it is keyed by. */
export interface DataSetCollection {
  /** Property of the DataSet (households, decisions …). */
  property: string;
  /** Store collection: the spec's schema name (Household, Decision …). */
  schema: string;
  /** Property of the entity that is its key in the store. */
  key: string;
}

type Json = Record<string, unknown>;

/** Keys that are not the first "…Id" property of their schema. */
const KEYS: Record<string, string> = { LinkedSystem: 'system' };

/** The DataSet's collections in the edition, in the order the schema lists them (derived from the spec, not listed by hand). */
export function dataSetCollections(edition: Edition): DataSetCollection[] {
  const schemas = (editionData(edition).openapi.components as { schemas: Record<string, Json> }).schemas;
  const properties = (schemas.DataSet!.properties ?? {}) as Record<string, Json>;
  const collections: DataSetCollection[] = [];
  for (const [property, definition] of Object.entries(properties)) {
    const ref = (definition.items as Json | undefined)?.$ref;
    if (definition.type !== 'array' || typeof ref !== 'string') continue;
    const schema = ref.split('/').pop()!;
    const props = Object.keys((schemas[schema]?.properties ?? {}) as Json);
    const key = KEYS[schema] ?? props.find((p) => p.endsWith('Id'));
    if (key) collections.push({ property, schema, key });
  }
  return collections;
}
