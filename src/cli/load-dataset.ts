import { readDataset } from '../ingest/read-dataset';
import { readRegistry } from '../ingest/read-registry';
import { validateDataset, type Validation } from '../validate/validate-dataset';

/** Reads and validates the --data argument against the shipped registry. */
export async function loadDataset(path: string): Promise<Validation> {
  return validateDataset(await readDataset(path), readRegistry());
}
