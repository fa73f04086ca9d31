export * from './rng.js';
export * from './thai-vocabulary.js';
export * from './sizes.js';
export * from './people.js';
