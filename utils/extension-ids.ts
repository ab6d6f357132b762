/**
 * The extension's fixed identities. The Chromium ID follows from the public key pinned in
 * the manifest (`key`); native-host manifests list both IDs, so they must never drift.
 */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwjB+n3n22jePt9EkDxI7zQTwAUr/N9JyneRBWoXBvibxAGPzF9YKmxpIHVx3s0dtvRaON33aHRVdpdpIMqT7zkMpZlPNczHfp5hauioMzck5kFKC9LwI1bR8+D5faMxxjNxnkviJgwVyqFb9kv//2t+CbzKXdedOtd/DAr5+iRh9QIF5v6kIgyXobNVUl2/gX35fD/izmtY1rBxUwHAxKRfOxz79qP81o4kk0R+OHE3w/azTIyx2DTTB+bj4pJO53QcQ5TOkkttUrGwT6eO/0UzELl0G7IxgxYRpXo8MRDUOAwu0RoLcfqn6xCKa9DCpvalVgRauvU+7iUaP2/eIaQIDAQAB';
export const CHROMIUM_EXTENSION_ID = 'kdjbbbbocebidfjjpbgkhimeeglpkiao';
export const FIREFOX_ADDON_ID = 'sportello-cie@sportellocie.it';
