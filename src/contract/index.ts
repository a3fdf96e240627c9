/**
 * The contract between the console and its back ends, written once: every payload and event as a
 * schema, and the types, enums, event lists and endpoint list that come from them. Imported by the
 * console, the local stack, the e2e suite, the bench and the scripts.
 */
export * from './primitives';
export * from './auth';
export * from './message';
export * from './chat';
export * from './chat-list';
export * from './stats';
export * from './py-smart-chat';
export * from './node-admin';
export * from './web-api';
export * from './partner-enrol';
export * from './events';
export * from './endpoints';
export * from './payload-check';
