// Every workflow the worker runs. Deterministic code only: see workflows/README.md.
export { fileLoanWorkflow } from './file-loan/workflow';
export { messageDeliveryWorkflow } from './outbox/workflow';
