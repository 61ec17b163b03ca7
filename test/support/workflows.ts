// The workflows of the product plus the test-only process that exercises the BPM core.
export * from '../../workflows';
export { coreDemoWorkflow } from './core-demo.workflow';
