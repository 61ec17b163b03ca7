// Every workflow the worker runs. Deterministic code only: see workflows/README.md.
export { complaintWorkflow } from './complaint/workflow';
export { fileLoanWorkflow } from './file-loan/workflow';
export { messageDeliveryWorkflow } from './outbox/workflow';
