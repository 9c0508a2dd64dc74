declare module 'virtual:backstory-gate-terms' {
  /** The pack's gate terms only: what the gate script bundles instead of the pack. */
  const gateTerms: string[];
  export default gateTerms;
}
