/** Makes sure the Temporal CLI (with its dev server) is available, building it once into the cache if needed. */
import { findTemporalCli } from './stack/temporal';

const cli = findTemporalCli((m) => console.log(m));
if (cli) console.log(`Temporal CLI: ${cli}`);
else console.log('No Temporal CLI and no Go toolchain: the SDK will download the dev server when it is first needed.');
