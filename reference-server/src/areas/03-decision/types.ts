import type { components } from '@hogo-kit/sdk';

type Schemas = components['schemas'];
/** The schema's shape with its readOnly properties writable (the server assigns them). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

export type Decision = Writable<Schemas['Decision']>;
export type DecisionNotice = Writable<Schemas['DecisionNotice']>;
export type ChangeApplication = Writable<Schemas['ChangeApplication']>;
export type Household = Writable<Schemas['Household']>;
export type Application = Writable<Schemas['Application']>;
export type Approval = Schemas['Approval'];
export type ChangeAlert = Schemas['ChangeAlert'];
export type CalculationResult = Schemas['CalculationResult'];
export type FujoItem = Schemas['DecisionFujoItem'];
export type DecisionType = Decision['type'];
export type ProtectionStatus = Household['protectionStatus'];

/** Store collections (named after the spec's schemas). */
export const C = {
  decision: 'Decision',
  household: 'Household',
  application: 'Application',
  changeApplication: 'ChangeApplication',
  calculation: 'CalculationResult',
  approval: 'Approval',
  changeAlert: 'ChangeAlert',
} as const;
