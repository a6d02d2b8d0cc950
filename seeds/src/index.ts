export { OperationUnavailableError, SeedApiError, type SeedApi, type SeedInput } from './api.ts';
export { seedDemo, type DemoOptions } from './demo.ts';
export { DEMO_HOUSEHOLDS, DEMO_WITHDRAWN_APPLICANT, demoHouseholdInput, type DemoHousehold, type DemoScenario } from './demo/households.ts';
export { generateDataSet, seedGenerated, type DataSetEdition, type DataSetOptions, type GeneratedDataSet } from './dataset.ts';
export { generateHouseholds, prng, type GeneratedHousehold, type GeneratedOptions } from './generate.ts';
export {
  FIDELITY_FAMILY_NAMES, isReservedName, personName, RESERVED_FAMILY_NAMES, RESERVED_GIVEN_NAMES, type ReservedGivenName, type ReservedName,
} from './names.ts';
export { isTestMyNumber, MUNICIPALITIES, MY_NUMBER_TEST_RANGE, testAddressNumber, testMyNumber, type Municipality } from './numbers.ts';
export { SeedRun, type SeedReport, type StepResult, type StepStatus } from './run.ts';
