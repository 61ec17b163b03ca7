// Every workflow the worker runs. Deterministic code only: see workflows/README.md.
export { billingCycleWorkflow } from './billing/workflow';
export { complaintWorkflow } from './complaint/workflow';
export { custodyWorkflow } from './custody/workflow';
export { rainWarningWorkflow } from './custody/rain';
export { arrearsSweepWorkflow } from './dunning/sweep';
export { dunningWorkflow } from './dunning/workflow';
export { fileLoanWorkflow } from './file-loan/workflow';
export { homeCollectionWorkflow } from './home-collection/workflow';
export { moveInWorkflow } from './move-in/workflow';
export { messageDeliveryWorkflow } from './outbox/workflow';
export { repairWorkflow } from './repair/workflow';
export { decorationWorkflow } from './decoration/workflow';
export { surveyCampaignWorkflow } from './survey/workflow';
export { frontDeskReviewWorkflow, unfinishedSummaryWorkflow } from './supervision/workflow';
export { contactFormWorkflow } from './contact-form/workflow';
export { specialistQuestionWorkflow } from './reception/workflow';
